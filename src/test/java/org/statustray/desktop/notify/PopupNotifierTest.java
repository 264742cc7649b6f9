package org.statustray.desktop.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.desktop.Notices.notice;

import org.junit.jupiter.api.Test;
import org.statustray.model.Notice.Urgency;
import org.statustray.model.Status;

class PopupNotifierTest {

    @Test
    void saysTheSummaryAndTheBody() {
        PopupNotifier.PopupText text = PopupNotifier.text(
                notice("OpenAI: degraded", "  Elevated error rates on ChatGPT\n", Status.DEGRADED, Urgency.NORMAL, "t"));

        assertThat(text).isEqualTo(new PopupNotifier.PopupText("OpenAI: degraded", "Elevated error rates on ChatGPT",
                false));
    }

    @Test
    void anEmptyBodySaysTheStatusAndMajorOutagesStay() {
        PopupNotifier.PopupText text = PopupNotifier.text(
                notice("GitHub: major outage", "", Status.MAJOR_OUTAGE, null, "t"));

        assertThat(text.text()).isEqualTo("Major Outage");
        assertThat(text.sticky()).isTrue();
    }

    @Test
    void aLongBodyIsCut() {
        String body = "word ".repeat(200);
        PopupNotifier.PopupText text = PopupNotifier.text(notice("", body, Status.DEGRADED, Urgency.LOW, "t"));

        assertThat(text.title()).isEqualTo("StatusTray");
        assertThat(text.text()).hasSizeLessThanOrEqualTo(PopupNotifier.MAX_TEXT).endsWith("…").startsWith("word word");
    }

    @Test
    void showingWithoutJavaFxRunningDoesNotThrow() {
        try (PopupNotifier notifier = new PopupNotifier(new RecordingActions())) {
            notifier.show(notice("x", "y", Status.DEGRADED, Urgency.LOW, "t"));
            assertThat(notifier.describe()).isEqualTo("pop-up windows");
        }
    }
}
