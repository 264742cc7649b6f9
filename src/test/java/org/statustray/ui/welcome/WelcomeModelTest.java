package org.statustray.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.MenuWords;
import org.statustray.model.Status;
import org.statustray.platform.Autostart;

/** The welcome's words and its start-at-login offer, without a screen. */
class WelcomeModelTest {
    @TempDir
    Path tmp;

    Path entry() {
        return tmp.resolve("autostart/statustray.desktop");
    }

    CountingLoginStart login() {
        return new CountingLoginStart(new Autostart(entry(), "statustray", Autostart.Kind.XDG_AUTOSTART));
    }

    @Test
    void theLegendIsTheSixStatusesInTheirOrderEachWithItsWord() {
        WelcomeModel model = new WelcomeModel(List.of(), true, login());

        assertThat(model.legend()).extracting(WelcomeModel.LegendEntry::status).containsExactly(Status.values());
        assertThat(model.legend()).extracting(WelcomeModel.LegendEntry::word).containsExactly("operational",
                "maintenance", "degraded", "partial outage", "major outage", "unknown");
        assertThat(model.legend().get(5).meaning()).isEqualTo("the status page cannot be read");
        assertThat(model.legend()).allMatch(e -> !e.meaning().isBlank());
    }

    @Test
    void saysWhichServicesAreWatchedAndWhereToChangeThem() {
        assertThat(new WelcomeModel(List.of("OpenAI", "GitHub", "Slack"), true, login()).watchedSentence())
                .isEqualTo("Watched now: OpenAI, GitHub and Slack.");
        assertThat(new WelcomeModel(List.of("GitHub"), true, login()).watchedSentence()).isEqualTo("Watched now: GitHub.");
        assertThat(new WelcomeModel(List.of(), true, login()).watchedSentence()).isEqualTo("No service is watched yet.");

        WelcomeModel withTray = new WelcomeModel(List.of(), true, login());
        assertThat(withTray.whereToAdd()).isEqualTo("To add or remove services, choose “Settings” in the tray icon's menu; “Open StatusTray” there"
                + " shows them all.");
        assertThat(withTray.whereToAdd()).as("named as the tray menu names them")
                .contains("“" + MenuWords.SETTINGS + "”", "“" + MenuWords.OPEN + "”");
        assertThat(withTray.legendIntro()).startsWith("The tray icon takes the colour and shape of the worst status");
        WelcomeModel noTray = new WelcomeModel(List.of(), false, login());
        assertThat(noTray.whereToAdd()).isEqualTo("To add or remove services, click Settings in the StatusTray window.");
        assertThat(noTray.legendIntro()).startsWith("There is no tray icon on this desktop");
    }

    @Test
    void tickingStartAtLoginWritesTheEntryOnceAndUntickingRemovesIt() throws Exception {
        CountingLoginStart login = login();
        WelcomeModel model = new WelcomeModel(List.of(), true, login);
        assertThat(model.canStartAtLogin()).isTrue();
        assertThat(model.whyNotAtLogin()).isEmpty();
        assertThat(model.startAtLoginProperty().get()).isFalse();

        assertThat(model.setStartAtLogin(true)).isTrue();
        assertThat(model.setStartAtLogin(true)).as("already on: nothing more to write").isTrue();
        assertThat(login.enabled).hasValue(1);
        assertThat(model.startAtLoginProperty().get()).isTrue();
        assertThat(Files.readString(entry())).contains("Exec=statustray\n");

        assertThat(model.setStartAtLogin(false)).isTrue();
        assertThat(login.disabled).hasValue(1);
        assertThat(entry()).doesNotExist();
        assertThat(model.startAtLoginProperty().get()).isFalse();
    }

    @Test
    void anEntryAlreadyInPlaceShowsTicked() throws Exception {
        login().enable();
        assertThat(new WelcomeModel(List.of(), true, login()).startAtLoginProperty().get()).isTrue();
    }

    @Test
    void whereStartAtLoginIsUnavailableItSaysWhyAndOffersNothing() {
        WelcomeModel model = new WelcomeModel(List.of(), true,
                LoginStart.of(new Autostart(null, "statustray", Autostart.Kind.UNAVAILABLE)));

        assertThat(model.canStartAtLogin()).isFalse();
        assertThat(model.whyNotAtLogin()).isEqualTo(
                "Starting at login is not supported on this system.");
        assertThat(model.setStartAtLogin(true)).isFalse();
        assertThat(model.errorProperty().get()).startsWith("Cannot start StatusTray at login");
    }

    @Test
    void anEntryThatCannotBeWrittenIsSaidAndLeavesItOff() throws Exception {
        Files.writeString(tmp.resolve("autostart"), "a file where the directory should be");
        CountingLoginStart login = login();
        WelcomeModel model = new WelcomeModel(List.of(), true, login);

        assertThat(model.setStartAtLogin(true)).isFalse();
        assertThat(login.enabled).hasValue(1);
        assertThat(model.startAtLoginProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).startsWith("Cannot write " + entry()).endsWith(".");
    }
}
