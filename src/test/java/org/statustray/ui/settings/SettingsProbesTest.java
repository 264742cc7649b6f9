package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;

/** The settings' probe choices without a screen: each written to the file, applied, and read back the same. */
class SettingsProbesTest {
    static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path tmp;
    Path file;
    final List<AppConfig> applied = new ArrayList<>();
    SettingsModel model;

    @BeforeEach
    void open() throws Exception {
        file = Files.writeString(tmp.resolve("config.json"), "{\"probeIntervalSeconds\": 5, \"services\": ["
                + "{\"id\": \"local\", \"url\": \"http://127.0.0.1:8000\", \"probe\": \"http://127.0.0.1:8001/health\"},"
                + " {\"id\": \"openai\", \"probe\": false, \"note\": \"keep me\"}]}");
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        model = new SettingsModel(file, current, CATALOG, uri -> { throw new AssertionError("no address is detected here"); },
                id -> Optional.empty(), null, Runnable::run, Runnable::run,
                ConfigChanges.writing(file, CATALOG, current, applied::add));
    }

    JsonNode saved() throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    ServiceConfig service(String id) {
        return model.config().services().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aServiceGetsItsOwnAddressAndABlankFieldGivesItBackToTheCatalogue() throws Exception {
        assertThat(model.probes().setOff("openai", false)).isTrue();
        assertThat(saved().get("services").get(1).has("probe")).isFalse();
        assertThat(model.probes().catalogueAddress(service("openai"))).contains(URI.create("https://api.openai.com/v1/models"));

        assertThat(model.probes().setAddress("openai", " https://chatgpt.com/ ")).isTrue();
        assertThat(saved().get("services").get(1).get("probe").asText()).isEqualTo("https://chatgpt.com/");
        assertThat(saved().get("services").get(1).get("note").asText()).isEqualTo("keep me");
        assertThat(model.probes().ownAddress(service("openai"))).isEqualTo("https://chatgpt.com/");
        assertThat(applied.get(applied.size() - 1).services().get(1).probe()).isEqualTo(new ProbeSetting.At("https://chatgpt.com/"));

        assertThat(model.probes().setAddress("openai", "")).isTrue();
        assertThat(saved().get("services").get(1).has("probe")).isFalse();
        assertThat(ConfigFile.load(file, CATALOG).config()).isEqualTo(model.config());
    }

    @Test
    void dontProbeWritesFalseAndABadAddressIsRefusedWithTheFileLeftAsItWas() throws Exception {
        model.probes().setOff("openai", false);
        assertThat(model.probes().setOff("openai", true)).isTrue();
        assertThat(saved().get("services").get(1).get("probe").isBoolean()).isTrue();
        assertThat(service("openai").probe()).isEqualTo(ProbeSetting.OFF);
        String before = Files.readString(file);
        int changes = applied.size();

        assertThat(model.probes().setAddress("openai", "ftp://files.example.com")).isFalse();

        assertThat(model.errorProperty().get()).isEqualTo("The probe address was not changed: a probe address must"
                + " start with http:// or https:// (not 'ftp://files.example.com')");
        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(applied).hasSize(changes);
        assertThat(model.probes().setAddress("gone", "https://x.example.com")).isFalse();
    }

    @Test
    void probingCanBeTurnedOffForAllAndOnAgain() throws Exception {
        assertThat(model.probes().on()).isTrue();
        assertThat(saved().has("probes")).isFalse();

        model.probes().setOn(false);
        assertThat(saved().get("probes").asBoolean(true)).isFalse();
        assertThat(applied.get(applied.size() - 1).probes()).isFalse();
        assertThat(model.probes().on()).isFalse();

        model.probes().setOn(true);
        assertThat(saved().get("probes").asBoolean(false)).isTrue();
        assertThat(model.config().probes()).isTrue();
    }

    @Test
    void aProbeOnAnotherHostRaisesTheIntervalToTheMinimumAndSaysSo() throws Exception {
        assertThat(model.config().probeIntervalSeconds()).as("only this machine is probed").isEqualTo(5);

        model.probes().setAddress("local", "https://health.example.com/ping");

        assertThat(model.config().probeIntervalSeconds()).isEqualTo(60);
        assertThat(saved().get("probeIntervalSeconds").asInt()).isEqualTo(60);
        assertThat(model.infoProperty().get()).isEqualTo(
                "Services are probed every 60 s at the most often, the least for addresses on other hosts");
        assertThat(model.probes().catalogueAddress(service("local"))).isEmpty();
    }

    @Test
    void earlyWarningsCanBeTurnedOffAndOnAndTheOtherSettingsKeepTheChoice() throws Exception {
        assertThat(model.probes().earlyWarning()).isTrue();

        assertThat(model.probes().setEarlyWarning(false)).isTrue();
        assertThat(saved().get("notifications").get("earlyWarning").asBoolean(true)).isFalse();
        assertThat(applied.get(applied.size() - 1).earlyWarning()).isFalse();
        assertThat(model.probes().earlyWarning()).isFalse();

        model.probes().setOn(false);
        model.probes().setAddress("openai", "https://chatgpt.com/");
        assertThat(model.config().earlyWarning()).isFalse();
        assertThat(ConfigFile.load(file, CATALOG).config()).isEqualTo(model.config());

        model.probes().setEarlyWarning(true);
        assertThat(saved().get("notifications").get("earlyWarning").asBoolean(false)).isTrue();
        assertThat(model.config().earlyWarning()).isTrue();
    }
}
