package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.model.Status.DEGRADED;
import static org.statustray.model.Status.OPERATIONAL;
import static org.statustray.watch.Pages.page;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Notice;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/** Pages that will not keep still: churning incident ids, flapping, failing most reads; and quiet hours over a restart. */
class NotificationStormsTest {
    ChangeDetector detector = new ChangeDetector();
    SentLog log = SentLog.inMemory();
    HeldLog heldLog = HeldLog.inMemory();
    NotificationPolicy policy = new NotificationPolicy(log, heldLog, ZoneOffset.UTC);
    ServiceConfig openai = Pages.openai();
    Instant now = Pages.T0;
    final List<Notice> told = new ArrayList<>();

    /** A poll a few seconds after the last. */
    List<Notice> read(Snapshot s) {
        now = now.plusSeconds(5);
        List<Notice> n = policy.decide(openai, detector.onRead(openai, s, now), detector.shown("openai"), now);
        told.addAll(n);
        return n;
    }

    List<Notice> fail() {
        now = now.plusSeconds(5);
        List<Notice> n = policy.decide(openai, detector.onFailure(openai, "HTTP 500 Internal Server Error", now),
                detector.shown("openai"), now);
        told.addAll(n);
        return n;
    }

    static Snapshot degradedWithIncident(String id, String text) {
        Incident i = new Incident(id, "Elevated errors", "investigating", Impact.MINOR, Pages.T0, Pages.T0, null,
                "https://status.openai.com/incidents/" + id,
                List.of(new IncidentUpdate("u-" + id, "investigating", Pages.T0, Pages.T0, text)), List.of());
        Snapshot base = page(DEGRADED, OPERATIONAL);
        return new Snapshot(base.service(), base.url(), base.format(), base.fetchedAt(), DEGRADED, "Minor",
                base.components(), true, List.of(i), List.of());
    }

    @Test
    void anIncidentWhoseIdChangesOnEveryReadIsOneIncidentNotAResolutionAndANewOneEachPoll() {
        read(page(OPERATIONAL, OPERATIONAL));
        for (int poll = 0; poll < 40; poll++) {
            read(degradedWithIncident("churn-" + poll, "We are investigating."));
        }
        assertThat(told).extracting(Notice::summary).containsExactly("OpenAI: degraded");

        read(degradedWithIncident("churn-x", "A fix is being rolled out."));
        assertThat(told).extracting(Notice::summary).as("new words are an update, never a 'resolved'")
                .containsExactly("OpenAI: degraded", "OpenAI: Elevated errors (investigating)");
    }

    @Test
    void aFlappingPageIsToldOnceAsUnstableAndThenOnlyWhenItSettles() {
        read(page(OPERATIONAL, OPERATIONAL));
        for (int flap = 0; flap < 30; flap++) { // a change every second read, each confirmed by the next
            Snapshot s = flap % 2 == 0 ? page(DEGRADED, OPERATIONAL) : page(OPERATIONAL, OPERATIONAL);
            read(s);
            read(s);
        }
        assertThat(told).extracting(Notice::summary)
                .containsExactly("OpenAI: degraded", "OpenAI recovered", "OpenAI is unstable");
        assertThat(told.get(2).body()).startsWith("Its status keeps changing (now degraded).");

        for (int i = 0; i < 12 * 14; i++) { // 14 minutes of keeping still: not settled yet
            read(page(OPERATIONAL, OPERATIONAL));
        }
        assertThat(told).hasSize(3);
        for (int i = 0; i < 12 * 2; i++) {
            read(page(OPERATIONAL, OPERATIONAL));
        }
        assertThat(told).hasSize(4);
        assertThat(told.get(3).summary()).isEqualTo("OpenAI settled: operational");
        assertThat(told.get(3).body()).isEqualTo("No change for 15 min after 27 changes since 10:00; 27 notifications were held back.");

        read(page(DEGRADED, OPERATIONAL));
        read(page(DEGRADED, OPERATIONAL));
        assertThat(told.get(4).summary()).as("steady again: told as ever").isEqualTo("OpenAI: degraded");
    }

    @Test
    void aPageFailingThreeReadsOfFourSaysUnknownOnceNotEachBackoffCycle() {
        read(page(OPERATIONAL, OPERATIONAL));
        for (int cycle = 0; cycle < 10; cycle++) {
            fail();
            fail();
            fail();
            read(page(OPERATIONAL, OPERATIONAL));
        }
        assertThat(told).extracting(Notice::summary).containsExactly("OpenAI: status unknown", "OpenAI is unstable");
    }

    @Test
    void aServiceWithTooMuchToSayIsHeldToItsBudgetThenToldWhenItSettles() {
        read(page(OPERATIONAL, OPERATIONAL));
        read(degradedWithIncident("inc", "update 0"));
        read(degradedWithIncident("inc", "update 0"));
        for (int i = 1; i <= 20; i++) {
            read(degradedWithIncident("inc", "update " + i));
        }
        assertThat(told).hasSize(Steadiness.BUDGET + 1);
        assertThat(told.get(Steadiness.BUDGET).summary()).isEqualTo("OpenAI is unstable");
        assertThat(told.get(Steadiness.BUDGET).body()).startsWith("It has had more than 8 notifications in 30 min");

        now = now.plusSeconds(16 * 60);
        read(degradedWithIncident("inc", "update 20"));
        assertThat(told.get(told.size() - 1).summary()).isEqualTo("OpenAI settled: degraded");
        assertThat(told.get(told.size() - 1).body()).endsWith("12 notifications were held back.");
    }

    @Test
    void noticesHeldInQuietHoursSurviveAQuitAndAreSummedUpAtTheNextStartAfterThem() {
        QuietHours night = new QuietHours(LocalTime.of(9, 0), LocalTime.of(11, 0)); // T0 is 10:00 UTC
        policy.configure(false, night);
        read(page(OPERATIONAL, OPERATIONAL));
        read(page(DEGRADED, OPERATIONAL));
        read(page(DEGRADED, OPERATIONAL));
        assertThat(told).isEmpty();
        assertThat(heldLog.held()).extracting(Notice::summary).containsExactly("OpenAI: degraded");

        // quit at 10:01; the next start is at 11:30, after the quiet hours
        NotificationPolicy restarted = new NotificationPolicy(log, heldLog, ZoneOffset.UTC);
        restarted.configure(false, night);
        List<Notice> summary = restarted.release(Pages.T0.plusSeconds(90 * 60));

        assertThat(summary).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("While notifications were quiet: 1 change");
            assertThat(n.body()).isEqualTo("OpenAI: degraded");
        });
        assertThat(heldLog.held()).isEmpty();
        assertThat(new NotificationPolicy(log, heldLog, ZoneOffset.UTC).release(Pages.T0.plusSeconds(100 * 60)))
                .as("said once").isEmpty();
    }

    @Test
    void escalationAndRecoveryAreNoFlap() {
        read(page(OPERATIONAL, OPERATIONAL));
        for (Status[] s : new Status[][] {{DEGRADED, OPERATIONAL}, {Status.PARTIAL_OUTAGE, DEGRADED},
                {Status.MAJOR_OUTAGE, DEGRADED}, {Status.PARTIAL_OUTAGE, DEGRADED}, {DEGRADED, OPERATIONAL},
                {OPERATIONAL, OPERATIONAL}}) {
            read(page(s[0], s[1]));
            read(page(s[0], s[1]));
        }
        assertThat(told).extracting(Notice::summary).doesNotContain("OpenAI is unstable").hasSize(6)
                .last().isEqualTo("OpenAI recovered");
    }
}
