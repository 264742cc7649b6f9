package org.statustray;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers of the code: model ← source ← fetch ← watch ← store ← desktop, ui ← app. A layer may use
 * those to its left only; only app wires everything together.
 */
class LayeringTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statustray");

    @Test
    void layersOnlyUseTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("model").definedBy("org.statustray.model..")
                .layer("source").definedBy("org.statustray.source..")
                .layer("fetch").definedBy("org.statustray.fetch..")
                .layer("watch").definedBy("org.statustray.watch..")
                .layer("store").definedBy("org.statustray.store..")
                .layer("desktop").definedBy("org.statustray.desktop..")
                .layer("ui").definedBy("org.statustray.ui..")
                .layer("app").definedBy("org.statustray.app..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("desktop").mayOnlyBeAccessedByLayers("app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("desktop", "ui", "app")
                .whereLayer("watch").mayOnlyBeAccessedByLayers("store", "desktop", "ui", "app")
                .whereLayer("fetch").mayOnlyBeAccessedByLayers("watch", "store", "desktop", "ui", "app")
                .whereLayer("source").mayOnlyBeAccessedByLayers("fetch", "watch", "store", "desktop", "ui", "app")
                .check(CLASSES);
    }

    @Test
    void eachWindowIsItsOwnRoomSharingOnlyWhatIsInUiItself() {
        slices().matching("org.statustray.ui.(*)..").should().notDependOnEachOther().check(CLASSES);
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        // JSpecify's annotations say what may be null; they are no dependency at run time.
        noClasses().that().resideInAPackage("org.statustray.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.statustray.model..", "java..",
                        "org.jspecify.annotations..")
                .check(CLASSES);
    }

    @Test
    void readersArePure() {
        noClasses().that().resideInAPackage("org.statustray.source..")
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javafx..", "java.sql..", "java.awt..")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.Instant.class, "now")
                .check(CLASSES);
    }
}
