package org.statustray.desktop.awt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.desktop.Notices.notice;

import java.awt.TrayIcon.MessageType;
import org.junit.jupiter.api.Test;
import org.statustray.model.Notice.Urgency;
import org.statustray.model.Status;

class AwtNotifierTest {

    @Test
    void criticalIsAnErrorProblemsAreWarningsTheRestInformation() {
        assertThat(AwtNotifier.messageType(notice("a", "", Status.MAJOR_OUTAGE, Urgency.CRITICAL, "t")))
                .isEqualTo(MessageType.ERROR);
        assertThat(AwtNotifier.messageType(notice("a", "", Status.PARTIAL_OUTAGE, Urgency.NORMAL, "t")))
                .isEqualTo(MessageType.WARNING);
        assertThat(AwtNotifier.messageType(notice("a", "", Status.OPERATIONAL, Urgency.LOW, "t")))
                .isEqualTo(MessageType.INFO);
        assertThat(AwtNotifier.messageType(notice("a", "", Status.UNKNOWN, Urgency.NORMAL, "t")))
                .isEqualTo(MessageType.INFO);
    }

    @Test
    void buildsWithoutATrayIconAndSaysWhatItIs() {
        try (AwtNotifier notifier = new AwtNotifier(() -> null)) {
            assertThat(notifier.describe()).isEqualTo("tray balloons");
        }
    }
}
