package org.statustray.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.app.CliRun;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.WebAddress;
import org.statustray.model.AppConfig;
import org.statustray.model.CatalogEntry;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;
import org.statustray.testing.LocalServer;
import org.statustray.ui.settings.SettingsModel;

/**
 * Every way an address comes in (the settings file, "add by address", {@code check} and {@code detect},
 * the catalogue) takes only http and https, and never one with a password. The hostile addresses point at a
 * real local server, which counts that none of them reached it.
 */
class HttpOnlyAddressesTest {
    static final String PASSWORD = "hunter2";

    @TempDir
    Path dir;
    final LocalServer server = LocalServer.start().json("/", 200, "{}");

    @AfterEach
    void stop() {
        server.close();
    }

    List<String> hostile() {
        String port = String.valueOf(server.uri("/").getPort());
        return List.of("FILE:///etc/passwd", "file:/etc/passwd", "jar:file:/tmp/x.jar!/status.json",
                "javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "smb://127.0.0.1/share",
                "ftp://127.0.0.1:" + port + "/", "http:/127.0.0.1:" + port, "https:127.0.0.1", "http://[::1]:0/",
                "http://admin:" + PASSWORD + "@127.0.0.1:" + port + "/", "https://token@127.0.0.1:" + port + "/",
                "http://127.0.0.1:99999/", "http://127.0.0.1:" + port + "/\u001b[2J");
    }

    @Test
    void theSettingsFileSkipsEachWithAMessageThatKeepsNoPassword() throws Exception {
        var services = JsonNodeFactory.instance.arrayNode();
        hostile().forEach(url -> services.addObject().put("url", url));
        services.addObject().put("url", server.root() + "/");
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"services\": " + services + "}");

        ConfigFile.Loaded loaded = ConfigFile.load(file, Catalog.builtIn());

        assertThat(loaded.config().services()).extracting(ServiceConfig::url).containsExactly(server.root() + "/");
        assertThat(loaded.messages()).hasSize(hostile().size())
                .allMatch(m -> m.contains("in the config skipped"))
                .noneMatch(m -> m.contains(PASSWORD) || m.contains("token") || m.chars().anyMatch(Character::isISOControl));
        assertThat(Files.readString(file)).as("the file itself is not rewritten").contains(PASSWORD);
    }

    @Test
    void checkAndDetectRefuseEachWithoutARequest() throws Exception {
        for (String url : hostile()) {
            CliRun check = CliRun.of("check", "--json", url);
            CliRun detect = CliRun.of("detect", url);

            assertThat(check.exit()).as(url).isEqualTo(3);
            JsonNode page = new ObjectMapper().readTree(check.out()).get(0);
            assertThat(page.get("status").asText()).isEqualTo("unknown");
            assertThat(page.get("error").asText()).as(url).isNotBlank();
            assertThat(detect.exit()).as(url).isEqualTo(3);
            for (String printed : List.of(check.out(), check.err(), detect.out(), detect.err())) {
                assertThat(printed).doesNotContain(PASSWORD).doesNotContain("token@").doesNotContain("\u001b");
            }
        }
        assertThat(server.requests("/")).as("no hostile address reached the server").isZero();
        assertThat(CliRun.of("check", server.root() + "/").exit()).as("the server is there to be reached").isEqualTo(3);
        assertThat(server.requests("/")).isPositive();
    }

    @Test
    void addByAddressRefusesEachBeforeDetecting() throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, "{\"services\": []}");
        List<URI> detected = new ArrayList<>();
        AppConfig current = ConfigFile.load(file, Catalog.builtIn()).config();
        SettingsModel model = new SettingsModel(file, current, Catalog.builtIn(),
                uri -> {
                    detected.add(uri);
                    return new PageResult.Failed(uri, org.statustray.fetch.FailureKind.UNREACHABLE, "x", 0, null);
                }, id -> java.util.Optional.empty(), null, Runnable::run, Runnable::run,
                ConfigChanges.writing(file, Catalog.builtIn(), current, c -> { }));

        for (String url : hostile()) {
            model.detect(url);
            assertThat(model.detectProblemProperty().get()).as(url).isNotBlank().doesNotContain(PASSWORD);
            assertThat(model.previewProperty().get()).isNull();
        }
        assertThat(detected).isEmpty();
        model.detect(server.root() + "/");
        assertThat(detected).as("a web address is detected").containsExactly(URI.create(server.root() + "/"));
    }

    @Test
    void everyCatalogueEntryIsAnHttpsPage() {
        assertThat(Catalog.builtIn().all()).isNotEmpty().allSatisfy((CatalogEntry e) -> {
            assertThat(WebAddress.link(e.url())).as(e.id()).isPresent();
            assertThat(WebAddress.parse(e.url()).getScheme()).as(e.id()).isEqualTo("https");
        });
    }

}
