package org.statustray;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLConnection;
import java.nio.channels.NetworkChannel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statustray.source.UnreadableException;

/**
 * The layers and the rooms inside them: model ← source ← fetch ← {watch, store} ← desktop, ui ← app, with
 * platform (the JDK only) under store, desktop, ui and app. watch and store are siblings that never meet
 * outside app; desktop and ui do not use watch, and desktop does not use store. Only app wires everything.
 */
class LayeringTest {
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.statustray");

    private static final DescribedPredicate<JavaClass> NETWORKING = resideInAPackage("java.net.http..")
            .or(assignableTo(Socket.class)).or(assignableTo(ServerSocket.class))
            .or(assignableTo(DatagramSocket.class)).or(assignableTo(NetworkChannel.class))
            .or(assignableTo(URLConnection.class))
            .as("networking (java.net.http, sockets, URL connections)");

    @Test
    void layersUseOnlyTheLayersBelowThem() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.statustray.model..")
                .layer("platform").definedBy("org.statustray.platform..")
                .layer("source").definedBy("org.statustray.source..")
                .layer("fetch").definedBy("org.statustray.fetch..")
                .layer("watch").definedBy("org.statustray.watch..")
                .layer("store").definedBy("org.statustray.store..")
                .layer("desktop").definedBy("org.statustray.desktop..")
                .layer("ui").definedBy("org.statustray.ui..")
                .layer("app").definedBy("org.statustray.app..")
                .whereLayer("model").mayNotAccessAnyLayer()
                .whereLayer("platform").mayNotAccessAnyLayer()
                .whereLayer("source").mayOnlyAccessLayers("model")
                .whereLayer("fetch").mayOnlyAccessLayers("source", "model")
                .whereLayer("watch").mayOnlyAccessLayers("fetch", "source", "model")
                .whereLayer("store").mayOnlyAccessLayers("fetch", "source", "model", "platform")
                .whereLayer("desktop").mayOnlyAccessLayers("fetch", "source", "model", "platform")
                .whereLayer("ui").mayOnlyAccessLayers("store", "fetch", "source", "model", "platform")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .check(CLASSES);
    }

    @Test
    void storeAndWatchAreSiblingsThatDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.statustray.store..")
                .should().dependOnClassesThat().resideInAPackage("org.statustray.watch..")
                .because("store keeps what watching found; app hands it over")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.statustray.watch..")
                .should().dependOnClassesThat().resideInAPackage("org.statustray.store..")
                .because("watching reaches the history through ports app implements")
                .check(CLASSES);
    }

    @Test
    void nothingUnderStoreGoesOnTheNetwork() {
        classes().that().resideInAPackage("org.statustray.store..")
                .should(neverReach(NETWORKING))
                .because("the history and the settings are files; fetching is watching's business")
                .check(CLASSES);
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
    void platformDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.statustray.platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.statustray.platform..", "java..",
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

    @Test
    void sourceHelpersDoNotKnowTheReaders() {
        noClasses().that().resideInAPackage("org.statustray.source.*..")
                .should().dependOnClassesThat(resideInAPackage("org.statustray.source")
                        .and(not(equivalentTo(UnreadableException.class))))
                .because("text, time, JSON and feed helpers serve every reader; a helper may only throw"
                        + " UnreadableException")
                .check(CLASSES);
    }

    @Test
    void sourceHelpersStandInOrder() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("text").definedBy("org.statustray.source.text..")
                .layer("time").definedBy("org.statustray.source.time..")
                .layer("json").definedBy("org.statustray.source.json..")
                .layer("feed").definedBy("org.statustray.source.feed..")
                .whereLayer("text").mayNotAccessAnyLayer()
                .whereLayer("time").mayOnlyAccessLayers("text")
                .whereLayer("json").mayOnlyAccessLayers("time", "text")
                .whereLayer("feed").mayOnlyAccessLayers("time", "text")
                .check(CLASSES);
    }

    @Test
    void desktopRoomsShareOnlyDesktopItselfAndTheIcons() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("desktop").definedBy("org.statustray.desktop")
                .layer("sni").definedBy("org.statustray.desktop.sni..")
                .layer("notify").definedBy("org.statustray.desktop.notify..")
                .layer("awt").definedBy("org.statustray.desktop.awt..")
                .layer("icons").definedBy("org.statustray.desktop.icons..")
                .whereLayer("sni").mayOnlyAccessLayers("desktop", "icons")
                .whereLayer("notify").mayOnlyAccessLayers("desktop", "icons")
                .whereLayer("awt").mayOnlyAccessLayers("desktop", "icons")
                .whereLayer("icons").mayNotAccessAnyLayer()
                .check(CLASSES);
    }

    @Test
    void eachWindowIsItsOwnRoomSharingOnlyWhatIsInUiItself() {
        slices().matching("org.statustray.ui.(*)..").should().notDependOnEachOther().check(CLASSES);
    }

    /**
     * No path through our own classes to {@code target}: ArchUnit's transitive rule would also walk the JDK,
     * where everything reaches everything.
     */
    private static ArchCondition<JavaClass> neverReach(DescribedPredicate<JavaClass> target) {
        return new ArchCondition<>("never reach " + target.getDescription() + ", directly or through our classes") {
            @Override
            public void check(JavaClass start, ConditionEvents events) {
                Map<JavaClass, JavaClass> cameFrom = new HashMap<>();
                Deque<JavaClass> next = new ArrayDeque<>(List.of(start));
                cameFrom.put(start, start);
                while (!next.isEmpty()) {
                    JavaClass at = next.poll();
                    for (Dependency d : at.getDirectDependenciesFromSelf()) {
                        JavaClass to = d.getTargetClass();
                        if (target.test(to)) {
                            events.add(SimpleConditionEvent.violated(start, "Class <" + start.getName()
                                    + "> reaches <" + to.getName() + "> through " + path(cameFrom, at) + " in "
                                    + d.getSourceCodeLocation()));
                            return;
                        }
                        if (to.getPackageName().startsWith("org.statustray") && cameFrom.putIfAbsent(to, at) == null) {
                            next.add(to);
                        }
                    }
                }
            }
        };
    }

    private static String path(Map<JavaClass, JavaClass> cameFrom, JavaClass end) {
        Deque<String> names = new ArrayDeque<>();
        for (JavaClass c = end; ; c = cameFrom.get(c)) {
            names.addFirst(c.getSimpleName());
            if (cameFrom.get(c) == c) {
                return String.join(" -> ", names);
            }
        }
    }
}
