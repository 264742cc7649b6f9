package org.statustray.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.statustray.model.Notice;

class NotifierChooserTest {

    /** A notifier that only has a name. */
    private record Named(String describe) implements Notifier {
        @Override
        public void show(Notice notice) {
        }

        @Override
        public void close() {
        }
    }

    private static final Named SERVICE = new Named("freedesktop notifications (dunst 1.9.0)");
    private static final Named BALLOONS = new Named("tray balloons");
    private static final Named POPUPS = new Named("pop-up windows");

    @Test
    void theNotificationServiceComesFirstOnLinux() {
        NotifierChooser.Choice choice = NotifierChooser.choose(true, () -> Optional.of(SERVICE), () -> true,
                () -> BALLOONS, () -> POPUPS);

        assertThat(choice.notifier()).isSameAs(SERVICE);
        assertThat(choice.description()).isEqualTo("notifications: freedesktop notifications (dunst 1.9.0)");
    }

    @Test
    void withoutAServiceTheTrayShowsBalloons() {
        NotifierChooser.Choice choice = NotifierChooser.choose(true, Optional::empty, () -> true,
                () -> BALLOONS, () -> POPUPS);

        assertThat(choice.notifier()).isSameAs(BALLOONS);
        assertThat(choice.description())
                .isEqualTo("notifications: tray balloons (no notification service on the session bus)");
    }

    @Test
    void withNeitherPopUpsShowAndSayWhy() {
        NotifierChooser.Choice choice = NotifierChooser.choose(true, Optional::empty, () -> false,
                () -> BALLOONS, () -> POPUPS);

        assertThat(choice.notifier()).isSameAs(POPUPS);
        assertThat(choice.description()).isEqualTo(
                "notifications: pop-up windows (no notification service on the session bus and no system tray)");
    }

    @Test
    void windowsAndMacUseTheTrayWithoutLookingForTheBus() {
        NotifierChooser.Choice choice = NotifierChooser.choose(false, () -> {
            throw new AssertionError("no D-Bus on Windows");
        }, () -> true, () -> BALLOONS, () -> POPUPS);

        assertThat(choice.notifier()).isSameAs(BALLOONS);
        assertThat(choice.description()).isEqualTo("notifications: tray balloons");
        assertThat(NotifierChooser.choose(false, Optional::empty, () -> false, () -> BALLOONS, () -> POPUPS)
                .description()).isEqualTo("notifications: pop-up windows (no system tray)");
    }

    @Test
    void knowsWhichSystemsAreFreedesktopOnes() {
        assertThat(NotifierChooser.isFreedesktopPlatform("Linux")).isTrue();
        assertThat(NotifierChooser.isFreedesktopPlatform("FreeBSD")).isTrue();
        assertThat(NotifierChooser.isFreedesktopPlatform("Windows 11")).isFalse();
        assertThat(NotifierChooser.isFreedesktopPlatform("Mac OS X")).isFalse();
    }
}
