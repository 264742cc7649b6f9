package org.statustray.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Status;
import org.statustray.platform.Autostart;
import org.statustray.testing.FxKeys;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The welcome window, headless (Monocle): the legend, the Settings button, the start-at-login offer, closing. */
@ExtendWith(ApplicationExtension.class)
class WelcomeWindowTest extends FxRobot {
    @TempDir
    Path tmp;
    final List<String> calls = new CopyOnWriteArrayList<>();
    final UiActions recording = new UiActions() {
        @Override
        public void openTimeline(String serviceId) {
            calls.add("timeline " + serviceId);
        }

        @Override
        public void openUrl(String url) {
            calls.add("url " + url);
        }

        @Override
        public void openSettings() {
            calls.add("settings");
        }
    };
    CountingLoginStart login;
    WelcomeWindow window;

    void open(Autostart autostart) throws Exception {
        login = new CountingLoginStart(autostart);
        FxToolkit.setupFixture(() -> {
            window = new WelcomeWindow(new WelcomeModel(List.of("OpenAI", "GitHub"), true, login), recording);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    void open() throws Exception {
        open(new Autostart(tmp.resolve("autostart/statustray.desktop"), "statustray", Autostart.Kind.XDG_AUTOSTART));
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> window.stage().close());
    }

    @Test
    void showsTheSixStatusesWithTheTraysMarksAndTheirWords() throws Exception {
        open();
        assertThat(window.stage().getTitle()).isEqualTo("Welcome — StatusTray");
        Node legend = lookup("#legend").query();
        List<Object> marks = lookup(".status-mark").queryAll().stream().filter(n -> isInside(n, legend))
                .map(Node::getUserData).toList();
        assertThat(marks).containsExactly((Object[]) Status.values());
        List<String> words = lookup(".label").queryAllAs(Label.class).stream().filter(l -> isInside(l, legend))
                .map(Label::getText).toList();
        assertThat(words).contains("operational", "maintenance", "degraded", "partial outage", "major outage",
                "unknown", "the status page cannot be read");
        assertThat(lookup("Watched now: OpenAI and GitHub.").tryQuery()).isPresent();
    }

    @Test
    void everySentenceIsShownWholeWithTheFirstStartsSixServices() throws Exception {
        login = new CountingLoginStart(new Autostart(tmp.resolve("a/statustray.desktop"), "statustray",
                Autostart.Kind.XDG_AUTOSTART));
        FxToolkit.setupFixture(() -> {
            window = new WelcomeWindow(new WelcomeModel(List.of("OpenAI", "Anthropic", "GitHub", "Google Cloud", "Slack",
                    "Amazon Web Services"), true, login), recording);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(lookup(".label").queryAllAs(Label.class)).allSatisfy(l -> assertThat(
                l.lookupAll(".text").stream().map(t -> ((javafx.scene.text.Text) t).getText()).reduce("", String::concat))
                .as("not cut: " + l.getText()).isEqualTo(l.getText()));
    }

    @Test
    void tickingStartAtLoginEnablesItExactlyOnce() throws Exception {
        open();
        clickOn("#start-at-login");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(login.enabled).hasValue(1);
        assertThat(login.disabled).hasValue(0);
        assertThat(lookup("#start-at-login").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(tmp.resolve("autostart/statustray.desktop")).exists();
    }

    @Test
    void theSettingsButtonOpensSettingsAndLeavesTheWelcomeOpen() throws Exception {
        open();
        clickOn("#open-settings");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(calls).containsExactly("settings");
        assertThat(window.isShowing()).isTrue();
    }

    @Test
    void withoutStartAtLoginHereItSaysWhyInsteadOfOfferingIt() throws Exception {
        open(new Autostart(null, null, Autostart.Kind.UNAVAILABLE));

        assertThat(lookup("#start-at-login").tryQuery()).isEmpty();
        assertThat(lookup("#start-at-login-unavailable").queryLabeled().getText())
                .isEqualTo("Starting at login is not supported on this system.");
    }

    @Test
    void escapeClosesItWithoutChoosing() throws Exception {
        open();
        FxKeys.focus(lookup("#open-settings").query());
        FxKeys.press(window.stage().getScene(), KeyCode.ESCAPE);

        assertThat(window.isShowing()).isFalse();
        assertThat(login.enabled).hasValue(0);
        assertThat(calls).isEmpty();
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }
}
