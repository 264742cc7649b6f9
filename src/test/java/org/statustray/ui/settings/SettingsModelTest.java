package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.AppConfig;
import org.statustray.model.Component;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.platform.Autostart;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;

/** The settings view model without a screen: every change written to the file and applied. */
class SettingsModelTest {
    static final Catalog CATALOG = Catalog.builtIn();
    static final String ORIGINAL = """
            {"pollIntervalSeconds": 60, "theme": "dark",
             "services": [{"id": "openai", "note": "keep me"}, {"id": "github"}],
             "notifications": {"maintenance": false, "quietHours": null, "sound": "ping"}}
            """;
    static final Component API = new Component("c1", "API", "Core", Status.PARTIAL_OUTAGE);
    static final Component WEB = new Component("c2", "Web", "Core", Status.OPERATIONAL);
    static final Component DASHBOARD = new Component("c3", "Dashboard", null, Status.OPERATIONAL);

    @TempDir
    Path tmp;
    Path file;
    final List<AppConfig> applied = new ArrayList<>();
    final List<URI> detected = new ArrayList<>();

    @BeforeEach
    void writeOriginal() throws Exception {
        file = tmp.resolve("config.json");
        Files.writeString(file, ORIGINAL);
    }

    static Snapshot page(String name, List<Component> components) {
        return new Snapshot(name, "https://status.example.com", "statuspage", Instant.parse("2026-10-07T10:00:00Z"),
                Status.PARTIAL_OUTAGE, "Partial outage", components, true, List.of(), List.of());
    }

    static Function<URI, PageResult> reads(Snapshot s, List<URI> calls) {
        return uri -> {
            calls.add(uri);
            return new PageResult.Read(uri, "statuspage", s, Validators.NONE);
        };
    }

