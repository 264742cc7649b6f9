package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.model.AppConfig;
import org.statustray.model.CatalogEntry;
import org.statustray.platform.Autostart;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;

/**
 * A catalogue entry with default components (Cloudflare's), added in Settings: the page's whole list is offered
 * with the defaults ticked, and changing them is kept in the file.
 */
class SettingsCatalogPresetTest {
    static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path tmp;
    Path file;
    SettingsModel model;

    @BeforeEach
    void addCloudflareFromTheCatalogue() throws Exception {
        file = tmp.resolve("config.json");
        Files.writeString(file, "{\"services\": []}");
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        model = new SettingsModel(file, current, CATALOG,
                uri -> new PageResult.Failed(uri, FailureKind.UNREACHABLE, "not used here", 0, null),
                id -> id.equals("cloudflare") ? Optional.of(BigPages.cloudflare()) : Optional.empty(),
                new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART),
                Runnable::run, Runnable::run, ConfigChanges.writing(file, CATALOG, current, c -> { }));
        CatalogEntry cloudflare = CATALOG.byId("cloudflare").orElseThrow();
        assertThat(model.addFromCatalog(cloudflare)).isTrue();
    }

    @Test
    void thePickerOffersAllOfThePageWithTheDefaultsTicked() {
        List<String> preset = CATALOG.byId("cloudflare").orElseThrow().components();
        List<ComponentChoice> choices = model.componentChoices("cloudflare");

        assertThat(model.config().services()).singleElement()
                .satisfies(s -> assertThat(s.components()).isEqualTo(preset));
        assertThat(choices).hasSize(462).allSatisfy(c -> assertThat(c.component()).isNotNull());
        List<String> ticked = choices.stream().filter(ComponentChoice::chosen).map(c -> Objects.requireNonNull(c.component()).name()).toList();
        assertThat(ticked).containsExactlyInAnyOrderElementsOf(preset);
        assertThat(choices.stream().filter(ComponentChoice::chosen))
                .allSatisfy(c -> assertThat(Objects.requireNonNull(c.component()).group()).isEqualTo("Cloudflare Sites and Services"));
    }

    @Test
    void unTickingADefaultAndTickingAPopIsWrittenAndTheRestStays() throws Exception {
        ComponentChoice workers = choice("Workers");
        ComponentChoice frankfurt = choice("Frankfurt, Germany - (FRA)");

        assertThat(model.setComponentWatched("cloudflare", workers, false)).isTrue();
        assertThat(model.setComponentWatched("cloudflare", frankfurt, true)).isTrue();

        List<String> now = model.config().services().get(0).components();
        assertThat(now).doesNotContain("Workers").contains("Europe / Frankfurt, Germany - (FRA)", "API", "R2");
        List<String> written = new ArrayList<>();
        new ObjectMapper().readTree(file.toFile()).get("services").get(0).get("components")
                .forEach(n -> written.add(n.asText()));
        assertThat(written).isEqualTo(now);
        assertThat(ConfigFile.load(file, CATALOG).config().services().get(0).components()).isEqualTo(now);
    }

    @Test
    void aServiceLeftAtItsDefaultsIsWrittenAsJustItsId() throws Exception {
        assertThat(new ObjectMapper().readTree(file.toFile()).get("services").get(0).toString())
                .isEqualTo("{\"id\":\"cloudflare\"}");
    }

    @Test
    void noneTickedWatchesTheWholePageAndStaysSoAfterARestart() throws Exception {
        assertThat(model.setComponents("cloudflare", List.of())).isTrue();

        assertThat(new ObjectMapper().readTree(file.toFile()).get("services").get(0).get("components").toString())
                .isEqualTo("[]");
        assertThat(ConfigFile.load(file, CATALOG).config().services().get(0).components()).isEmpty();
        assertThat(model.componentChoices("cloudflare")).hasSize(462).noneMatch(ComponentChoice::chosen);
    }

    private ComponentChoice choice(String name) {
        return model.componentChoices("cloudflare").stream()
                .filter(c -> c.component() != null && c.component().name().equals(name)).findFirst().orElseThrow();
    }
}
