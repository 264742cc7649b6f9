package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.model.Status.DEGRADED;
import static org.statustray.model.Status.MAJOR_OUTAGE;
import static org.statustray.model.Status.OPERATIONAL;
import static org.statustray.watch.Pages.at;
import static org.statustray.watch.Pages.page;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Notice;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;

/** Event sequences through the detector and the policy, as the watcher feeds them. */
class NotificationPolicyTest {
    ChangeDetector detector = new ChangeDetector();
    SentLog log = SentLog.inMemory();
    NotificationPolicy policy = new NotificationPolicy(log, ZoneOffset.UTC);
    ServiceConfig openai = Pages.openai();
    int minute;

    List<Notice> read(Snapshot s) {
        return read(openai, s);
    }

    List<Notice> read(ServiceConfig service, Snapshot s) {
        minute++;
        return policy.decide(service, detector.onRead(service, s, at(minute)), at(minute));
    }

    List<Notice> readTwice(Snapshot s) {
        List<Notice> all = new ArrayList<>(read(s));
        all.addAll(read(s));
        return all;
    }

    @Test
    void degradePartialRecoveryRecoveryGiveOneNoticeEach() {
        assertThat(read(page(OPERATIONAL, OPERATIONAL))).isEmpty();

        List<Notice> down = readTwice(page(MAJOR_OUTAGE, DEGRADED));
        assertThat(down).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("OpenAI: major outage");
            assertThat(n.body()).isEqualTo("Elevated errors\nWe are investigating elevated errors.");
            assertThat(n.urgency()).isEqualTo(Notice.Urgency.CRITICAL);
            assertThat(n.thread()).isEqualTo("openai|inc1");
        });

        List<Notice> partly = readTwice(page(OPERATIONAL, DEGRADED, "ChatGPT is back; fine-tuning is still slow."));
        assertThat(partly).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("ChatGPT recovered — Fine-tuning still degraded");
            assertThat(n.urgency()).isEqualTo(Notice.Urgency.NORMAL);
        });

        List<Notice> up = readTwice(page(OPERATIONAL, OPERATIONAL));
        assertThat(up).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("OpenAI recovered");
            assertThat(n.urgency()).isEqualTo(Notice.Urgency.LOW);
        });
        assertThat(readTwice(page(OPERATIONAL, OPERATIONAL))).isEmpty();
    }

    @Test
    void aNotModifiedAnswerConfirmsTheChangeSeenBefore() {
        read(page(OPERATIONAL, OPERATIONAL));
        assertThat(read(page(DEGRADED, OPERATIONAL))).isEmpty();
        minute++;
        assertThat(policy.decide(openai, detector.onUnchanged(openai, at(minute)), at(minute)))
                .extracting(Notice::summary).containsExactly("OpenAI: degraded");
        assertThat(policy.decide(openai, detector.onUnchanged(openai, at(minute + 1)), at(minute + 1))).isEmpty();
    }

    @Test
    void aChangeThatRevertsWithinOnePollGivesNothing() {
        read(page(OPERATIONAL, OPERATIONAL));
        assertThat(read(page(DEGRADED, OPERATIONAL))).as("held for confirmation").isEmpty();
        assertThat(read(page(OPERATIONAL, OPERATIONAL))).as("reverted").isEmpty();
        assertThat(read(page(OPERATIONAL, OPERATIONAL))).isEmpty();
    }

    @Test
    void aNewUpdateOfTheSameIncidentReplacesItsBubble() {
        read(page(OPERATIONAL, OPERATIONAL));
        Notice first = readTwice(page(DEGRADED, OPERATIONAL, "Investigating.")).get(0);
        List<Notice> update = read(page(DEGRADED, OPERATIONAL, "Investigating.", "A fix is being deployed."));
        assertThat(update).singleElement().satisfies(n -> {
            assertThat(n.thread()).isEqualTo(first.thread());
            assertThat(n.summary()).isEqualTo("OpenAI: Elevated errors (investigating)");
            assertThat(n.body()).isEqualTo("A fix is being deployed.");
        });
        assertThat(read(page(DEGRADED, OPERATIONAL, "Investigating.", "A fix is being deployed."))).isEmpty();
    }

    @Test
    void quietHoursHoldNoticesThenSumThemUpOnce() {
        policy.configure(false, new QuietHours(LocalTime.of(9, 0), LocalTime.of(11, 0)));
        read(page(OPERATIONAL, OPERATIONAL));
        assertThat(readTwice(page(DEGRADED, OPERATIONAL))).isEmpty();
        assertThat(policy.release(at(30))).as("still quiet at 10:30").isEmpty();

        List<Notice> summary = policy.release(Pages.T0.plusSeconds(3600 + 60));
        assertThat(summary).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("While notifications were quiet: 1 change");
            assertThat(n.body()).isEqualTo("OpenAI: degraded");
        });
        assertThat(policy.release(Pages.T0.plusSeconds(7200))).isEmpty();
    }

    @Test
    void mutedServicesAndSnoozeSendNothing() {
        ServiceConfig muted = Pages.service(true, false);
        NotificationPolicy fresh = new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC);
        ChangeDetector d = new ChangeDetector();
        d.onRead(muted, page(OPERATIONAL, OPERATIONAL), at(1));
        d.onRead(muted, page(DEGRADED, OPERATIONAL), at(2));
        assertThat(fresh.decide(muted, d.onRead(muted, page(DEGRADED, OPERATIONAL), at(3)), at(3))).isEmpty();

        policy.snoozeUntil(at(60));
        read(page(OPERATIONAL, OPERATIONAL));
        assertThat(readTwice(page(DEGRADED, OPERATIONAL))).as("snoozed").isEmpty();
        assertThat(readTwice(page(OPERATIONAL, OPERATIONAL))).as("snoozed").isEmpty();
        policy.snoozeUntilTomorrow(at(1));
        assertThat(policy.snoozed(Pages.T0.plusSeconds(13 * 3600))).isTrue();
        assertThat(policy.snoozed(Pages.T0.plusSeconds(14 * 3600 + 1))).isFalse();
    }

    @Test
    void watchUntilRecoveredTellsOnlyTheRecoveryThenStops() {
        ServiceConfig until = Pages.service(false, true);
        read(until, page(DEGRADED, OPERATIONAL));
        read(until, page(DEGRADED, OPERATIONAL, "a", "b"));
        assertThat(read(until, page(OPERATIONAL, OPERATIONAL))).isEmpty();
        assertThat(read(until, page(OPERATIONAL, OPERATIONAL))).singleElement()
                .extracting(Notice::summary).isEqualTo("OpenAI recovered");
        assertThat(policy.takeFinishedWatching()).containsExactly("openai");
        assertThat(policy.takeFinishedWatching()).isEmpty();
    }

    @Test
    void aRestartWithTheStoredSnapshotAndLogSendsNothingTwice() {
        read(page(OPERATIONAL, OPERATIONAL));
        assertThat(readTwice(page(DEGRADED, OPERATIONAL))).hasSize(1);
        Snapshot stored = detector.lastGood("openai").orElseThrow();

        detector = new ChangeDetector();
        detector.restore("openai", stored);
        policy = new NotificationPolicy(log, ZoneOffset.UTC);
        assertThat(readTwice(page(DEGRADED, OPERATIONAL))).isEmpty();
        assertThat(readTwice(page(OPERATIONAL, OPERATIONAL))).extracting(Notice::summary).containsExactly("OpenAI recovered");
    }

    @Test
    void unreadablePagesAreUnknownAfterThreeFailuresAndNeverAnOutage() {
        read(page(OPERATIONAL, OPERATIONAL));
        assertThat(detector.onFailure(openai, "HTTP 503 Service Unavailable", at(2))).isEmpty();
        assertThat(detector.onFailure(openai, "HTTP 503 Service Unavailable", at(3))).isEmpty();
        assertThat(detector.shown("openai")).isEqualTo(OPERATIONAL);
        var third = detector.onFailure(openai, "HTTP 503 Service Unavailable", at(4));
        assertThat(detector.shown("openai")).isEqualTo(org.statustray.model.Status.UNKNOWN);
        List<Notice> n = policy.decide(openai, third, at(4));
        assertThat(n).singleElement().satisfies(x -> {
            assertThat(x.summary()).isEqualTo("OpenAI: status unknown");
            assertThat(x.body()).isEqualTo("StatusTray cannot read its status page: HTTP 503 Service Unavailable. Last known: operational.");
            assertThat(x.urgency()).isEqualTo(Notice.Urgency.LOW);
        });
        assertThat(detector.lastGood("openai")).isPresent();
        minute = 10;
        assertThat(read(page(OPERATIONAL, OPERATIONAL))).as("readable again, nothing changed").isEmpty();
        policy.setOffline(true);
        for (int i = 0; i < 3; i++) {
            third = detector.onFailure(openai, "connection refused", at(20 + i));
        }
        assertThat(policy.decide(openai, third, at(23))).as("offline says it once for all").isEmpty();
        assertThat(policy.network(true, at(23))).extracting(Notice::summary).containsExactly("You seem to be offline");
    }
}
