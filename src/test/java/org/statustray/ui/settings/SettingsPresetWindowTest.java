package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.platform.Autostart;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** On screen: Cloudflare watched by its id alone lists its whole page in Settings, the defaults ticked. */
@ExtendWith(ApplicationExtension.class)
class SettingsPresetWindowTest extends FxRobot {
    static final Catalog CATALOG = Catalog.builtIn();

    @TempDir
    Path tmp;
    SettingsWindow window;

    @BeforeEach
    void open() throws Exception {
        Path file = tmp.resolve("config.json");
        Files.writeString(file, "{\"services\": [{\"id\": \"cloudflare\"}]}");
        AppConfig current = ConfigFile.load(file, CATALOG).config();
        FxToolkit.setupFixture(() -> {
            SettingsModel model = new SettingsModel(file, current, CATALOG, uri -> null,
                    id -> id.equals("cloudflare") ? Optional.of(BigPages.cloudflare()) : Optional.empty(),
                    new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART),
                    Runnable::run, Platform::runLater, ConfigChanges.writing(file, CATALOG, current, c -> { }));
            window = new SettingsWindow(model, UiActions.NONE);
            window.show();
        });
        TabPane tabs = lookup("#settings-tabs").queryAs(TabPane.class);
        FxToolkit.setupFixture(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.stage().close());
    }

    @Test
    void theWholePageIsListedWithTheDefaultsTicked() throws Exception {
        List<String> preset = CATALOG.byId("cloudflare").orElseThrow().components();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#service-components-summary").tryQuery().isPresent());

        assertThat(lookup("#service-components-summary").queryLabeled().getText())
                .isEqualTo("462 components · " + preset.size() + " ticked");
        List<String> tickedBoxes = lookup("#service-components").queryAs(VBox.class).getChildren().stream()
                .map(n -> (CheckBox) n).filter(b -> b.isSelected() && !b.isIndeterminate()).map(CheckBox::getText).toList();
        assertThat(tickedBoxes).containsAll(preset);
    }
}
