package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.Probes.GITHUB;
import static org.statustray.watch.Probes.OPENAI;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.statustray.model.Notice;
import org.statustray.model.ProbeFailure;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/** A service that stops answering from here while its page says operational, through the pipeline. */
class EarlyWarningTest {
    private final Probes p = new Probes("openai");

    @BeforeEach
    void bothPagesOperational() {
        p.page(OPENAI, Status.OPERATIONAL, 0);
        p.page(GITHUB, Status.OPERATIONAL, 0);
    }

    @Test
    void threeFailedProbesWhileThePageIsFineAreOneWarningAndThePageThenTakesOverItsBubbleSayingTheLead() {
        p.fails(OPENAI, ProbeFailure.TIMEOUT, 60);
        p.fails(OPENAI, ProbeFailure.TIMEOUT, 90);
        assertThat(p.told).as("two failures are not yet news").isEmpty();
        p.fails(OPENAI, ProbeFailure.TIMEOUT, 240);
        p.fails(OPENAI, ProbeFailure.TIMEOUT, 270);
        p.fails(OPENAI, ProbeFailure.TIMEOUT, 300);

        assertThat(p.told).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("OpenAI API not answering from here for 3 min — status page still says operational");
            assertThat(n.cause()).isEqualTo(Notice.Cause.PROBE);
            assertThat(n.thread()).isEqualTo("openai|probe");
            assertThat(n.serviceId()).isEqualTo("openai");
        });

        p.page(OPENAI, Status.DEGRADED, 780); // first seen: waits for the next read to confirm it
        p.page(OPENAI, Status.DEGRADED, 810);

        assertThat(p.told).hasSize(2);
        Notice page = p.told.get(1);
        assertThat(page.summary()).isEqualTo("OpenAI API: degraded");
        assertThat(page.cause()).isEqualTo(Notice.Cause.PAGE);
        assertThat(page.thread()).as("replaces the warning's bubble").isEqualTo("openai|probe");
        assertThat(page.body()).endsWith("StatusTray saw it 12 min before the status page.");
        assertThat(p.lags).containsExactly("openai " + Duration.ofMinutes(12) + " at " + Probes.at(810));

        p.answers(OPENAI, 900);
        assertThat(p.told).as("the page said it: the page tells the recovery").hasSize(2);
    }

    @Test
    void aFlapOfTheProbeIsNothing() {
        p.fails(OPENAI, ProbeFailure.UNREACHABLE, 60);
        p.answers(OPENAI, 90);
        p.fails(OPENAI, ProbeFailure.UNREACHABLE, 150);
        p.fails(OPENAI, ProbeFailure.UNREACHABLE, 180);
        p.answers(OPENAI, 210);
        p.fails(OPENAI, ProbeFailure.UNREACHABLE, 270);

        assertThat(p.told).isEmpty();
        assertThat(p.lags).isEmpty();
    }

    @Test
    void aServiceThatAnswersAgainBeforeItsPageSaidAnythingIsOneQuietNotice() {
        for (int i = 1; i <= 4; i++) {
            p.fails(OPENAI, ProbeFailure.SERVER_ERROR, 30 * i);
        }
        p.answers(OPENAI, 150);
        p.answers(OPENAI, 210);

        assertThat(p.told).hasSize(2);
        assertThat(p.told.get(1)).satisfies(n -> {
            assertThat(n.summary()).isEqualTo("OpenAI API answers again from here");
            assertThat(n.urgency()).isEqualTo(Notice.Urgency.LOW);
            assertThat(n.cause()).isEqualTo(Notice.Cause.PROBE);
            assertThat(n.thread()).isEqualTo("openai|probe");
        });
    }

    @Test
    void aPageThatReportsTheProblemFirstLeavesNothingForTheProbeToSay() {
        p.page(OPENAI, Status.MAJOR_OUTAGE, 30);
        p.page(OPENAI, Status.MAJOR_OUTAGE, 60);
        for (int i = 1; i <= 5; i++) {
            p.fails(OPENAI, ProbeFailure.SERVER_ERROR, 60 + 30 * i);
        }

        assertThat(p.told).singleElement().extracting(Notice::cause).isEqualTo(Notice.Cause.PAGE);
    }

    @Test
    void quietHoursSnoozeAndTheSwitchAreRespected() {
        p.policy.configure(false, new QuietHours(LocalTime.of(9, 0), LocalTime.of(11, 0)));
        for (int i = 1; i <= 3; i++) {
            p.fails(OPENAI, ProbeFailure.TIMEOUT, 30 * i);
        }
        assertThat(p.told).as("quiet hours").isEmpty();
        assertThat(p.policy.heldNow()).singleElement().extracting(Notice::cause).isEqualTo(Notice.Cause.PROBE);

        p.answers(OPENAI, 120);
        assertThat(p.policy.heldNow()).as("its end is held too").hasSize(2);
        p.policy.configure(false, null);
        p.policy.snoozeUntil(Probes.at(3600));
        for (int i = 1; i <= 3; i++) {
            p.fails(OPENAI, ProbeFailure.TIMEOUT, 120 + 30 * i);
        }
        assertThat(p.told).as("snoozed").isEmpty();

        p.policy.snoozeUntil(Probes.at(0));
        p.plan = new ProbePlan(true, ProbePlan.DEFAULT_INTERVAL, ProbePlan.DEFAULT_TIMEOUT, false);
        p.answers(OPENAI, 300);
        for (int i = 1; i <= 3; i++) {
            p.fails(OPENAI, ProbeFailure.TIMEOUT, 300 + 30 * i);
        }
        assertThat(p.told).as("early warning switched off").isEmpty();
    }

    @Test
    void aMutedServiceGetsNoProbeNoticeAndAnotherHistoryIsToldTheLeadToo() {
        List<String> also = new ArrayList<>();
        HistoryLog second = new HistoryLog() {
            @Override
            public void transition(String serviceId, String componentId, Status from, Status to, Instant at) {
            }

            @Override
            public void pageLag(String serviceId, @Nullable String incidentId, Duration lead, Instant pageAt) {
                also.add(serviceId + " " + incidentId + " " + lead);
            }
        };
        HistoryLog.NONE.and(second).pageLag("openai", "inc-1", Duration.ofMinutes(12), Probes.at(0));
        assertThat(also).containsExactly("openai inc-1 PT12M");

        ServiceConfig muted = new ServiceConfig("openai", "OpenAI API",
                "https://status.openai.com", "statuspage", List.of(), null, true, false, false);
        p.pipeline.setServices(List.of(muted, GITHUB));
        for (int i = 1; i <= 4; i++) {
            p.fails(muted, ProbeFailure.TIMEOUT, 30 * i);
        }
        assertThat(p.told).isEmpty();
    }

    /** Restarted while the service still does not answer: the same run of failures, told once in all. */
    @Test
    void aRestartWhileTheServiceStillDoesNotAnswerDoesNotTellItAgain() {
        SentLog sent = SentLog.inMemory();
        Probes first = new Probes(sent, null, "openai");
        first.page(OPENAI, Status.OPERATIONAL, 0);
        first.page(GITHUB, Status.OPERATIONAL, 0);
        for (int i = 1; i <= 3; i++) {
            first.fails(OPENAI, ProbeFailure.TIMEOUT, 60 + 30 * i + 7);
        }
        assertThat(first.told).hasSize(1);

        // the history kept the run by the minute: it began in the minute of 10:01:37
        Probes second = new Probes(sent, Probes.at(60), "openai");
        second.page(OPENAI, Status.OPERATIONAL, 600);
        second.page(GITHUB, Status.OPERATIONAL, 600);
        for (int i = 1; i <= 4; i++) {
            second.fails(OPENAI, ProbeFailure.TIMEOUT, 600 + 30 * i);
        }
        assertThat(second.told).as("told before the restart").isEmpty();

        second.answers(OPENAI, 800);
        assertThat(second.told).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("OpenAI API answers again from here");
            assertThat(n.body()).startsWith("It did not answer for 12 min");
        });
    }

    /** A run the history does not carry (the last kept probe answered) is a new one, told as usual. */
    @Test
    void aRestartAfterTheServiceAnsweredTellsANewRunOfFailures() {
        SentLog sent = SentLog.inMemory();
        Probes first = new Probes(sent, null, "openai");
        first.page(OPENAI, Status.OPERATIONAL, 0);
        first.page(GITHUB, Status.OPERATIONAL, 0);
        for (int i = 1; i <= 3; i++) {
            first.fails(OPENAI, ProbeFailure.TIMEOUT, 60 + 30 * i);
        }
        Probes second = new Probes(sent, null, "openai");
        second.page(OPENAI, Status.OPERATIONAL, 600);
        second.page(GITHUB, Status.OPERATIONAL, 600);
        for (int i = 1; i <= 3; i++) {
            second.fails(OPENAI, ProbeFailure.TIMEOUT, 600 + 30 * i);
        }
        assertThat(first.told).hasSize(1);
        assertThat(second.told).hasSize(1);
    }
}
