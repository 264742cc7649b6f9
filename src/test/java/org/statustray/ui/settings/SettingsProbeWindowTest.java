package org.statustray.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.AppConfig;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;
import org.statustray.testing.FxKeys;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The settings window's probe controls, headless: a service's address, "don't probe", and probing for all. */
@ExtendWith(ApplicationExtension.class)
class SettingsProbeWindowTest extends FxRobot {
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
            SettingsModel model = new SettingsModel(file, current, CATALOG, uri -> null, id -> Optional.empty(), null,
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

    ServiceConfig savedOpenAi() {
        return ConfigFile.load(file, CATALOG).config().services().get(0);
    }

    void key(KeyCode code) throws Exception {
        FxKeys.press(window.stage().getScene(), code);
    }

    @Test
    void aTypedAddressIsSavedAndDontProbeTurnsTheServiceOff() throws Exception {
        TextField address = lookup("#service-probe").queryAs(TextField.class);
        CheckBox off = lookup("#service-no-probe").queryAs(CheckBox.class);
        assertThat(address.getText()).isEmpty();
        assertThat(address.getPromptText()).as("blank means the catalogue's").isEqualTo("https://api.openai.com/v1/models");
        assertThat(off.isSelected()).isFalse();

        FxKeys.focus(address);
        write("https://chatgpt.com/");
        key(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> savedOpenAi().probe().equals(new ProbeSetting.At("https://chatgpt.com/")));
        assertThat(applied).hasSize(1);
        assertThat(address.getText()).isEqualTo("https://chatgpt.com/");

        FxKeys.focus(off);
        key(KeyCode.SPACE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> savedOpenAi().probe().equals(ProbeSetting.OFF));
        assertThat(Files.readString(file)).contains("\"probe\" : false");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, address::isDisabled);
        assertThat(off.isSelected()).isTrue();

        key(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> savedOpenAi().probe().equals(ProbeSetting.CATALOGUE));
        assertThat(Files.readString(file)).doesNotContain("\"probe\"");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !address.isDisabled() && address.getText().isEmpty());
    }

    @Test
    void theGeneralSwitchTurnsProbingOffForAll() throws Exception {
        TabPane tabs = lookup("#settings-tabs").queryAs(TabPane.class);
        FxToolkit.setupFixture(() -> tabs.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox probes = lookup("#probes").queryAs(CheckBox.class);
        assertThat(probes.isSelected()).isTrue();

        FxKeys.focus(probes);
        key(KeyCode.SPACE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ConfigFile.load(file, CATALOG).config().probes());
        assertThat(Files.readString(file)).contains("\"probes\" : false");
        assertThat(applied).hasSize(1);
        assertThat(probes.isSelected()).isFalse();
    }

    @Test
    void theEarlyWarningBoxIsSavedAndRestsWithTheGeneralSwitch() throws Exception {
        TabPane tabs = lookup("#settings-tabs").queryAs(TabPane.class);
        FxToolkit.setupFixture(() -> tabs.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox early = lookup("#early-warning").queryAs(CheckBox.class);
        CheckBox probes = lookup("#probes").queryAs(CheckBox.class);
        assertThat(early.isSelected()).isTrue();
        assertThat(early.isDisabled()).isFalse();
        assertThat(early.getText()).isEqualTo("Warn when a service stops answering from here _before its status page says so");

        FxKeys.focus(early);
        key(KeyCode.SPACE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ConfigFile.load(file, CATALOG).config().earlyWarning());
        assertThat(Files.readString(file)).contains("\"earlyWarning\" : false");
        assertThat(applied).hasSize(1);
        assertThat(early.isSelected()).isFalse();

        FxKeys.focus(probes);
        key(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ConfigFile.load(file, CATALOG).config().probes());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(early.isDisabled()).isTrue();
        assertThat(ConfigFile.load(file, CATALOG).config().earlyWarning()).isFalse();
    }
}
