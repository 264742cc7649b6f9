package org.statustray.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.statustray.model.PageTrouble;
import org.statustray.model.ServiceView;
import org.statustray.model.Status;
import org.statustray.testing.MovableClock;
import org.statustray.ui.UiActions;

/**
 * The overview tells a page that cannot be reached from one that answers but does not read, and offers "Detect
 * again" for the second only, once until its next check. Without a screen.
 */
class OverviewDetectAgainTest {
    static final Instant NOW = Instant.parse("2026-12-07T13:45:00Z");

    final List<String> calls = new CopyOnWriteArrayList<>();
    final UiActions recording = new UiActions() {
        @Override
        public void openTimeline(String serviceId) {
        }

        @Override
        public void openUrl(String url) {
        }

        @Override
        public void detectAgain(String serviceId) {
            calls.add("detect " + serviceId);
        }
    };

    static List<ServiceView> views(Instant movedChecked) {
        return List.of(
                failing("moved", "https://status.moved.com", Status.UNKNOWN, "HTTP 404 Not Found", movedChecked,
                        PageTrouble.UNREADABLE),
                failing("down", "https://status.down.com", Status.UNKNOWN, "connection refused by status.down.com:443",
                        NOW.minusSeconds(20), PageTrouble.UNREACHABLE),
                failing("html", "https://status.html.com", Status.DEGRADED, "the server sent an HTML or XML page, not JSON",
                        NOW.minusSeconds(20), PageTrouble.UNREADABLE));
    }

    static ServiceView failing(String id, String url, Status status, String failure, Instant checked, PageTrouble trouble) {
        return new ServiceView(id, id, url, status, "Minor Service Outage", failure, checked, NOW.minusSeconds(3600),
                List.of(), List.of()).withTrouble(trouble);
    }

    @Test
    void eachStateIsToldAsWhatItIs() {
        OverviewModel model = new OverviewModel(new MovableClock(NOW), ZoneId.of("UTC"));
        model.update(views(NOW.minusSeconds(20)));

        OverviewRow moved = model.rows().get(0);
        assertThat(moved.statusWord()).isEqualTo("unreadable");
        assertThat(moved.unknownReason()).isEqualTo("status.moved.com answers, but not as a status page StatusTray can "
                + "read — its format may have changed: HTTP 404 Not Found");
        assertThat(moved.detectAgain()).isTrue();
        OverviewRow down = model.rows().get(1);
        assertThat(down.statusWord()).isEqualTo("unreachable");
        assertThat(down.unknownReason()).isEqualTo("Cannot reach status.down.com: connection refused by status.down.com:443");
        assertThat(down.detectAgain()).as("a new detection would not reach it either").isFalse();
        OverviewRow html = model.rows().get(2);
        assertThat(html.statusWord()).as("a failed read or two keeps the last good status").isEqualTo("degraded");
        assertThat(html.lastGood()).startsWith("Could not read the page (the server sent an HTML or XML page, not JSON)");
        assertThat(html.detectAgain()).isTrue();
        assertThat(model.summary().text()).isEqualTo("1 of 3 services needs attention · 1 cannot be reached · 1 cannot be read");
    }

    @Test
    void detectAgainIsAskedOnceUntilTheNextCheck() {
        OverviewModel model = new OverviewModel(new MovableClock(NOW), ZoneId.of("UTC"));
        model.update(views(NOW.minusSeconds(20)));

        assertThat(model.detectAgain("down", recording)).isFalse();
        assertThat(model.detectAgain("moved", recording)).isTrue();
        assertThat(model.detectAgain("moved", recording)).as("already being detected").isFalse();
        assertThat(calls).containsExactly("detect moved");
        assertThat(model.rows().get(0).detecting()).isTrue();
        assertThat(model.rows().get(0).detectAgainText()).isEqualTo("Detecting…");

        model.update(views(NOW.minusSeconds(20)));
        assertThat(model.rows().get(0).detecting()).as("another service's poll: not checked yet").isTrue();

        model.update(views(NOW));
        assertThat(model.rows().get(0).detecting()).as("checked since").isFalse();
        assertThat(model.detectAgain("moved", recording)).isTrue();
        assertThat(calls).containsExactly("detect moved", "detect moved");
    }
}
