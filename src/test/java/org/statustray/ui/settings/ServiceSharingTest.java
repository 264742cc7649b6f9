package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.platform.Autostart;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;
import org.statustray.store.SharedImport;

/** Export and import in the settings model, without a screen: the messages, the preview, the list after. */
class ServiceSharingTest {
    static final Catalog CATALOG = Catalog.builtIn();
    static final String MINE = """
            {"services": [{"id": "openai"},
              {"id": "build-farm", "name": "Build farm", "url": "https://status.build.example", "format": "statuspage"},
              {"url": "https://status.vpn.example"}],
             "theme": "dark"}
            """;

    @TempDir
    Path tmp;
    final List<AppConfig> applied = new ArrayList<>();

    SettingsModel model(Path file) {
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        Snapshot vpn = new Snapshot("Office VPN", "https://status.vpn.example", "instatus", Instant.EPOCH, Status.OPERATIONAL,
                "All good", List.of(), true, List.of(), List.of());
        return new SettingsModel(file, current, CATALOG, uri -> null,
                id -> id.equals("status-vpn-example") ? Optional.of(vpn) : Optional.empty(),
                new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART),
                Runnable::run, Runnable::run, ConfigChanges.writing(file, CATALOG, current, applied::add));
    }

    Path exported() throws Exception {
        SettingsModel mine = model(Files.writeString(tmp.resolve("mine.json"), MINE));
        Path file = tmp.resolve("team.json");
        assertThat(mine.sharing().export(file)).isTrue();
        assertThat(mine.infoProperty().get()).isEqualTo("Exported 2 services to " + file);
        return file;
    }

    @Test
    void exportWritesTheOwnServicesWithTheFormatTheirPagesWereReadWith() throws Exception {
        Path file = exported();

        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        assertThat(root.get("services")).hasSize(2);
        assertThat(root.get("services").get(1).get("format").asText()).isEqualTo("instatus");
        assertThat(root.get("services").get(1).get("name").asText()).isEqualTo("Office VPN");
    }

    @Test
    void aServiceNeverReadIsLeftOutAndSaidSo() throws Exception {
        SettingsModel m = model(Files.writeString(tmp.resolve("c.json"), "{\"services\": [{\"url\": \"https://x.example\"}]}"));

        assertThat(m.sharing().anyToExport()).isTrue();
        assertThat(m.sharing().export(tmp.resolve("out.json"))).isTrue();

        assertThat(m.infoProperty().get()).isEqualTo("Exported 0 services to " + tmp.resolve("out.json")
                + "; x-example: left out, its format is not known yet (its page has not been read, or could not be)");
    }

    @Test
    void importPreviewsThenAddsTheNewOnesAtTheEndAndKeepsTheFilesOtherKeys() throws Exception {
        Path team = exported();
        Path config = Files.writeString(tmp.resolve("config.json"),
                "{\"services\": [{\"id\": \"github\"}, {\"url\": \"http://status.build.example/\"}], \"theme\": \"dark\"}");
        SettingsModel m = model(config);

        SharedImport.Plan plan = m.sharing().preview(team).orElseThrow();

        assertThat(ServiceSharing.summary(plan)).isEqualTo("""
                1 new, 1 already watched, 0 skipped
                build-farm: already watched as status-build-example
                status-vpn-example: new""");
        assertThat(m.services()).hasSize(2);
        assertThat(m.sharing().importPreviewed()).isTrue();
        assertThat(m.services()).extracting(ServiceConfig::id).containsExactly("github", "status-build-example",
                "status-vpn-example");
        assertThat(m.selectedProperty().get().id()).isEqualTo("status-vpn-example");
        assertThat(m.infoProperty().get()).isEqualTo("Imported 1 service from team.json");
        assertThat(applied).hasSize(1);
        assertThat(ConfigFile.load(config, CATALOG).config().services()).hasSize(3);
        assertThat(Files.readString(config)).contains("\"theme\" : \"dark\"");
    }

    @Test
    void importingTheSameFileAgainAddsNothingAndSaysSo() throws Exception {
        Path team = exported();
        SettingsModel m = model(Files.writeString(tmp.resolve("config.json"), "{\"services\": []}"));
        m.sharing().preview(team);
        assertThat(m.sharing().importPreviewed()).isTrue();

        SharedImport.Plan again = m.sharing().preview(team).orElseThrow();

        assertThat(again.count(SharedImport.Outcome.ALREADY_WATCHED)).isEqualTo(2);
        assertThat(m.sharing().importPreviewed()).isFalse();
        assertThat(m.infoProperty().get()).isEqualTo("Nothing was imported: the file has no service that is not watched already");
        assertThat(m.services()).hasSize(2);
    }

    @Test
    void aFileThatCannotBeUsedIsToldAndChangesNothing() throws Exception {
        Path config = Files.writeString(tmp.resolve("config.json"), "{\"services\": [{\"id\": \"github\"}]}");
        SettingsModel m = model(config);
        Path broken = Files.writeString(tmp.resolve("broken.json"), Files.readString(exported()).replace("\"services\"", "\"list\""));

        assertThat(m.sharing().preview(broken)).isEmpty();

        assertThat(m.errorProperty().get()).startsWith("Nothing was imported: broken.json is not a list of services");
        assertThat(m.sharing().importPreviewed()).isFalse();
        assertThat(applied).isEmpty();
        assertThat(Files.readString(config)).isEqualTo("{\"services\": [{\"id\": \"github\"}]}");
    }
}
