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
    void longLinesAreWrappedBetweenWordsForThePopUpDoesNotWrapThem() {
        // seen by hand: an early warning's title and body ran off the left edge of the screen
        String title = "GitHub not answering from here for 2 s — status page still says operational";
        String body = "Its own address gives no answer (connection refused by 127.0.0.1:18932), while other hosts"
                + " answer.\nStatusTray will tell you when its page says more.";

        PopupNotifier.PopupText text = PopupNotifier.text(notice(title, body, Status.DEGRADED, Urgency.NORMAL, "t"));

        assertThat(text.title().lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(PopupNotifier.LINE))
                .hasSize(2);
        assertThat(text.text().lines()).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(PopupNotifier.LINE));
        assertThat(text.text().replace('\n', ' ')).isEqualTo(body.replace('\n', ' '));
        assertThat(PopupNotifier.wrapped("x".repeat(80) + " y")).isEqualTo("x".repeat(80) + "\ny");
        assertThat(PopupNotifier.wrapped("short")).isEqualTo("short");
    }

    @Test
    void showingWithoutJavaFxRunningDoesNotThrow() {
        try (PopupNotifier notifier = new PopupNotifier(new RecordingActions())) {
            notifier.show(notice("x", "y", Status.DEGRADED, Urgency.LOW, "t"));
            assertThat(notifier.describe()).isEqualTo("pop-up windows");
        }
    }
}
