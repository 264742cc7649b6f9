package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.model.CatalogEntry;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;

/** Loading and saving the config file: first run, catalogue ids, unknown keys, broken files. */
class ConfigFileTest {
    static final Catalog CATALOG = Catalog.builtIn();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-07T10:15:30Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    @Test
    void aFirstRunWritesTheSixDefaultServicesAsBareIds() throws Exception {
        Path file = tmp.resolve("config/statustray/config.json");

        ConfigFile.Loaded first = ConfigFile.load(file, CATALOG);

        assertThat(first.firstRun()).isTrue();
        assertThat(first.messages()).isEmpty();
        assertThat(first.config().services()).extracting(ServiceConfig::id)
                .containsExactly("openai", "anthropic", "github", "google-cloud", "slack", "aws");
        assertThat(first.config().services()).extracting(ServiceConfig::name)
                .containsExactly("OpenAI", "Anthropic", "GitHub", "Google Cloud", "Slack", "Amazon Web Services");
        assertThat(first.config().services()).noneMatch(ServiceConfig::addedByUrl);
        assertThat(first.config().pollIntervalSeconds()).isEqualTo(60);
        assertThat(first.config().maintenanceNotifications()).isFalse();
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        JsonNode written = json(file);
        assertThat(written.get("services").get(0).toString()).isEqualTo("{\"id\":\"openai\"}");
        assertThat(written.get("notifications").toString()).isEqualTo("{\"maintenance\":false,\"quietHours\":null}");

        ConfigFile.Loaded second = ConfigFile.load(file, CATALOG);
        assertThat(second.firstRun()).isFalse();
        assertThat(second.messages()).isEmpty();
        assertThat(second.config()).isEqualTo(first.config());
    }

    @Test
    void anIdOnlyEntryTakesTheRestFromTheCatalogue() throws Exception {
        Catalog catalog = new Catalog(List.of(new CatalogEntry("claude", "Claude", "AI", "statuspage",
                "https://status.claude.com", List.of("Claude API"), List.of(), null)));
        Path file = write("{\"services\": [{\"id\": \"CLAUDE\"}, {\"id\": \"claude-2\", \"url\": \"status.claude.com\","
                + " \"name\": \"Mine\", \"components\": [\"Console\"]}]}");

        ConfigFile.Loaded loaded = ConfigFile.load(file, catalog);

        assertThat(loaded.messages()).isEmpty();
        assertThat(loaded.config().services()).containsExactly(
                new ServiceConfig("claude", "Claude", "https://status.claude.com", "statuspage", List.of("Claude API"),
                        null, false, false, false),
                new ServiceConfig("claude-2", "Mine", "https://status.claude.com", "auto", List.of("Console"),
                        null, false, false, true));
    }

    @Test
    void unknownIdsBadAddressesAndBadFormatsAreSkippedOrFixedWithAMessageEach() throws Exception {
        Path file = write("{\"services\": [{\"id\": \"opnai\"}, {\"id\": \"x\", \"url\": \"ftp://example.com/status\"},"
                + " {\"url\": \"file:///etc/passwd\"}, {\"id\": \"y\", \"url\": \"https://example.com\", \"format\": \"nope\"},"
                + " {\"id\": \"github\"}, {\"id\": \"GitHub\"}, {}, 7]}");

        ConfigFile.Loaded loaded = ConfigFile.load(file, CATALOG);

        assertThat(loaded.config().services()).extracting(ServiceConfig::id).containsExactly("y", "github");
        assertThat(loaded.config().services().get(0).format()).isEqualTo("auto");
        assertThat(loaded.messages()).containsExactly(
                "unknown service id 'opnai' in the config; skipped (did you mean openai, ona?)",
                "service 'x' in the config skipped: only http and https URLs can be checked, not ftp:",
                "service 'file:///etc/passwd' in the config skipped: only http and https URLs can be checked, not file:",
                "service 'y': unknown format 'nope', detecting it instead",
                "service 'github' is listed twice in the config; the second is skipped",
                "a service in the config has neither id nor url; skipped",
                "a service in the config is not an object; skipped");
    }

