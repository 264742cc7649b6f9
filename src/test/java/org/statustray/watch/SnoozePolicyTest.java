package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.model.Status.DEGRADED;
import static org.statustray.model.Status.OPERATIONAL;
import static org.statustray.watch.Pages.at;
import static org.statustray.watch.Pages.page;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;

/** A snooze can be ended by hand, runs out on its own, and says until when while it lasts. */
class SnoozePolicyTest {
    final ChangeDetector detector = new ChangeDetector();
    final NotificationPolicy policy = new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC);
    final ServiceConfig openai = Pages.openai();

    List<Notice> readAt(Snapshot s, int minute) {
        return policy.decide(openai, detector.onRead(openai, s, at(minute)), at(minute));
    }

    @Test
    void resumeEndsTheSnoozeAtOnceAndTheNextChangeIsToldAgain() {
        readAt(page(OPERATIONAL, OPERATIONAL), 1);
        policy.snoozeUntil(at(60));
        assertThat(policy.snoozedUntil(at(2))).isEqualTo(at(60));

        policy.resume();

        assertThat(policy.snoozed(at(2))).isFalse();
        assertThat(policy.snoozedUntil(at(2))).isNull();
        readAt(page(DEGRADED, OPERATIONAL), 3);
        assertThat(readAt(page(DEGRADED, OPERATIONAL), 4)).extracting(Notice::summary)
                .containsExactly("OpenAI: degraded");
    }

    @Test
    void aSnoozeRunsOutByTimeWithNothingDone() {
        readAt(page(OPERATIONAL, OPERATIONAL), 1);
        policy.snoozeUntil(at(10));

        readAt(page(DEGRADED, OPERATIONAL), 2);
        assertThat(readAt(page(DEGRADED, OPERATIONAL), 3)).as("snoozed: seen, not told").isEmpty();
        assertThat(policy.snoozedUntil(at(9))).isEqualTo(at(10));
        assertThat(policy.snoozedUntil(at(10))).as("over the moment it ends").isNull();

        readAt(page(OPERATIONAL, OPERATIONAL), 11);
        assertThat(readAt(page(OPERATIONAL, OPERATIONAL), 12)).extracting(Notice::summary)
                .containsExactly("OpenAI recovered");
    }

    @Test
    void untilTomorrowIsTheNextMidnightInTheUsersZone() {
        NotificationPolicy berlin = new NotificationPolicy(SentLog.inMemory(), ZoneId.of("Europe/Berlin"));
        Instant evening = Instant.parse("2026-12-07T18:40:00Z"); // 19:40 CET

        Instant until = berlin.snoozeUntilTomorrow(evening);

        assertThat(until).isEqualTo(Instant.parse("2026-12-07T23:00:00Z"));
        assertThat(berlin.snoozedUntil(evening)).isEqualTo(until);
    }
}
