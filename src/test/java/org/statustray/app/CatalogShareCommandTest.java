package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigFile;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/** {@code catalog --export [FILE]} and {@code catalog --import FILE}: the lines, the files and the exit codes. */
class CatalogShareCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TEAM = "{\"services\": [{\"id\": \"openai\"},"
            + " {\"id\": \"build-farm\", \"name\": \"Build farm\", \"url\": \"https://status.build.example\","
            + " \"format\": \"statuspage\", \"components\": [\"Runners\"], \"muted\": true, \"probe\": \"https://ci.build.example/ping\"},"
            + " {\"id\": \"vpn\", \"name\": \"Office VPN\", \"url\": \"https://vpn.example/feed.rss\", \"format\": \"feed\"}]}";

    @TempDir
    Path tmp;
    final LocalServer server = LocalServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    CliRun cli(Path config, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--config";
        all[1] = config.toString();
        all[2] = "--data-dir";
        all[3] = tmp.resolve("data").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.of(all);
    }

    Path config(String name, String json) throws Exception {
        return Files.writeString(tmp.resolve(name), json);
    }

    /** The team's file, written by export itself. */
    Path exported() throws Exception {
        Path file = tmp.resolve("team.json");
        CliRun run = cli(config("team-config.json", TEAM), "catalog", "--export", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        return file;
    }

    static List<ServiceConfig> services(Path config) {
        return ConfigFile.load(config, Catalog.builtIn()).config().services();
    }

    @Test
    void exportWritesTheServicesAddedByAddressInTheCataloguesShape() throws Exception {
        CliRun run = cli(config("c.json", TEAM), "catalog", "--export");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("""
                {
                  "version" : 1,
                  "services" : [ {
                    "id" : "build-farm",
                    "name" : "Build farm",
                    "category" : "Yours",
                    "format" : "statuspage",
                    "url" : "https://status.build.example",
                    "components" : [ "Runners" ],
                    "probe" : "https://ci.build.example/ping"
                  }, {
                    "id" : "vpn",
                    "name" : "Office VPN",
                    "category" : "Yours",
                    "format" : "feed",
                    "url" : "https://vpn.example/feed.rss"
                  } ]
                }
                """);
        Path file = exported();
        assertThat(run.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void exportThenImportIntoAnEmptyConfigGivesTheSameServices() throws Exception {
        Path file = exported();
        Path empty = config("empty.json", "{\"services\": []}");

        CliRun run = cli(empty, "catalog", "--import", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(), "build-farm: added", "vpn: added",
                "2 added, 0 already watched, 0 skipped", ""));
        List<ServiceConfig> shared = services(tmp.resolve("team-config.json")).stream().filter(ServiceConfig::addedByUrl)
                .map(s -> new ServiceConfig(s.id(), s.name(), s.url(), s.format(), s.components(), null, false, false, true, s.probe()))
                .toList();
        assertThat(services(empty)).isEqualTo(shared);
    }

    @Test
    void importingAgainSaysEachIsAlreadyWatchedAndChangesNothing() throws Exception {
        Path file = exported();
        Path target = config("target.json", "{\"services\": [{\"url\": \"http://STATUS.build.example/api/v2/summary.json\"}]}");

        CliRun first = cli(target, "catalog", "--import", file.toString());
        byte[] after = Files.readAllBytes(target);
        CliRun again = cli(target, "catalog", "--import", file.toString());

        assertThat(first.out()).contains("build-farm: already watched as status-build-example", "vpn: added");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("vpn: already watched", "0 added, 2 already watched, 0 skipped");
        assertThat(Files.readAllBytes(target)).isEqualTo(after);
    }

    @Test
    void aPartlyBadFileAddsTheGoodEntriesNamesTheBadOnesAndExitsOne() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(exported().toFile());
        ArrayNode list = (ArrayNode) root.get("services");
        ((ObjectNode) list.get(0)).put("url", "ftp://status.build.example");
        ObjectNode copy = list.get(1).deepCopy();
        list.add(copy.put("url", "https://other.example"));
        Path file = Files.writeString(tmp.resolve("bad.json"), root.toPrettyString());
        Path target = config("target.json", "{\"services\": [], \"mine\": {\"kept\": true}}");

        CliRun run = cli(target, "catalog", "--import", file.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("build-farm: skipped, ", "ftp", "vpn: added",
                "vpn: skipped, the id is listed twice in the file; the first is kept", "1 added, 0 already watched, 2 skipped");
        assertThat(services(target)).extracting(ServiceConfig::id).containsExactly("vpn");
        assertThat(JSON.readTree(target.toFile()).get("mine").get("kept").asBoolean()).as("unknown keys kept").isTrue();
    }

    @Test
    void aFileThatCannotBeUsedChangesNothingAndExits65() throws Exception {
        Path target = config("target.json", "{\"services\": [{\"id\": \"github\"}]}");
        byte[] before = Files.readAllBytes(target);
        String exported = Files.readString(exported());
        Path notJson = Files.writeString(tmp.resolve("half.json"), exported.substring(0, exported.length() / 2));
        Path huge = Files.write(tmp.resolve("huge.json"), new byte[(1 << 20) + 1]);

        for (Path bad : List.of(tmp.resolve("missing.json"), notJson, huge, tmp)) {
            CliRun run = cli(target, "catalog", "--import", bad.toString());
            assertThat(run.exit()).as(bad + ": " + run.err()).isEqualTo(65);
            assertThat(run.err()).startsWith("statustray: cannot import: ").endsWith("nothing was changed" + System.lineSeparator());
            assertThat(run.out()).isEmpty();
        }
        assertThat(Files.readAllBytes(target)).isEqualTo(before);
    }

    @Test
    void aSettingsFileThatIsNotValidIsNeitherReplacedNorCopied() throws Exception {
        Path file = exported();
        Path broken = config("broken.json", "{\"services\": [");

        CliRun run = cli(broken, "catalog", "--import", file.toString());

        assertThat(run.exit()).isEqualTo(73);
        assertThat(run.err()).contains("broken.json is not valid settings", "nothing was changed");
        assertThat(Files.readString(broken)).isEqualTo("{\"services\": [");
        try (var files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("broken.json.bak"));
        }
    }

    @Test
    void aServiceOnAutoIsExportedWithTheFormatItsPageIsReadWith() throws Exception {
        server.json("/page/api/v2/summary.json", 200, Fixtures.bytes("statuspage/summary-claude-2026-07-30-operational.json"));
        Path config = config("auto.json", "{\"services\": [{\"url\": \"" + server.root() + "/page\"},"
                + " {\"url\": \"" + server.root() + "/nothing-here\"}]}");

        CliRun run = cli(config, "catalog", "--export");

        assertThat(run.exit()).isEqualTo(3);
        JsonNode only = JSON.readTree(run.out()).get("services");
        assertThat(only).hasSize(1);
        assertThat(only.get(0).get("format").asText()).isEqualTo("statuspage");
        assertThat(only.get(0).get("name").asText()).isEqualTo("Claude");
        assertThat(run.err()).contains("127-0-0-1-" + server.uri("/").getPort() + "-2: left out, its format is not known yet");
    }

    @Test
    void usageErrorsExit64AndTheSearchStaysAsItWas() {
        assertThat(CliRun.of("catalog", "--import").exit()).isEqualTo(64);
        assertThat(CliRun.of("catalog", "--export", "a.json", "b.json").exit()).isEqualTo(64);
        assertThat(CliRun.of("catalog", "openai", "--export").exit()).isEqualTo(64);
        CliRun search = CliRun.of("catalog", "openai");
        assertThat(search.exit()).isZero();
        assertThat(search.out()).startsWith("ID").contains("openai");
    }
}
