package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.model.CatalogEntry;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;

/** The probe keys: a service's {@code probe}, {@code probes} and {@code probeIntervalSeconds}, read, checked and kept. */
class ConfigProbeKeysTest {
    static final Catalog CATALOG = new Catalog(List.of(
            new CatalogEntry("acme", "Acme", "AI", "statuspage", "https://status.acme.test", List.of(), List.of(),
                    "https://api.acme.test/v1/models"),
            new CatalogEntry("plain", "Plain", "AI", "statuspage", "https://status.plain.test", List.of(), List.of(),
                    null)));

    @TempDir
    Path dir;

    @Test
    void aServiceProbesItsOwnAddressTheCataloguesOrNone() throws Exception {
        ConfigFile.Loaded loaded = load("{\"services\": [{\"id\": \"acme\"},"
                + " {\"id\": \"plain\", \"probe\": \"https://app.plain.test/login\"},"
                + " {\"id\": \"mine\", \"url\": \"https://status.mine.test\", \"probe\": false},"
                + " {\"id\": \"acme-copy\", \"url\": \"https://status.other.test\"}]}");

        assertThat(loaded.messages()).isEmpty();
        List<ServiceConfig> s = loaded.config().services();
        assertThat(s).extracting(ServiceConfig::probe).containsExactly(ProbeSetting.CATALOGUE,
                new ProbeSetting.At("https://app.plain.test/login"), ProbeSetting.OFF, ProbeSetting.CATALOGUE);
        assertThat(address(s.get(0))).contains(URI.create("https://api.acme.test/v1/models"));
        assertThat(address(s.get(1))).contains(URI.create("https://app.plain.test/login"));
        assertThat(address(s.get(2))).isEmpty();
        assertThat(address(s.get(3))).isEmpty();
        assertThat(loaded.config().probes()).isTrue();
        assertThat(loaded.config().probeIntervalSeconds()).isEqualTo(60);
    }

    @Test
    void probeFalseTurnsOffEvenTheCataloguesAddressAndAServicePointedElsewhereHasNone() throws Exception {
        List<ServiceConfig> s = load("{\"services\": [{\"id\": \"acme\", \"probe\": false}]}").config().services();

        assertThat(address(s.get(0))).isEmpty();
        ServiceConfig pointedElsewhere = new ServiceConfig("acme", "Acme", "http://127.0.0.1:8000", "statuspage",
                List.of(), null, false, false, true);
        assertThat(address(pointedElsewhere)).isEmpty();
    }

    @Test
    void theTopLevelKeysAreRead() throws Exception {
        AppConfig c = load("{\"probes\": false, \"probeIntervalSeconds\": 300, \"services\": [{\"id\": \"acme\"}]}")
                .config();

        assertThat(c.probes()).isFalse();
        assertThat(c.probeIntervalSeconds()).isEqualTo(300);
    }

    @Test
    void badProbeValuesAreSaidAndIgnoredAndTheRestOfTheFileStands() throws Exception {
        ConfigFile.Loaded loaded = load("{\"probes\": \"yes\", \"pollIntervalSeconds\": 90, \"services\": ["
                + "{\"id\": \"acme\", \"probe\": 5}, {\"id\": \"plain\", \"probe\": true, \"muted\": true},"
                + "{\"id\": \"one\", \"url\": \"https://status.one.test\", \"probe\": \"ftp://files.one.test\"},"
                + "{\"id\": \"two\", \"url\": \"https://status.two.test\", \"probe\": \"https://\"}]}");

        assertThat(loaded.messages()).containsExactly(
                "service 'acme': probe must be an address (\"https://…\") or false, not 5; ignored",
                "service 'plain': probe must be an address (\"https://…\") or false, not true; ignored",
                "service 'one': probe ignored: a probe address must start with http:// or https:// (not 'ftp://files.one.test')",
                "service 'two': probe ignored: 'https://' is not a web address",
                "probes must be true or false, not \"yes\"; using true");
        AppConfig c = loaded.config();
        assertThat(c.services()).extracting(ServiceConfig::id).containsExactly("acme", "plain", "one", "two");
        assertThat(c.services()).extracting(ServiceConfig::probe).containsOnly(ProbeSetting.CATALOGUE);
        assertThat(address(c.services().get(0))).contains(URI.create("https://api.acme.test/v1/models"));
        assertThat(c.services().get(1).muted()).isTrue();
        assertThat(c.pollIntervalSeconds()).isEqualTo(90);
        assertThat(c.probes()).isTrue();
    }