    SettingsModel model(Path configFile, Function<URI, PageResult> detect, Executor background, Executor fx) {
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        return new SettingsModel(configFile, current, CATALOG, detect,
                id -> id.equals("openai") ? Optional.of(page("OpenAI", List.of(API, WEB, DASHBOARD))) : Optional.empty(),
                new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART),
                background, fx, ConfigChanges.writing(configFile, CATALOG, current, applied::add));
    }

    SettingsModel model() {
        return model(file, reads(page("Example Cloud", List.of(API, DASHBOARD)), detected), Runnable::run, Runnable::run);
    }

    JsonNode raw() throws Exception {
        return new ObjectMapper().readTree(file.toFile());
    }

    /** The file holds what the model shows, and the app was given that same config. */
    void assertSavedAndApplied(SettingsModel m) {
        assertThat(ConfigFile.load(file, CATALOG).config()).isEqualTo(m.config());
        assertThat(applied).isNotEmpty();
        assertThat(applied.get(applied.size() - 1)).isSameAs(m.config());
    }

    @Test
    void aCatalogueServiceIsFoundMarkedAndWrittenAsItsBareId() throws Exception {
        SettingsModel m = model();
        m.searchTextProperty().set("slack");
        assertThat(m.results()).isNotEmpty();
        CatalogResult slack = m.results().get(0);
        assertThat(slack.entry().id()).isEqualTo("slack");
        assertThat(slack.watched()).isFalse();
        m.searchTextProperty().set("openai");
        assertThat(m.results().get(0).watched()).isTrue();

        assertThat(m.addFromCatalog(slack.entry())).isTrue();

        assertSavedAndApplied(m);
        assertThat(m.config().services()).extracting(ServiceConfig::id).containsExactly("openai", "github", "slack");
        assertThat(m.config().services().get(2)).isEqualTo(new ServiceConfig("slack", "Slack", slack.entry().url(),
                slack.entry().format(), slack.entry().components(), null, false, false, false));
        assertThat(raw().get("services").get(2).toString()).isEqualTo("{\"id\":\"slack\"}");
        assertThat(m.selectedProperty().get().id()).isEqualTo("slack");
        assertThat(m.infoProperty().get()).isEqualTo("Added Slack");
        m.searchTextProperty().set("slack");
        assertThat(m.results().get(0).watched()).isTrue();

        int before = applied.size();
        assertThat(m.addFromCatalog(slack.entry())).isFalse();
        assertThat(m.infoProperty().get()).isEqualTo("Slack is already watched");
        assertThat(applied).hasSize(before);
    }

    @Test
    void aDetectedPageIsAddedWithItsFormatAnIdFromItsHostAndTheChosenComponents() throws Exception {
        SettingsModel m = model();

        m.detect("status.example.com");

        assertThat(detected).containsExactly(URI.create("https://status.example.com"));
        DetectedPage preview = m.previewProperty().get();
        assertThat(preview.name()).isEqualTo("Example Cloud");
        assertThat(preview.format()).isEqualTo("statuspage");
        assertThat(preview.status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(preview.components()).containsExactly(API, DASHBOARD);
        assertThat(m.detectProblemProperty().get()).isEmpty();

        assertThat(m.addDetected(List.of(API))).isTrue();

        assertSavedAndApplied(m);
        ServiceConfig added = m.config().services().get(2);
        assertThat(added).isEqualTo(new ServiceConfig("status-example-com", "Example Cloud", "https://status.example.com",
                "statuspage", List.of("Core / API"), null, false, false, true));
        JsonNode entry = raw().get("services").get(2);
        assertThat(entry.get("url").asText()).isEqualTo("https://status.example.com");
        assertThat(entry.get("format").asText()).isEqualTo("statuspage");
        assertThat(m.previewProperty().get()).isNull();

        m.detect("https://status.example.com/other");
        assertThat(m.addDetected(List.of())).isTrue();
        ServiceConfig second = m.config().services().get(3);
        assertThat(second.id()).isEqualTo("status-example-com-2");
        assertThat(second.components()).isEmpty();
        assertThat(raw().get("services").get(3).has("components")).isFalse();
        assertSavedAndApplied(m);

        m.detect("https://status.example.com/");
        assertThat(m.addDetected(List.of())).isFalse();
        assertThat(m.errorProperty().get()).contains("already watched as Example Cloud");
    }

    @Test
    void anAddressThatIsNotHttpIsRefusedWithoutDetecting() {
        SettingsModel m = model();

        m.detect("ftp://example.com/status");
        assertThat(m.detectProblemProperty().get()).isEqualTo("Only http and https URLs can be checked, not ftp:");
        m.detect("file:///etc/passwd");
        assertThat(m.detectProblemProperty().get()).startsWith("Only http and https");
        m.detect("   ");
        assertThat(m.detectProblemProperty().get()).startsWith("Type the address of a status page");

        assertThat(detected).isEmpty();
        assertThat(m.previewProperty().get()).isNull();
        assertThat(m.detectingProperty().get()).isFalse();
        assertThat(m.addDetected(List.of())).isFalse();
        assertThat(applied).isEmpty();
    }

    @Test
    void aPageThatCannotBeReadGivesItsReason() {
        SettingsModel m = model(file, uri -> new PageResult.Failed(uri, FailureKind.UNREACHABLE, "connection refused", 0, null),
                Runnable::run, Runnable::run);

        m.detect("https://status.example.com");

        assertThat(m.previewProperty().get()).isNull();
        assertThat(m.detectProblemProperty().get()).isEqualTo("Cannot reach status.example.com: connection refused");

        SettingsModel unreadable = model(file, uri -> new PageResult.Failed(uri, FailureKind.UNREADABLE,
                "no known status format found", 0, null), Runnable::run, Runnable::run);
        unreadable.detect("https://example.com");
        assertThat(unreadable.detectProblemProperty().get())
                .isEqualTo("Not a status page StatusTray can read: no known status format found");
    }

    @Test
    void detectionRunsOnTheBackgroundExecutorAndIsPublishedOnTheFxOne() {
        Queue<Runnable> background = new ArrayDeque<>();
        Queue<Runnable> fx = new ArrayDeque<>();
        SettingsModel m = model(file, reads(page("Example Cloud", List.of()), detected), background::add, fx::add);

        m.detect("https://status.example.com");
        assertThat(detected).isEmpty();
        assertThat(m.detectingProperty().get()).isTrue();

        background.remove().run();
        assertThat(detected).hasSize(1);
        assertThat(m.previewProperty().get()).isNull();

        fx.remove().run();
        assertThat(m.detectingProperty().get()).isFalse();
        assertThat(m.previewProperty().get().name()).isEqualTo("Example Cloud");

        m.detect("https://one.example.com");
        m.detect("https://two.example.com");
        background.remove().run();
        background.remove().run();
        fx.remove().run();
        assertThat(m.previewProperty().get()).as("a superseded run is dropped").isNull();
        fx.remove().run();
        assertThat(m.previewProperty().get().address()).isEqualTo(URI.create("https://two.example.com"));
    }

    @Test
    void eachChangeIsWrittenAndAppliedAndUnknownKeysSurvive() throws Exception {
        SettingsModel m = model();
        m.select("openai");
        List<ComponentChoice> choices = m.componentChoices("openai");
        assertThat(choices).extracting(ComponentChoice::label).containsExactly("Core / API", "Core / Web", "Dashboard");
        assertThat(choices).noneMatch(ComponentChoice::chosen);

        assertThat(m.setComponentWatched("openai", choices.get(0), true)).isTrue();
        assertSavedAndApplied(m);
        assertThat(m.selectedProperty().get().components()).containsExactly("Core / API");
        assertThat(m.componentChoices("openai")).extracting(ComponentChoice::chosen).containsExactly(true, false, false);

        assertThat(m.setServiceInterval("openai", "10")).isTrue();
        assertThat(m.selectedProperty().get().pollIntervalSeconds()).isEqualTo(30);
        assertThat(m.infoProperty().get()).contains("every 30 s").contains("not 10 s");
        assertSavedAndApplied(m);
        assertThat(m.setServiceInterval("openai", "120 s")).isTrue();
        assertThat(raw().get("services").get(0).get("pollIntervalSeconds").asInt()).isEqualTo(120);
        assertThat(m.setServiceInterval("openai", "")).isTrue();
        assertThat(m.selectedProperty().get().pollIntervalSeconds()).isNull();
        assertThat(m.setServiceInterval("openai", "often")).isFalse();
        assertThat(m.errorProperty().get()).contains("whole number of seconds");

        assertThat(m.setMuted("github", true)).isTrue();
        assertSavedAndApplied(m);
        assertThat(raw().get("services").get(1).get("muted").asBoolean()).isTrue();
        assertThat(m.setWatchUntilRecovered("github", true)).isTrue();
        assertThat(m.config().services().get(1).muted()).isFalse();
        assertThat(m.config().services().get(1).watchUntilRecovered()).isTrue();
        assertThat(m.infoProperty().get()).isEqualTo("GitHub is unmuted so that its recovery is told");
        assertSavedAndApplied(m);

        assertThat(m.setQuietHours(true, "22:00", "7:00")).isTrue();
        assertThat(m.config().quietHours()).isEqualTo(new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0)));
        assertSavedAndApplied(m);
        assertThat(raw().get("notifications").get("quietHours").toString()).isEqualTo("{\"start\":\"22:00\",\"end\":\"07:00\"}");
        assertThat(m.setQuietHours(true, "late", "07:00")).isFalse();
        assertThat(m.errorProperty().get()).startsWith("Quiet hours need");
        assertThat(m.config().quietHours()).isNotNull();

        assertThat(m.setMaintenanceNotifications(true)).isTrue();
        assertSavedAndApplied(m);
        assertThat(raw().get("notifications").get("maintenance").asBoolean()).isTrue();

        assertThat(m.setGlobalInterval("20")).isTrue();
        assertThat(m.config().pollIntervalSeconds()).isEqualTo(30);
        assertThat(m.infoProperty().get()).contains("not 20 s");
        assertSavedAndApplied(m);
        assertThat(m.setGlobalInterval("")).isTrue();
        assertThat(m.config().pollIntervalSeconds()).isEqualTo(60);

        JsonNode root = raw();
        assertThat(root.get("theme").asText()).isEqualTo("dark");
        assertThat(root.get("services").get(0).get("note").asText()).isEqualTo("keep me");
        assertThat(root.get("notifications").get("sound").asText()).isEqualTo("ping");
        assertThat(m.errorProperty().get()).isEmpty();
    }

    @Test
    void untickingOneComponentOfAWatchedGroupKeepsTheRestOfIt() {
        SettingsModel m = model();
        m.setComponents("openai", List.of("Core", "Dashboard"));
        List<ComponentChoice> choices = m.componentChoices("openai");
        assertThat(choices).extracting(ComponentChoice::chosen).containsExactly(true, true, true);

        m.setComponentWatched("openai", choices.get(0), false);

        assertThat(m.config().services().get(0).components()).containsExactly("Core / Web", "Dashboard");
        m.setComponents("openai", List.of("Core / Web", "Billing"));
        assertThat(m.componentChoices("openai")).extracting(ComponentChoice::label, ComponentChoice::chosen)
                .containsExactly(tuple("Core / API", false),
                        tuple("Core / Web", true),
                        tuple("Dashboard", false),
                        tuple("Billing", true));
        assertThat(m.componentChoices("github")).as("never read: nothing to choose from").isEmpty();
    }

    @Test
    void removingAndMovingRewriteTheList() throws Exception {
        SettingsModel m = model();
        m.select("openai");
        assertThat(m.move("github", -1)).isTrue();
        assertThat(raw().get("services").get(0).get("id").asText()).isEqualTo("github");
        assertThat(m.move("github", -1)).isFalse();

        assertThat(m.remove("openai")).isTrue();
        assertSavedAndApplied(m);
        assertThat(m.config().services()).extracting(ServiceConfig::id).containsExactly("github");
        assertThat(m.selectedProperty().get().id()).isEqualTo("github");
        assertThat(m.infoProperty().get()).isEqualTo("Removed OpenAI");
    }

    @Test
    void aFileThatCannotBeWrittenIsToldAndTheChangeStillApplies() throws Exception {
        Path blocker = tmp.resolve("blocker");
        Files.writeString(blocker, "a file where a directory should be");
        SettingsModel m = model(blocker.resolve("config.json"), reads(page("x", List.of()), detected), Runnable::run, Runnable::run);

        assertThat(m.setMuted("openai", true)).isTrue();

        assertThat(m.errorProperty().get()).startsWith("The settings could not be saved (")
                .endsWith("the change applies until StatusTray quits").doesNotContain("\n");
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).services().get(0).muted()).isTrue();
        assertThat(m.config().services().get(0).muted()).isTrue();
        assertThat(Files.readString(file)).isEqualTo(ORIGINAL);
    }

    @Test
    void settingsChangedElsewhereAreShownWithoutWritingOrApplying() throws Exception {
        SettingsModel m = model();
        m.select("github");
        AppConfig muted = ConfigFile.load(file, CATALOG).config();
        List<ServiceConfig> services = new ArrayList<>(muted.services());
        services.set(1, ServiceEdits.flags(services.get(1), true, false));
        AppConfig changed = new AppConfig(60, services, false, null);

        m.replaceConfig(changed);

        assertThat(m.config()).isEqualTo(changed);
        assertThat(m.selectedProperty().get().muted()).isTrue();
        assertThat(m.services()).containsExactlyElementsOf(services);
        assertThat(applied).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(ORIGINAL);
    }

    @Test
    void startAtLoginWritesTheAutostartEntry() throws Exception {
        SettingsModel m = model();
        assertThat(m.canStartAtLogin()).isTrue();
        assertThat(m.startAtLoginProperty().get()).isFalse();

        assertThat(m.setStartAtLogin(true)).isTrue();
        assertThat(m.startAtLoginProperty().get()).isTrue();
        assertThat(Files.readString(tmp.resolve("autostart/statustray.desktop"))).contains("Exec=statustray\n");

        assertThat(m.setStartAtLogin(false)).isTrue();
        assertThat(tmp.resolve("autostart/statustray.desktop")).doesNotExist();
        assertThat(applied).as("not part of the config file").isEmpty();

        SettingsModel unavailable = new SettingsModel(file, m.config(), CATALOG, uri -> null, id -> Optional.empty(),
                new Autostart(tmp.resolve("x.desktop"), null, Autostart.Kind.XDG_AUTOSTART), Runnable::run, Runnable::run,
                ConfigChanges.writing(file, CATALOG, m.config(), applied::add));
        assertThat(unavailable.canStartAtLogin()).isFalse();
        assertThat(unavailable.setStartAtLogin(true)).isFalse();
        assertThat(unavailable.errorProperty().get()).startsWith("Cannot start StatusTray at login: StatusTray was not started");
        assertThat(tmp.resolve("x.desktop")).doesNotExist();
    }
}