    @Test
    void anAddressOnlyEntryIsAddedByUrlWithAStableIdAndAutoFormat() throws Exception {
        Path file = write("{\"services\": [{\"url\": \"http://127.0.0.1:8000\", \"pollIntervalSeconds\": 2},"
                + " {\"url\": \"http://127.0.0.1:8000/other\"}]}");

        List<ServiceConfig> services = ConfigFile.load(file, CATALOG).config().services();

        assertThat(services).containsExactly(
                new ServiceConfig("127-0-0-1-8000", null, "http://127.0.0.1:8000", "auto", List.of(), 2, false,
                        false, true),
                new ServiceConfig("127-0-0-1-8000-2", null, "http://127.0.0.1:8000/other", "auto", List.of(),
                        null, false, false, true));
        assertThat(services.get(0).displayName(null)).as("the page's own name once read; its host before")
                .isEqualTo("127.0.0.1");
        assertThat(services.get(0).displayName("Local page")).isEqualTo("Local page");
    }

    @Test
    void intervalsBelowThirtySecondsAreRaisedExceptForLoopback() throws Exception {
        Path file = write("{\"pollIntervalSeconds\": 5, \"services\": ["
                + "{\"id\": \"openai\", \"pollIntervalSeconds\": 10},"
                + "{\"id\": \"github\"},"
                + "{\"id\": \"local\", \"url\": \"http://localhost:8000\", \"pollIntervalSeconds\": 2},"
                + "{\"id\": \"v6\", \"url\": \"http://[::1]:8000\", \"pollIntervalSeconds\": 1},"
                + "{\"id\": \"zero\", \"url\": \"http://127.0.0.2\", \"pollIntervalSeconds\": 0}]}");

        ConfigFile.Loaded loaded = ConfigFile.load(file, CATALOG);

        assertThat(loaded.config().pollIntervalSeconds()).isEqualTo(30);
        assertThat(loaded.config().services()).extracting(ServiceConfig::pollIntervalSeconds)
                .containsExactly(30, null, 2, 1, null);
        assertThat(loaded.messages()).containsExactly(
                "service 'openai': pollIntervalSeconds 10 is below the 30 s minimum for status.openai.com; using 30",
                "service 'zero': pollIntervalSeconds must be a whole number of seconds, at least 1, not 0; ignored",
                "pollIntervalSeconds 5 is below the 30 s minimum for status pages on other hosts; using 30");
    }

    @Test
    void aShortGlobalIntervalStandsWhenEveryServiceIsLocal() throws Exception {
        Path file = write("{\"pollIntervalSeconds\": 2, \"services\": [{\"url\": \"http://127.0.0.1:9000\"}]}");

        ConfigFile.Loaded loaded = ConfigFile.load(file, CATALOG);

        assertThat(loaded.config().pollIntervalSeconds()).isEqualTo(2);
        assertThat(loaded.messages()).isEmpty();
    }

