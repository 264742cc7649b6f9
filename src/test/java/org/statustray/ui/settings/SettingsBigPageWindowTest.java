package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.AppConfig;
import org.statustray.model.Component;
import org.statustray.model.Snapshot;
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

/** Adding a big page by its address, on screen: the filter, a group's tick, the Add button in view, duplicates. */
@ExtendWith(ApplicationExtension.class)
class SettingsBigPageWindowTest extends FxRobot {
    static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path tmp;
    Path file;
    SettingsWindow window;
    final AtomicReference<Snapshot> detected = new AtomicReference<>(BigPages.tor());

    @BeforeEach
    void open() throws Exception {
        file = tmp.resolve("config.json");
        Files.writeString(file, "{\"services\": [{\"id\": \"openai\"}, {\"id\": \"github\"}]}");
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        FxToolkit.setupFixture(() -> {
            SettingsModel model = new SettingsModel(file, current, CATALOG,
                    uri -> new PageResult.Read(uri, "cstate", detected.get(), Validators.NONE), id -> Optional.empty(),
                    new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART),
                    Runnable::run, Platform::runLater, ConfigChanges.writing(file, CATALOG, current, c -> { }));
            window = new SettingsWindow(model, UiActions.NONE);
            window.show();
        });
        TabPane tabs = lookup("#settings-tabs").queryAs(TabPane.class);
        FxToolkit.setupFixture(() -> tabs.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.stage().close());
    }

    void detect(String address) throws Exception {
        FxKeys.focus(lookup("#url-field").query());
        write(address);
        FxKeys.press(window.stage().getScene(), KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#url-add").tryQuery().isPresent());
    }

    List<CheckBox> rows() {
        return lookup("#url-components").queryAs(VBox.class).getChildren().stream().map(n -> (CheckBox) n).toList();
    }

    CheckBox row(String text) {
        return rows().stream().filter(b -> b.getText().startsWith(text)).findFirst().orElseThrow();
    }

    /** On screen: shown, and inside the window's scene from top to bottom. */
    boolean inView(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return node.isVisible() && b.getHeight() > 0 && b.getMinY() >= 0 && b.getMaxY() <= node.getScene().getHeight();
    }

    @Test
    void aGroupedPageIsFilteredTickedByGroupAndAddedWithTheButtonInView() throws Exception {
        detect("status.torproject.org");

        assertThat(lookup("#url-component-filter").query().isVisible()).as("15 components: a filter").isTrue();
        assertThat(rows().get(0).getText()).startsWith("Tor Network");
        assertThat(rows().get(1).getText()).as("disrupted first").isEqualTo("v3 Onion Services");

        FxKeys.focus(lookup("#url-component-filter").query());
        write("onion");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows().size() == 4);
        assertThat(rows()).extracting(CheckBox::getText).containsExactly("Tor Network  (0 of 3)", "v3 Onion Services",
                "Deprecated  (0 of 1)", "v2 Onion Services");
        assertThat(lookup("#url-components-summary").queryLabeled().getText()).isEqualTo("2 of 15 components shown · 0 ticked");

        FxKeys.focus(row("Tor Network"));
        FxKeys.press(window.stage().getScene(), KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row("Tor Network").isSelected());
        assertThat(row("v3 Onion Services").isSelected()).isTrue();
        assertThat(row("Tor Network").isFocused()).as("the focus stays on the group").isTrue();

        FxKeys.focus(row("v3 Onion Services"));
        FxKeys.press(window.stage().getScene(), KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> row("Tor Network").isIndeterminate());
        assertThat(row("Tor Network").getText()).isEqualTo("Tor Network  (2 of 3)");

        FxToolkit.setupFixture(() -> lookup("#url-component-filter").queryTextInputControl().clear());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows().size() == 19);
        assertThat(row("Directory Authorities").isSelected()).as("ticked by the group though hidden then").isTrue();

        Button add = lookup("#url-add").queryButton();
        assertThat(inView(add)).isTrue();
        FxKeys.focus(add);
        FxKeys.press(window.stage().getScene(), KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ConfigFile.load(file, CATALOG).config().services().size() == 3);
        assertThat(ConfigFile.load(file, CATALOG).config().services().get(2).components())
                .containsExactlyInAnyOrder("Tor Network / Directory Authorities", "Tor Network / Network Experiments");
    }

    @Test
    void withCloudflares462ComponentsTheListScrollsAndTheAddButtonStaysInView() throws Exception {
        detected.set(BigPages.cloudflare());
        detect("https://www.cloudflarestatus.com");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> rows().size() == 470);
        assertThat(rows().get(0).getText()).as("the first region in trouble first").isEqualTo("Africa  (0 of 33)");
        ScrollPane scroll = lookup("#url-components-scroll").queryAs(ScrollPane.class);
        assertThat(scroll.getViewportBounds().getHeight()).isLessThan(lookup("#url-components").query().getBoundsInLocal().getHeight());
        assertThat(inView(scroll)).isTrue();
        assertThat(inView(lookup("#url-add").query())).as("not scrolled away").isTrue();

        FxToolkit.setupFixture(() -> scroll.setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inView(lookup("#url-add").query())).isTrue();
    }

    @Test
    void anAddressAlreadyWatchedIsSaidWhileTypingAndNotDetected() throws Exception {
        FxKeys.focus(lookup("#url-field").query());
        write("WWW.githubstatus.com/api/v2/");

        Label duplicate = lookup("#url-duplicate").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, duplicate::isVisible);
        assertThat(duplicate.getText()).isEqualTo("GitHub already watches this page (https://www.githubstatus.com)");
        assertThat(lookup("#url-detect").queryButton().isDisabled()).isTrue();

        FxKeys.press(window.stage().getScene(), KeyCode.ENTER);
        assertThat(lookup("#url-add").tryQuery()).as("Enter does not detect it either").isEmpty();

        for (int i = 0; i < "/api/v2/".length(); i++) {
            FxKeys.press(window.stage().getScene(), KeyCode.BACK_SPACE);
        }
        write(".org");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !duplicate.isVisible());
        assertThat(lookup("#url-detect").queryButton().isDisabled()).isFalse();
    }
}
