package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.app.TrayAppEndToEndTest.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.desktop.NoticeActions;
import org.statustray.desktop.Notifier;
import org.statustray.desktop.Tray;
import org.statustray.desktop.TrayActions;
import org.statustray.desktop.sni.FakeWatcher;
import org.statustray.model.CatalogEntry;
import org.statustray.model.Notice;
import org.statustray.platform.WelcomeMark;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigFile;
import org.statustray.testing.FakeNotificationServer;
import org.statustray.testing.LocalServer;
import org.statustray.testing.PrivateSessionBus;
import org.statustray.watch.DetectorPageSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first start (no settings file): the default settings are written, the welcome shows once while the
 * default services are already being polled, and no later start shows it again — not with the settings
 * file in place, and not when it was deleted since. The default services are served by a local server.
 */
class FirstRunTest {
    static final String WELCOME = "Welcome — StatusTray";

    @TempDir
    Path dir;

    @Test
    void theFirstStartWelcomesOnceWhilePollingAndLaterStartsDoNot() throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(Files.createDirectories(dir.resolve("bus")));
             LocalServer server = defaultServices()) {
            FakeNotificationServer.start(bus.connect(), List.of("actions", "body"));
            FakeWatcher watcher = FakeWatcher.on(bus.connect());
            Path config = dir.resolve("config.json");
            Watching.Setup setup = setup(server, config);

            TrayApp.Running first = TrayApp.start(setup, null, TrayAppEndToEndTest.quiet(), TrayAppEndToEndTest.desktop(bus));
            try {
                await(() -> !watcher.registered.isEmpty());
                Stage welcome = showing(WELCOME);
                await(() -> server.requests("/github") >= 1);
                assertThat(welcome.isShowing()).as("polled while the welcome is open").isTrue();
                assertThat(titles()).containsOnlyOnce(WELCOME);
                assertThat(text(welcome)).contains("Watched now: OpenAI, Anthropic, GitHub, Google Cloud, Slack and"
                        + " Amazon Web Services.", "choose “Settings” in the tray icon's menu");
                assertThat(ConfigFile.load(config, setup.catalog()).firstRun()).isFalse();
                assertThat(WelcomeMark.isSet(dir.resolve("data"))).isTrue();

                Platform.runLater(welcome::hide); // closed without choosing: the app goes on in the tray
                int polled = server.requests("/openai");
                // "Refresh now" leaves a service whose poll is in flight alone: pressed again until one is not
                await(() -> {
                    first.actions().refreshNow();
                    return server.requests("/openai") > polled;
                });
            } finally {
                first.close();
            }

            assertThat(welcomeOnRestart(setup, bus)).as("the settings file is there now").isFalse();
            Files.delete(config);
            assertThat(welcomeOnRestart(setup, bus)).as("settings deleted, but the welcome was offered").isFalse();
            Files.delete(WelcomeMark.file(dir.resolve("data")));
            assertThat(welcomeOnRestart(setup, bus)).as("settings from an earlier version, no mark").isFalse();
        }
    }

    @Test
    void withoutATrayTheWelcomeShowsBesideTheWindowThatStandsInForIt() throws Exception {
        try (LocalServer server = defaultServices()) {
            TrayApp.Running app = TrayApp.start(setup(server, dir.resolve("config.json")), null,
                    TrayAppEndToEndTest.quiet(), noTray());
            try {
                Stage welcome = showing(WELCOME);
                showing("StatusTray");
                assertThat(text(welcome)).contains("There is no tray icon on this desktop",
                        "click Settings in the StatusTray window");
                await(() -> server.requests("/github") >= 1);
                assertThat(titles()).containsOnlyOnce(WELCOME);
            } finally {
                app.close();
            }
        }
    }

    /** Starts the app again; whether the welcome showed by the time a window asked for after it did. */
    private boolean welcomeOnRestart(Watching.Setup setup, PrivateSessionBus bus) throws Exception {
        TrayApp.Running again = TrayApp.start(setup, null, TrayAppEndToEndTest.quiet(), TrayAppEndToEndTest.desktop(bus));
        try {
            again.actions().openHistory(); // queued behind the welcome, were there one to show
            showing("Incident history — StatusTray");
            WaitForAsyncUtils.waitForFxEvents();
            return titles().contains(WELCOME);
        } finally {
            again.close();
        }
    }

    /** The catalogue's default services, each at the local server as a calm Statuspage. */
    private static LocalServer defaultServices() {
        LocalServer server = LocalServer.start();
        byte[] calm = TrayAppEndToEndTest.Pages.calm().getBytes(StandardCharsets.UTF_8);
        ConfigFile.DEFAULT_SERVICES.forEach(id -> server.route("/" + id, ex -> LocalServer.respond(ex, 200,
                "application/json", calm)));
        return server;
    }

    private Watching.Setup setup(LocalServer server, Path config) {
        List<CatalogEntry> entries = Catalog.builtIn().all().stream().map(e -> new CatalogEntry(e.id(), e.name(),
                e.category(), "statuspage", server.root() + "/" + e.id(), List.of(), e.aliases(), null)).toList();
        return new Watching.Setup(config, dir.resolve("data"), Clock.systemUTC(), DetectorPageSource::new,
                new Catalog(entries));
    }

    private static DesktopSetup noTray() {
        return new DesktopSetup() {
            @Override
            public Chosen notifier(NoticeActions actions) {
                return new Chosen(new Notifier() {
                    @Override
                    public void show(Notice notice) {
                    }

                    @Override
                    public String describe() {
                        return "none";
                    }

                    @Override
                    public void close() {
                    }
                }, "none");
            }

            @Override
            public Optional<Tray> tray(TrayActions actions) {
                return Optional.empty();
            }
        };
    }

    /** The showing window with this title, once it shows. */
    private static Stage showing(String title) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> stages().stream()
                .anyMatch(s -> title.equals(s.getTitle()))));
        return onFx(() -> stages().stream().filter(s -> title.equals(s.getTitle())).findFirst().orElseThrow());
    }

    private static List<String> titles() throws Exception {
        return onFx(() -> stages().stream().map(Stage::getTitle).toList());
    }

    private static List<Stage> stages() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).map(w -> (Stage) w).toList();
    }

    /** Every label's text in the window, one string. */
    private static String text(Stage stage) throws Exception {
        return onFx(() -> String.join("\n", stage.getScene().getRoot().lookupAll(".label").stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).toList()));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(20, TimeUnit.SECONDS); // the first window of the run may take seconds on a busy machine
    }
}
