package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.platform.Autostart;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A service just added lists its components once its page is first read, while it stays chosen. */
@ExtendWith(ApplicationExtension.class)
class SettingsFirstReadWindowTest extends FxRobot {
    static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path tmp;
    SettingsWindow window;
    SettingsModel model;
    final Map<String, Snapshot> reads = new ConcurrentHashMap<>();

    @BeforeEach
    void open() throws Exception {
        Path file = tmp.resolve("config.json");
        Files.writeString(file, "{\"services\": [{\"id\": \"github\"}]}");
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        FxToolkit.setupFixture(() -> {
            model = new SettingsModel(file, current, CATALOG,
                    uri -> new PageResult.Read(uri, "cstate", BigPages.tor(), Validators.NONE), id -> Optional.ofNullable(reads.get(id)),
                    new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART),
                    Runnable::run, Platform::runLater, ConfigChanges.writing(file, CATALOG, current, c -> { }));
            window = new SettingsWindow(model, UiActions.NONE);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.stage().close());
    }

    List<CheckBox> components() {
        return lookup("#service-components").queryAs(VBox.class).getChildren().stream().map(n -> (CheckBox) n).toList();
    }

    @Test
    void theComponentsOfAServiceJustAddedAppearWhenItsPageIsFirstReadWithoutChoosingItAgain() throws Exception {
        FxToolkit.setupFixture(() -> model.detect("https://status.torproject.org/index.json"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> model.previewProperty().get() != null);
        FxToolkit.setupFixture(() -> model.addDetected(List.of()));
        @SuppressWarnings("unchecked")
        ListView<ServiceConfig> services = lookup("#service-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> services.getItems().size() == 2);
        String added = services.getSelectionModel().getSelectedItem().id();
        assertThat(added).as("the service added is the one shown").isEqualTo("status-torproject-org");
        assertThat(components()).isEmpty();
        assertThat(lookup(".text-muted").queryAllAs(javafx.scene.control.Label.class).stream().map(l -> l.getText()))
                .anyMatch(t -> t.startsWith("StatusTray has not read this page yet"));

        reads.put(added, BigPages.tor());
        FxToolkit.setupFixture(() -> model.pageRead("github"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(components()).as("another page's read changes nothing here").isEmpty();

        FxToolkit.setupFixture(() -> model.pageRead(added));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !components().isEmpty());

        assertThat(components()).hasSize(19);
        assertThat(components().get(0).getText()).isEqualTo("Tor Network  (0 of 3)");
        assertThat(services.getSelectionModel().getSelectedItem().id()).isEqualTo(added);
        assertThat(lookup("#service-component-filter").query().isVisible()).isTrue();
    }
}