    @Test
    void aProbeIntervalThatIsNotWholeSecondsIsIgnoredAndOneBelowTheMinimumIsRaised() throws Exception {
        for (String bad : new String[] {"0", "-5", "\"90\"", "2.5", "false"}) {
            ConfigFile.Loaded loaded = load("{\"probeIntervalSeconds\": " + bad + ", \"services\": [{\"id\": \"acme\"}]}");
            assertThat(loaded.config().probeIntervalSeconds()).as(bad).isEqualTo(60);
            assertThat(loaded.messages()).as(bad).containsExactly(
                    "probeIntervalSeconds must be a whole number of seconds, at least 1, not " + bad + "; using 60");
        }
        ConfigFile.Loaded tooOften = load("{\"probeIntervalSeconds\": 10, \"services\": [{\"id\": \"acme\"}]}");
        assertThat(tooOften.config().probeIntervalSeconds()).isEqualTo(60);
        assertThat(tooOften.messages()).containsExactly(
                "probeIntervalSeconds 10 is below the 60 s minimum for probing services on other hosts; using 60");
    }

    @Test
    void onThisMachineAProbeMayBeAsOftenAsAsked() throws Exception {
        ConfigFile.Loaded loaded = load("{\"probeIntervalSeconds\": 2, \"services\": [{\"id\": \"local\","
                + " \"url\": \"http://127.0.0.1:8000\", \"probe\": \"http://localhost:8001/health\"},"
                + " {\"id\": \"acme\", \"probe\": false}]}");

        assertThat(loaded.messages()).isEmpty();
        assertThat(loaded.config().probeIntervalSeconds()).isEqualTo(2);
    }

    @Test
    void savingKeepsEveryProbeKeyAndUnknownKeysAndReadsBackTheSame() throws Exception {
        Path file = Files.writeString(dir.resolve("config.json"), "{\"probes\": false, \"probeIntervalSeconds\": 120,"
                + " \"futureKey\": {\"a\": 1}, \"services\": [{\"id\": \"acme\", \"probe\": false, \"colour\": \"red\"},"
                + " {\"id\": \"plain\", \"probe\": \"https://app.plain.test/login\"}, {\"id\": \"acme-2\","
                + " \"url\": \"https://status.two.test\"}]}");
        AppConfig first = ConfigFile.load(file, CATALOG).config();

        ConfigFile.save(file, first, CATALOG);

        JsonNode saved = new ObjectMapper().readTree(file.toFile());
        assertThat(saved.get("probes").asBoolean(true)).isFalse();
        assertThat(saved.get("probeIntervalSeconds").asInt()).isEqualTo(120);
        assertThat(saved.get("futureKey").get("a").asInt()).isEqualTo(1);
        assertThat(saved.get("services").get(0).get("probe").isBoolean()).isTrue();
        assertThat(saved.get("services").get(0).get("probe").asBoolean(true)).isFalse();
        assertThat(saved.get("services").get(0).get("colour").asText()).isEqualTo("red");
        assertThat(saved.get("services").get(1).get("probe").asText()).isEqualTo("https://app.plain.test/login");
        assertThat(saved.get("services").get(2).has("probe")).isFalse();
        assertThat(ConfigFile.load(file, CATALOG).config()).isEqualTo(first);
    }

    @Test
    void defaultsAreNotWrittenOutAndAChangedSettingIs() throws Exception {
        Path file = Files.writeString(dir.resolve("config.json"), "{\"services\": [{\"id\": \"acme\"}]}");
        AppConfig loaded = ConfigFile.load(file, CATALOG).config();

        ConfigFile.save(file, loaded, CATALOG);
        JsonNode plain = new ObjectMapper().readTree(file.toFile());
        assertThat(plain.has("probes")).isFalse();
        assertThat(plain.has("probeIntervalSeconds")).isFalse();
        assertThat(plain.get("services").get(0).has("probe")).isFalse();

        ServiceConfig off = loaded.services().get(0).withProbe(ProbeSetting.OFF);
        ConfigFile.save(file, loaded.withServices(List.of(off)).withProbes(false, 90), CATALOG);
        JsonNode changed = new ObjectMapper().readTree(file.toFile());
        assertThat(changed.get("probes").asBoolean(true)).isFalse();
        assertThat(changed.get("probeIntervalSeconds").asInt()).isEqualTo(90);
        assertThat(changed.get("services").get(0).get("probe").asBoolean(true)).isFalse();

        ConfigFile.save(file, loaded, CATALOG);
        JsonNode back = new ObjectMapper().readTree(file.toFile());
        assertThat(back.get("probes").asBoolean(false)).isTrue();
        assertThat(back.get("probeIntervalSeconds").asInt()).isEqualTo(60);
        assertThat(back.get("services").get(0).has("probe")).isFalse();
    }

    private static Optional<URI> address(ServiceConfig s) {
        return s.probeAddress(CATALOG.byId(s.id()).orElse(null));
    }

    private ConfigFile.Loaded load(String json) throws Exception {
        return ConfigFile.load(Files.writeString(dir.resolve("config.json"), json), CATALOG);
    }
}
