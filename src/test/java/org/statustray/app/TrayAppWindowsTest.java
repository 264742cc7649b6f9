package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.app.TrayAppEndToEndTest.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.desktop.sni.FakeWatcher;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigFile;
import org.statustray.store.HistoryStore;
import org.statustray.testing.FakeNotificationServer;
import org.statustray.testing.FxKeys;
import org.statustray.testing.LocalServer;
import org.statustray.testing.PrivateSessionBus;
import org.statustray.testing.SeedStore;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The running app's windows (headless, Monocle): `--open` opens one at start, the tray's menu opens the
 * others with the contract's titles, Settings changes what the running app watches without a restart, and
 * closing every window leaves the app polling in the tray until Quit.
 */
class TrayAppWindowsTest {
    @TempDir
    Path dir;


    @Test
    void everyWindowOpensFromTheTrayAndSettingsTakeEffectWithoutARestart() throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(Files.createDirectories(dir.resolve("bus")));
             LocalServer server = LocalServer.start();
             HistoryStore seeded = HistoryStore.open(dir.resolve("data"))) {
            SeedStore.seed(seeded, 300, Instant.now().truncatedTo(ChronoUnit.SECONDS));
            seeded.close();
            server.route("/github/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json",
                    TrayAppEndToEndTest.Pages.calm().getBytes(StandardCharsets.UTF_8)));
            FakeNotificationServer.start(bus.connect(), List.of("actions", "body"));
            FakeWatcher watcher = FakeWatcher.on(bus.connect());
            Path config = dir.resolve("config.json");
            Files.writeString(config, "{\"services\": [{\"id\": \"github\", \"name\": \"GitHub\", \"url\": \""
                    + server.root() + "/github\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
            GlobalOptions options = GlobalOptions.parse(new String[] {"--config", config.toString(), "--data-dir",
                dir.resolve("data").toString(), "--open", "history"});

            TrayApp.Running app = TrayApp.start(options, TrayAppEndToEndTest.quiet(), TrayAppEndToEndTest.desktop(bus));
            await(() -> !watcher.registered.isEmpty());
            Stage history = showing("Incident history — StatusTray");
            TableView<?> table = (TableView<?>) history.getScene().lookup(".table-view");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 300);

            app.actions().openOverview();
            Stage overview = showing("StatusTray");
            ListView<?> services = (ListView<?>) overview.getScene().lookup(".list-view");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.getItems().size() == 1);
            app.actions().openTimeline("github");
            showing("GitHub — StatusTray");
            app.actions().openSettings();
            Stage settings = showing("Settings — StatusTray");

            addFromCatalogue(settings, "slack");
            await(() -> ids(ConfigFile.load(config, Catalog.builtIn()).config().services()).contains("slack"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> services.getItems().size() == 2);

            FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
            int polled = server.requests("/github/api/v2/summary.json");
            await(() -> server.requests("/github/api/v2/summary.json") >= polled + 2);
            app.actions().quit();
            app.awaitQuit();
            app.close();
        }
    }

    /** Types a search into the Add service tab's catalogue and adds the first result with the keyboard. */
    private static void addFromCatalogue(Stage settings, String query) throws Exception {
        TabPane tabs = (TabPane) settings.getScene().lookup("#settings-tabs");
        FxToolkit.setupFixture(() -> tabs.getSelectionModel().select(1));
        Node search = settings.getScene().lookup("#catalog-search");
        FxKeys.focus(search);
        FxToolkit.setupFixture(() -> ((TextField) search).setText(query));
        WaitForAsyncUtils.waitForFxEvents();
        FxKeys.press(settings.getScene(), KeyCode.DOWN);
        FxKeys.press(settings.getScene(), KeyCode.ENTER);
    }

    private static List<String> ids(List<ServiceConfig> services) {
        return services.stream().map(ServiceConfig::id).toList();
    }

    /** The showing window with this title, once it shows. */
    static Stage showing(String title) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> find(title).isPresent());
        return find(title).orElseThrow();
    }

    private static Optional<Stage> find(String title) throws Exception {
        CompletableFuture<Optional<Stage>> found = new CompletableFuture<>();
        Platform.runLater(() -> found.complete(Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && title.equals(s.getTitle()) && s.isShowing())
                .map(w -> (Stage) w).findFirst()));
        return found.get(5, TimeUnit.SECONDS);
    }
}