    @Test
    void notificationSettingsAndFlagsAreRead() throws Exception {
        Path file = write("{\"services\": [{\"id\": \"slack\", \"muted\": true, \"watchUntilRecovered\": \"yes\"}],"
                + " \"notifications\": {\"maintenance\": true, \"quietHours\": {\"start\": \"22:00\", \"end\": \"7:30\"}}}");

        ConfigFile.Loaded loaded = ConfigFile.load(file, CATALOG);

        assertThat(loaded.config().maintenanceNotifications()).isTrue();
        assertThat(loaded.config().quietHours()).isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 30)));
        assertThat(loaded.config().services().get(0).muted()).isTrue();
        assertThat(loaded.config().services().get(0).watchUntilRecovered()).isFalse();
        assertThat(loaded.messages()).containsExactly("service 'slack': watchUntilRecovered must be true or false, not \"yes\"; using false");

        Files.writeString(file, "{\"notifications\": {\"quietHours\": {\"start\": \"late\"}}}");
        ConfigFile.Loaded bad = ConfigFile.load(file, CATALOG);
        assertThat(bad.config().quietHours()).isNull();
        assertThat(bad.messages()).singleElement().asString().startsWith("quietHours in the config must look like");
    }

    @Test
    void savingKeepsKeysStatusTrayDoesNotKnowAndEntriesItCouldNotUse() throws Exception {
        Path file = write("{\"theme\": \"dark\", \"pollIntervalSeconds\": 60, \"services\": ["
                + "{\"id\": \"openai\", \"note\": \"work account\"}, {\"id\": \"zzz-not-a-service\", \"x\": 1},"
                + "{\"url\": \"http://127.0.0.1:8000\", \"label\": \"mine\"}],"
                + " \"notifications\": {\"maintenance\": false, \"sound\": \"ding\"}}");
        AppConfig loaded = ConfigFile.load(file, CATALOG).config();
        List<ServiceConfig> services = new ArrayList<>();
        ServiceConfig openai = loaded.services().get(0);
        services.add(new ServiceConfig(openai.id(), openai.name(), openai.url(), openai.format(), openai.components(),
                120, true, false, false));
        services.add(loaded.services().get(1));
        services.add(new ServiceConfig("github", "GitHub", "https://www.githubstatus.com", "statuspage", List.of(),
                null, false, false, false));
        AppConfig changed = new AppConfig(90, services, true, new QuietHours(LocalTime.of(23, 0), LocalTime.of(6, 0)));

        ConfigFile.save(file, changed, CATALOG);

        JsonNode root = json(file);
        assertThat(root.get("theme").asText()).isEqualTo("dark");
        assertThat(root.get("pollIntervalSeconds").asInt()).isEqualTo(90);
        assertThat(root.get("services").get(0).toString())
                .isEqualTo("{\"id\":\"openai\",\"note\":\"work account\",\"pollIntervalSeconds\":120,\"muted\":true}");
        assertThat(root.get("services").get(1).get("label").asText()).isEqualTo("mine");
        assertThat(root.get("services").get(1).get("id").asText()).isEqualTo("127-0-0-1-8000");
        assertThat(root.get("services").get(2).toString()).isEqualTo("{\"id\":\"github\"}");
        assertThat(root.get("services").get(3).toString()).isEqualTo("{\"id\":\"zzz-not-a-service\",\"x\":1}");
        assertThat(root.get("notifications").toString())
                .isEqualTo("{\"maintenance\":true,\"sound\":\"ding\",\"quietHours\":{\"start\":\"23:00\",\"end\":\"06:00\"}}");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(ConfigFile.load(file, CATALOG).config()).isEqualTo(changed);
        try (var siblings = Files.list(tmp)) {
            assertThat(siblings).as("no temporary file is left behind").containsExactly(file);
        }
    }

    @Test
    void aBrokenFileIsCopiedAsideAndLeftAloneUntilSettingsAreSaved() throws Exception {
        String broken = "{\"services\": [{\"id\": \"openai\"},, ]";
        Path file = write(broken);

        ConfigFile.Loaded loaded = ConfigFile.load(file, CATALOG, CLOCK);

        Path backup = tmp.resolve("config.json.bak-20261007-101530");
        assertThat(loaded.backup()).isEqualTo(backup);
        assertThat(backup).hasContent(broken);
        assertThat(file).hasContent(broken);
        assertThat(loaded.firstRun()).isFalse();
        assertThat(loaded.config()).isEqualTo(ConfigFile.defaults(CATALOG));
        assertThat(loaded.messages()).singleElement().asString()
                .startsWith("config.json is not valid settings (")
                .contains("line 1, column")
                .endsWith("; it was copied to config.json.bak-20261007-101530; StatusTray runs on the default services until you change settings");

        assertThat(ConfigFile.load(file, CATALOG, CLOCK).backup()).as("a second start keeps the first copy")
                .isEqualTo(tmp.resolve("config.json.bak-20261007-101530-2"));
        ConfigFile.save(file, loaded.config(), CATALOG);
        assertThat(ConfigFile.load(file, CATALOG).messages()).isEmpty();
    }

    @Test
    void emptyFilesListsAndTrailingTextAreNotSettings() throws Exception {
        for (String content : List.of("", "[]", "{} {\"more\": 1}", "\"text\"")) {
            Path file = write(content);
            ConfigFile.Loaded loaded = ConfigFile.load(file, CATALOG);
            assertThat(loaded.backup()).as(content).isNotNull();
            assertThat(loaded.config()).isEqualTo(ConfigFile.defaults(CATALOG));
            Files.delete(loaded.backup());
        }
    }

    @Test
    void anUnreadableOrUnwritableFileIsAMessageOrAReasonNotACrash() throws Exception {
        Path directory = Files.createDirectories(tmp.resolve("config.json"));
        ConfigFile.Loaded loaded = ConfigFile.load(directory, CATALOG);
        assertThat(loaded.config()).isEqualTo(ConfigFile.defaults(CATALOG));
        assertThat(loaded.messages()).singleElement().asString().startsWith("cannot read " + directory);

        Path underAFile = Files.writeString(tmp.resolve("plain"), "x").resolve("config.json");
        ConfigFile.Loaded first = ConfigFile.load(underAFile, CATALOG);
        assertThat(first.firstRun()).isTrue();
        assertThat(first.messages()).singleElement().asString().startsWith("cannot write the settings to " + underAFile)
                .endsWith("; running on the default services");
        assertThatThrownBy(() -> ConfigFile.save(underAFile, first.config(), CATALOG)).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot write the settings to");
    }

    Path write(String content) throws Exception {
        return Files.writeString(tmp.resolve("config.json"), content);
    }

    static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }
}
