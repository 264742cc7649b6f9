package org.statustray.ui.settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.platform.Autostart;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;
import org.statustray.testing.FxKeys;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** The settings window, headless: its title, the catalogue search, adding a service, muting one. */
@ExtendWith(ApplicationExtension.class)
class SettingsWindowTest extends FxRobot {
    static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path tmp;
    Path file;
    final List<AppConfig> applied = new ArrayList<>();
    SettingsWindow window;

    @BeforeEach
    void open() throws Exception {
        file = tmp.resolve("config.json");
        Files.writeString(file, "{\"services\": [{\"id\": \"openai\"}, {\"id\": \"github\"}]}");
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        FxToolkit.setupFixture(() -> {
            SettingsModel model = new SettingsModel(file, current, CATALOG, uri -> null, id -> Optional.empty(),
                    new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART),
                    Runnable::run, Platform::runLater, ConfigChanges.writing(file, CATALOG, current, applied::add));
            window = new SettingsWindow(model, UiActions.NONE);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.stage().close());
    }

    List<String> watchedIds() {
        return ConfigFile.load(file, CATALOG).config().services().stream().map(ServiceConfig::id).toList();
    }

    void showTab(int index) throws Exception {
        TabPane tabs = lookup("#settings-tabs").queryAs(TabPane.class);
        FxToolkit.setupFixture(() -> tabs.getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void focus(String query) throws Exception {
        FxKeys.focus(lookup(query).query());
    }

    void key(KeyCode code) throws Exception {
        FxKeys.press(window.stage().getScene(), code);
    }

    @Test
    void opensUnderItsTitle() {
        assertThat(window.isShowing()).isTrue();
        Stage stage = window.stage();
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Settings — StatusTray");
        assertThat(stage.getScene().getWidth()).isEqualTo(900);
    }

    @Test
    void searchingTheCatalogueNarrowsItAndTheKeyboardAddsTheChosenService() throws Exception {
        showTab(1);
        @SuppressWarnings("unchecked")
        ListView<CatalogResult> results = lookup("#catalog-results").queryAs(ListView.class);
        assertThat(results.getItems()).hasSize(CATALOG.all().size());

        focus("#catalog-search");
        write("slack");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> results.getItems().size() < CATALOG.all().size());
        assertThat(results.getItems()).isNotEmpty();
        assertThat(results.getItems().get(0).entry().id()).isEqualTo("slack");
        assertThat(results.getItems()).allMatch(r -> (r.entry().id() + r.entry().name() + r.entry().url()
                + r.entry().category() + r.entry().aliases()).toLowerCase().contains("slack"));

        key(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, results::isFocused);
        key(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> watchedIds().contains("slack"));
        assertThat(watchedIds()).containsExactly("openai", "github", "slack");
        assertThat(applied).hasSize(1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> results.getItems().get(0).watched());
        assertThat(lookup("#settings-info").queryLabeled().getText()).isEqualTo("Added Slack");
    }

    @Test
    void theAddButtonAddsTheChosenResult() throws Exception {
        showTab(1);
        Button add = lookup("#catalog-add").queryButton();
        assertThat(add.isDisabled()).as("nothing chosen yet").isTrue();
        focus("#catalog-search");
        write("anthro");
        @SuppressWarnings("unchecked")
        ListView<CatalogResult> results = lookup("#catalog-results").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !results.getItems().isEmpty()
                && results.getItems().get(0).entry().id().equals("anthropic"));
        key(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !add.isDisabled());

        focus("#catalog-add");
        key(KeyCode.SPACE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> watchedIds().contains("anthropic"));
        assertThat(Files.readString(file)).contains("{\n    \"id\" : \"anthropic\"\n  }");
    }

    @Test
    void togglingMuteWritesTheFile() throws Exception {
        showTab(0);
        @SuppressWarnings("unchecked")
        ListView<ServiceConfig> services = lookup("#service-list").queryAs(ListView.class);
        assertThat(services.getItems()).extracting(ServiceConfig::id).containsExactly("openai", "github");
        assertThat(services.getSelectionModel().getSelectedIndex()).as("the first is shown at first").isZero();
        focus("#service-list");
        key(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> services.getSelectionModel().getSelectedIndex() == 1);
        CheckBox mute = lookup("#service-muted").queryAs(CheckBox.class);
        assertThat(mute.isSelected()).isFalse();

        focus("#service-muted");
        key(KeyCode.SPACE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ConfigFile.load(file, CATALOG).config().services().get(1).muted());
        assertThat(ConfigFile.load(file, CATALOG).config().services().get(0).muted()).isFalse();
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).services().get(1).muted()).isTrue();
        assertThat(services.getSelectionModel().getSelectedItem().id()).as("still the chosen service").isEqualTo("github");
        assertThat(mute.isSelected()).isTrue();
        assertThat(services.getSelectionModel().getSelectedItem().muted()).isTrue();

        key(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ConfigFile.load(file, CATALOG).config().services().get(1).muted());
        assertThat(applied).hasSize(2);
    }
}
