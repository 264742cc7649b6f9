package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.StartSummaryTest.read;
import static org.statustray.watch.StartSummaryTest.service;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Notice;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/**
 * Notifications that know about the others: each names the other watched services not operational as it is
 * told, degradations within the grouping wait come as one bubble in the tray, and a restart repeats nothing.
 */
class OthersInNoticesTest {
    /** 14:04 UTC is 15:04 in Berlin in December: times are worded in the user's zone. */
    static final Instant T0 = Instant.parse("2026-12-07T14:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ServiceConfig OPENAI = service("openai", "OpenAI");
    static final ServiceConfig CLAUDE = service("claude", "Claude");
    static final ServiceConfig CURSOR = service("cursor", "Cursor");
    static final ServiceConfig GEMINI = service("gemini", "Gemini");
    static final List<ServiceConfig> FOUR = List.of(OPENAI, CLAUDE, CURSOR, GEMINI);

    SentLog sent = SentLog.inMemory();
    ChangeDetector detector = new ChangeDetector();
    NotificationPolicy policy = new NotificationPolicy(sent, BERLIN);
    final List<Notice> told = new ArrayList<>();

    @Test
    void oneServiceAloneIsToldInItsOwnWordsAfterTheGroupingWait() {
        WatchPipeline pipeline = started(FOUR, true);

        Instant at = degrade(pipeline, OPENAI, Status.DEGRADED, 240);
        assertThat(told).as("held for the grouping wait, in case others follow").isEmpty();
        pipeline.tick(at.plus(DegradeGroup.WAIT));

        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("OpenAI: degraded");
            assertThat(n.body()).doesNotContain("Also not operational");
        });
        assertThat(pipeline.notOperational("openai")).as("concurrent: nobody else").isEmpty();
    }

    @Test
    void aSecondWhileTheFirstIsDownNamesTheFirstAndSinceWhenInTheUsersZone() {
        WatchPipeline pipeline = started(FOUR, true);
        Instant first = degrade(pipeline, OPENAI, Status.DEGRADED, 240);
        pipeline.tick(first.plus(DegradeGroup.WAIT));
        told.clear();

        Instant second = degrade(pipeline, CLAUDE, Status.DEGRADED, 900);
        pipeline.tick(second.plus(DegradeGroup.WAIT));

        assertThat(told).singleElement().extracting(Notice::summary)
                .isEqualTo("Claude: degraded — OpenAI also degraded since 15:04");
        assertThat(pipeline.notOperational("claude")).as("concurrent").containsExactly("openai");
    }

    @Test
    void threeWithinTheGroupingWaitAreOneBubbleAndLaterChangesComeOneByOne() {
        WatchPipeline pipeline = started(FOUR, true);
        Instant a = degrade(pipeline, OPENAI, Status.DEGRADED, 240);
        degrade(pipeline, CLAUDE, Status.PARTIAL_OUTAGE, 270);
        degrade(pipeline, CURSOR, Status.DEGRADED, 300);
        pipeline.tick(a.plus(DegradeGroup.WAIT).minusSeconds(1));
        assertThat(told).as("still within the wait").isEmpty();

        pipeline.tick(a.plus(DegradeGroup.WAIT));

        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("3 services degraded: OpenAI, Claude, Cursor");
            assertThat(n.body()).isEqualTo("OpenAI: degraded — Degraded Performance\n"
                    + "Claude: partial outage — Partial Outage\nCursor: degraded — Degraded Performance");
            assertThat(n.serviceId()).isNull();
            assertThat(n.status()).isEqualTo(Status.PARTIAL_OUTAGE);
        });
        told.clear();

        Instant worse = degrade(pipeline, CLAUDE, Status.MAJOR_OUTAGE, 900);
        assertThat(told).as("a later change of one of them: told at once, on its own").singleElement()
                .extracting(Notice::summary).isEqualTo(
                        "Claude: major outage — OpenAI also degraded since 15:04; Cursor also degraded since 15:05");
        assertThat(worse).isAfter(a);
    }

    @Test
    void twoWithinTheWaitAreToldEachNamingTheOther() {
        WatchPipeline pipeline = started(FOUR, true);
        Instant a = degrade(pipeline, OPENAI, Status.DEGRADED, 240);
        degrade(pipeline, CLAUDE, Status.DEGRADED, 270);
        pipeline.tick(a.plus(DegradeGroup.WAIT));

        assertThat(told).extracting(Notice::summary).containsExactly(
                "OpenAI: degraded — Claude also degraded since 15:04", "Claude: degraded — OpenAI also degraded since 15:04");
    }

    @Test
    void noWaitWhenNoGroupCouldFormAndNoneLongerOnceEveryoneLeftHasJoined() {
        WatchPipeline two = started(List.of(OPENAI, CLAUDE), true);
        degrade(two, OPENAI, Status.DEGRADED, 240);
        assertThat(told).as("two services watched: no group of three can form, told at once")
                .extracting(Notice::summary).containsExactly("OpenAI: degraded");
        told.clear();

        detector = new ChangeDetector();
        policy = new NotificationPolicy(SentLog.inMemory(), BERLIN);
        WatchPipeline three = started(List.of(OPENAI, CLAUDE, CURSOR), true);
        degrade(three, OPENAI, Status.DEGRADED, 240);
        degrade(three, CLAUDE, Status.DEGRADED, 250);
        assertThat(told).isEmpty();
        degrade(three, CURSOR, Status.DEGRADED, 260);
        assertThat(told).as("nobody left to join: told before the wait is over")
                .extracting(Notice::summary).containsExactly("3 services degraded: OpenAI, Claude, Cursor");
    }

    @Test
    void aLaterWordOfAHeldServiceLetsItsOwnDegradationGoFirst() {
        WatchPipeline pipeline = started(FOUR, true);
        degrade(pipeline, OPENAI, Status.DEGRADED, 240);
        degrade(pipeline, CLAUDE, Status.DEGRADED, 250);

        degrade(pipeline, OPENAI, Status.MAJOR_OUTAGE, 300);

        assertThat(told).extracting(Notice::summary).containsExactly(
                "OpenAI: degraded — Claude also degraded since 15:04",
                "OpenAI: major outage — Claude also degraded since 15:04");
    }

    @Test
    void aRecoveryWhileAnotherIsStillDownSaysWhoIsStillDown() {
        WatchPipeline pipeline = started(FOUR, false);
        degrade(pipeline, OPENAI, Status.DEGRADED, 240);
        degrade(pipeline, CLAUDE, Status.DEGRADED, 900);
        told.clear();

        degrade(pipeline, CLAUDE, Status.OPERATIONAL, 1800);

        assertThat(told).singleElement().extracting(Notice::summary).isEqualTo("Claude recovered — OpenAI still degraded");
        assertThat(pipeline.notOperational("claude")).containsExactly("openai");
    }

    @Test
    void aPartialRecoveryKeepsItsOwnWordsAndNamesTheOthersBelow() {
        WatchPipeline pipeline = started(FOUR, false);
        degrade(pipeline, OPENAI, Status.DEGRADED, 240);
        degrade(pipeline, CLAUDE, Status.MAJOR_OUTAGE, 900);
        told.clear();

        degrade(pipeline, CLAUDE, Status.DEGRADED, 1800);

        assertThat(told).singleElement().satisfies(n -> {
            assertThat(n.summary()).startsWith("Claude").contains("recovered").doesNotContain("OpenAI");
            assertThat(n.body()).endsWith("\nAlso not operational: OpenAI (degraded since 15:04)");
        });
    }

    @Test
    void aMutedServiceIsNeverNamedButStaysInConcurrent() {
        ServiceConfig mutedOpenAi = new ServiceConfig("openai", "OpenAI", OPENAI.url(), "statuspage", List.of(), 60,
                true, false, false);
        WatchPipeline pipeline = started(List.of(mutedOpenAi, CLAUDE, CURSOR, GEMINI), false);
        degrade(pipeline, mutedOpenAi, Status.DEGRADED, 240);
        assertThat(told).as("a muted service is never the reason for a bubble").isEmpty();

        degrade(pipeline, CLAUDE, Status.DEGRADED, 900);

        assertThat(told).singleElement().extracting(Notice::summary).isEqualTo("Claude: degraded");
        assertThat(pipeline.notOperational("claude")).as("the watch line's facts").containsExactly("openai");
    }

    @Test
    void snoozedOrQuietDegradationsNeverReachTheGroup() {
        WatchPipeline pipeline = started(FOUR, true);
        policy.snoozeUntil(T0.plusSeconds(400));
        Instant a = degrade(pipeline, OPENAI, Status.DEGRADED, 240);
        policy.configure(false, new QuietHours(LocalTime.of(15, 0), LocalTime.of(16, 0)));
        degrade(pipeline, CLAUDE, Status.DEGRADED, 500);
        degrade(pipeline, CURSOR, Status.DEGRADED, 520);
        pipeline.tick(a.plus(DegradeGroup.WAIT).plusSeconds(600));

        assertThat(told).as("snoozed: never told; quiet: held for the quiet summary, not grouped").isEmpty();
        assertThat(policy.heldNow()).extracting(Notice::summary).containsExactly("Claude: degraded", "Cursor: degraded");
    }

    @Test
    void aRestartNeitherSendsAgainNorGroupsAgain() {
        WatchPipeline pipeline = started(FOUR, true);
        Instant a = degrade(pipeline, OPENAI, Status.DEGRADED, 240);
        degrade(pipeline, CLAUDE, Status.DEGRADED, 270);
        degrade(pipeline, CURSOR, Status.DEGRADED, 300);
        pipeline.tick(a.plus(DegradeGroup.WAIT));
        assertThat(told).extracting(Notice::summary).containsExactly("3 services degraded: OpenAI, Claude, Cursor");

        // Restarted with what the history keeps: the same sent log and each service's last snapshot
        ChangeDetector restarted = new ChangeDetector();
        FOUR.forEach(s -> restarted.restore(s.id(), detector.lastGood(s.id()).orElseThrow()));
        detector = restarted;
        policy = new NotificationPolicy(sent, BERLIN);
        WatchPipeline again = pipeline(FOUR, true);
        Instant later = a.plusSeconds(600);
        for (ServiceConfig s : FOUR) {
            again.handle(read(s, s == GEMINI ? Status.OPERATIONAL : Status.DEGRADED, null, later));
            again.handle(read(s, s == GEMINI ? Status.OPERATIONAL : Status.DEGRADED, null, later.plusSeconds(30)));
        }
        again.tick(later.plus(StartRound.LONGEST).plus(DegradeGroup.WAIT));

        assertThat(told).as("still the one grouped bubble").hasSize(1);
    }

    /** Every service read once, operational: the start round is over. */
    private WatchPipeline started(List<ServiceConfig> services, boolean grouping) {
        WatchPipeline pipeline = pipeline(services, grouping);
        services.forEach(s -> pipeline.handle(read(s, Status.OPERATIONAL, null, T0)));
        assertThat(told).isEmpty();
        return pipeline;
    }

    private WatchPipeline pipeline(List<ServiceConfig> services, boolean grouping) {
        WatchPipeline pipeline = new WatchPipeline(detector, policy, HistoryLog.NONE, services, told::add, s -> { });
        if (grouping) {
            pipeline.groupDegradations();
        } else {
            pipeline.tellStartOneByOne();
        }
        return pipeline;
    }

    /** The page says {@code status} from {@code seconds} after T0 on, confirmed by the next read 30 s later. */
    private Instant degrade(WatchPipeline pipeline, ServiceConfig s, Status status, int seconds) {
        Instant at = T0.plusSeconds(seconds);
        pipeline.handle(read(s, status, null, at));
        pipeline.handle(read(s, status, null, at.plusSeconds(30)));
        return at.plusSeconds(30);
    }
}
