package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.Component;
import org.statustray.model.Notice;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/** The services already in trouble at start come as one summary; anything later as before. */
class StartSummaryTest {
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    static final ServiceConfig GITHUB = service("github", "GitHub");
    static final ServiceConfig SLACK = service("slack", "Slack");
    static final ServiceConfig OPENAI = service("openai", "OpenAI");
    static final ServiceConfig STRIPE = service("stripe", "Stripe");
    static final List<ServiceConfig> FOUR = List.of(GITHUB, SLACK, OPENAI, STRIPE);

    SentLog sent = SentLog.inMemory();
    ChangeDetector detector = new ChangeDetector();
    NotificationPolicy policy = new NotificationPolicy(sent, ZoneOffset.UTC);
    final List<Notice> told = new ArrayList<>();

    @Test
    void threeServicesInTroubleAtStartAreOneSummary() {
        WatchPipeline pipeline = pipeline(FOUR);

        pipeline.handle(read(GITHUB, Status.PARTIAL_OUTAGE, "Incident with Actions", T0));
        pipeline.handle(read(SLACK, Status.DEGRADED, "Trouble sending messages", T0.plusSeconds(1)));
        pipeline.handle(read(OPENAI, Status.MAJOR_OUTAGE, null, T0.plusSeconds(2)));
        assertThat(told).as("held until every service has been read once").isEmpty();
        pipeline.handle(read(STRIPE, Status.OPERATIONAL, null, T0.plusSeconds(3)));

        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("3 services in trouble");
            assertThat(n.body()).as("the worst first").isEqualTo("OpenAI: major outage — Major Service Outage\n"
                    + "GitHub: partial outage — Incident with Actions\nSlack: degraded — Trouble sending messages");
            assertThat(n.status()).isEqualTo(Status.MAJOR_OUTAGE);
            assertThat(n.urgency()).isEqualTo(Notice.Urgency.CRITICAL);
            assertThat(n.serviceId()).isNull();
        });
    }

    @Test
    void aServiceThatGoesIntoTroubleLaterIsToldOnItsOwn() {
        WatchPipeline pipeline = pipeline(FOUR);
        pipeline.handle(read(GITHUB, Status.PARTIAL_OUTAGE, "Incident with Actions", T0));
        pipeline.handle(read(SLACK, Status.DEGRADED, null, T0));
        pipeline.handle(read(OPENAI, Status.OPERATIONAL, null, T0));
        pipeline.handle(read(STRIPE, Status.OPERATIONAL, null, T0));
        told.clear();

        pipeline.handle(read(STRIPE, Status.DEGRADED, "Elevated API errors", T0.plusSeconds(60)));
        pipeline.handle(read(STRIPE, Status.DEGRADED, "Elevated API errors", T0.plusSeconds(90)));

        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.summary()).as("naming those already in trouble")
                    .isEqualTo("Stripe: degraded — GitHub also partial outage since 10:00; Slack also degraded since 10:00");
            assertThat(n.body()).isEqualTo("Elevated API errors");
            assertThat(n.serviceId()).isEqualTo("stripe");
        });
    }

    @Test
    void oneServiceInTroubleAtStartIsToldAsItself() {
        WatchPipeline pipeline = pipeline(FOUR);
        pipeline.handle(read(GITHUB, Status.PARTIAL_OUTAGE, "Incident with Actions", T0));
        pipeline.handle(read(SLACK, Status.OPERATIONAL, null, T0));
        pipeline.handle(failed(OPENAI, T0)); // a page that fails counts as read: it says nothing for three polls
        assertThat(told).isEmpty();
        pipeline.handle(read(STRIPE, Status.OPERATIONAL, null, T0));

        assertThat(told).extracting(Notice::summary).containsExactly("GitHub: partial outage");
    }

    @Test
    void aPageThatNeverAnswersHoldsTheOthersAMinuteAtMost() {
        WatchPipeline pipeline = pipeline(FOUR);
        pipeline.handle(read(GITHUB, Status.PARTIAL_OUTAGE, null, T0));
        pipeline.handle(read(SLACK, Status.DEGRADED, null, T0));
        pipeline.handle(read(OPENAI, Status.DEGRADED, null, T0));

        pipeline.tick(T0.plus(StartRound.LONGEST).minusSeconds(1));
        assertThat(told).isEmpty();
        pipeline.tick(T0.plus(StartRound.LONGEST));
        assertThat(told).extracting(Notice::summary).containsExactly("3 services in trouble");

        pipeline.handle(read(STRIPE, Status.MAJOR_OUTAGE, null, T0.plusSeconds(70)));
        assertThat(told).extracting(Notice::summary).containsExactly("3 services in trouble", "Stripe: major outage — "
                + "GitHub also partial outage since 10:00; Slack also degraded since 10:00; OpenAI also degraded since 10:00");
    }

    @Test
    void aServiceRemovedBeforeItsFirstReadIsNotWaitedFor() {
        WatchPipeline pipeline = pipeline(FOUR);
        pipeline.handle(read(GITHUB, Status.PARTIAL_OUTAGE, null, T0));
        pipeline.handle(read(SLACK, Status.DEGRADED, null, T0));
        pipeline.handle(read(OPENAI, Status.OPERATIONAL, null, T0));

        pipeline.setServices(List.of(GITHUB, SLACK, OPENAI));

        assertThat(told).extracting(Notice::summary).containsExactly("2 services in trouble");
    }

    @Test
    void aRestartAfterTheSummaryTellsTheServicesAlreadyToldNothingAgain() {
        WatchPipeline pipeline = pipeline(FOUR);
        pipeline.handle(read(GITHUB, Status.PARTIAL_OUTAGE, "Incident with Actions", T0));
        pipeline.handle(read(SLACK, Status.DEGRADED, null, T0));
        pipeline.handle(read(OPENAI, Status.MAJOR_OUTAGE, null, T0));
        pipeline.handle(read(STRIPE, Status.OPERATIONAL, null, T0));
        assertThat(told).hasSize(1);

        // Restarted with what the history keeps: the same sent log and each service's last snapshot
        ChangeDetector restarted = new ChangeDetector();
        FOUR.forEach(s -> restarted.restore(s.id(), detector.lastGood(s.id()).orElseThrow()));
        detector = restarted;
        policy = new NotificationPolicy(sent, ZoneOffset.UTC);
        WatchPipeline again = pipeline(FOUR);
        Instant later = T0.plusSeconds(600);
        again.handle(read(GITHUB, Status.PARTIAL_OUTAGE, "Incident with Actions", later));
        again.handle(read(SLACK, Status.DEGRADED, null, later));
        again.handle(read(OPENAI, Status.MAJOR_OUTAGE, null, later));
        again.handle(read(STRIPE, Status.OPERATIONAL, null, later));
        again.tick(later.plus(StartRound.LONGEST));

        assertThat(told).as("still the one summary").hasSize(1);
    }

    @Test
    void inQuietHoursTheTroubleAtStartIsHeldAndSummedUpOnceAsBefore() {
        policy.configure(false, new QuietHours(LocalTime.of(9, 0), LocalTime.of(11, 0)));
        WatchPipeline pipeline = pipeline(FOUR);
        pipeline.handle(read(GITHUB, Status.PARTIAL_OUTAGE, null, T0));
        pipeline.handle(read(SLACK, Status.DEGRADED, null, T0));
        pipeline.handle(read(OPENAI, Status.OPERATIONAL, null, T0));
        pipeline.handle(read(STRIPE, Status.OPERATIONAL, null, T0));
        assertThat(told).isEmpty();

        assertThat(policy.release(T0.plusSeconds(3600))).singleElement()
                .extracting(Notice::summary).isEqualTo("While notifications were quiet: 2 changes");
    }

    private WatchPipeline pipeline(List<ServiceConfig> services) {
        return new WatchPipeline(detector, policy, HistoryLog.NONE, services, told::add, s -> { });
    }

    static ServiceConfig service(String id, String name) {
        return new ServiceConfig(id, name, "http://127.0.0.1:9/" + id, "statuspage", List.of(), 60, false, false, false);
    }

    /** A page in the given state; with an open incident of that title when one is given. */
    static PollResult read(ServiceConfig s, Status status, String incident, Instant at) {
        List<org.statustray.model.Incident> incidents = incident == null ? List.of()
                : List.of(new org.statustray.model.Incident(s.id() + "-1", incident, "investigating",
                        org.statustray.model.Impact.MINOR, T0, T0, null, s.url() + "/incidents/1", List.of(), List.of()));
        String words = status == Status.MAJOR_OUTAGE ? "Major Service Outage" : status.label();
        Snapshot snapshot = new Snapshot(s.displayName(null), s.url(), "statuspage", at, status, words,
                List.of(new Component("api", "API", null, status)), true, incidents, List.of());
        return new PollResult(s, new PageResult.Read(URI.create(s.url()), "statuspage", snapshot, Validators.NONE), 0, at);
    }

    static PollResult failed(ServiceConfig s, Instant at) {
        return new PollResult(s, new PageResult.Failed(URI.create(s.url()), FailureKind.HTTP_STATUS, "HTTP 500", 500,
                null), 0, at);
    }
}
