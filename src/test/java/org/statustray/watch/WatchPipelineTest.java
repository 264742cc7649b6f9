package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.Component;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.model.TrayState;

/** What the pipeline writes to history: where a timeline starts, and every change after. */
class WatchPipelineTest {
    static final ServiceConfig SERVICE = new ServiceConfig("gh", "GitHub", "http://127.0.0.1:9", "statuspage",
            List.of(), 1, false, false, false);
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    final List<String> written = new ArrayList<>();

    @Test
    void theFirstReadEverMarksWhereTheTimelineStartsAndLaterReadsOnlyChanges() {
        WatchPipeline pipeline = pipeline(List.of(SERVICE));

        pipeline.handle(read(SERVICE, Status.OPERATIONAL, Status.OPERATIONAL, T0));
        pipeline.handle(read(SERVICE, Status.OPERATIONAL, Status.OPERATIONAL, T0.plusSeconds(60)));
        pipeline.handle(read(SERVICE, Status.OPERATIONAL, Status.DEGRADED, T0.plusSeconds(120)));

        assertThat(written).containsExactly(
                "gh/api null→operational at " + T0,
                "gh/git null→operational at " + T0,
                "gh/- null→operational at " + T0,
                "gh/git operational→degraded at " + T0.plusSeconds(120));
    }

    @Test
    void aComponentRegroupedUnderANewIdStartsItsTimelineWhereItIsFirstListed() {
        ServiceConfig watchingGit = new ServiceConfig("gh", "GitHub", "http://127.0.0.1:9", "statuspage",
                List.of("Git"), 1, false, false, false);
        WatchPipeline pipeline = pipeline(List.of(watchingGit));
        pipeline.handle(read(watchingGit, Status.OPERATIONAL, Status.DEGRADED, T0));
        written.clear();

        Snapshot regrouped = new Snapshot("GitHub", watchingGit.url(), "statuspage", T0.plusSeconds(60), Status.DEGRADED,
                "Minor", List.of(new Component("api", "API", null, Status.OPERATIONAL),
                        new Component("git-2", "Git", null, Status.DEGRADED)), true, List.of(), List.of());
        pipeline.handle(new PollResult(watchingGit, new PageResult.Read(URI.create(watchingGit.url()), "statuspage",
                regrouped, Validators.NONE), 0, T0.plusSeconds(60)));

        assertThat(written).containsExactly("gh/git-2 null→degraded at " + T0.plusSeconds(60));
        assertThat(pipeline.serviceViews().get(0).unlisted()).isEmpty();
    }

    @Test
    void aProblemOnTheFirstReadIsOneTransitionNotTwo() {
        WatchPipeline pipeline = pipeline(List.of(SERVICE));

        pipeline.handle(read(SERVICE, Status.DEGRADED, Status.DEGRADED, T0));

        assertThat(written).as("first seen in trouble: from null, as the README says")
                .filteredOn(w -> w.startsWith("gh/-")).containsExactly("gh/- null→degraded at " + T0);
    }

    @Test
    void aPageNeverReadThatFailsIsFirstSeenAsUnknownNotUnknownToUnknown() {
        WatchPipeline pipeline = pipeline(List.of(SERVICE));

        for (int i = 0; i < 3; i++) {
            pipeline.handle(failed(SERVICE, T0.plusSeconds(i)));
        }

        assertThat(written).containsExactly("gh/- null→unknown at " + T0.plusSeconds(2));
    }

    @Test
    void aServiceAddedByAddressIsShownByThePagesOwnNameNotItsHost() {
        ServiceConfig byAddress = new ServiceConfig("status-example-com", null, "https://status.example.com",
                "statuspage", List.of(), null, false, false, true);
        WatchPipeline pipeline = pipeline(List.of(byAddress));
        assertThat(pipeline.serviceViews().get(0).name()).as("before the first read").isEqualTo("status.example.com");

        pipeline.handle(read(byAddress, Status.OPERATIONAL, Status.OPERATIONAL, T0));

        assertThat(pipeline.serviceViews().get(0).name()).isEqualTo("GitHub");
        assertThat(pipeline.trayState(Instant.now()).services().get(0).name()).isEqualTo("GitHub");
    }

    @Test
    void aReadOfAServiceNoLongerWatchedIsIgnored() {
        WatchPipeline pipeline = pipeline(List.of());

        pipeline.handle(read(SERVICE, Status.MAJOR_OUTAGE, Status.MAJOR_OUTAGE, T0));

        assertThat(written).isEmpty();
        assertThat(pipeline.serviceViews()).isEmpty();
    }

    @Test
    void theTrayIsToldOnlyWhenWhatItShowsChanged() {
        List<TrayState> told = new ArrayList<>();
        NotificationPolicy policy = new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC);
        WatchPipeline pipeline = new WatchPipeline(new ChangeDetector(), policy, transitionsInto(written),
                List.of(SERVICE), n -> { }, told::add);

        pipeline.handle(read(SERVICE, Status.OPERATIONAL, Status.OPERATIONAL, T0));
        pipeline.handle(unchanged(SERVICE, T0.plusSeconds(60)));
        pipeline.handle(read(SERVICE, Status.OPERATIONAL, Status.OPERATIONAL, T0.plusSeconds(120)));
        pipeline.handle(read(SERVICE, Status.DEGRADED, Status.DEGRADED, T0.plusSeconds(180))); // not confirmed yet
        assertThat(told).hasSize(1);
        pipeline.handle(read(SERVICE, Status.DEGRADED, Status.DEGRADED, T0.plusSeconds(240)));
        for (int i = 1; i <= 3; i++) {
            pipeline.handle(failed(SERVICE, T0.plusSeconds(240 + 60 * i)));
        }
        policy.snoozeUntil(T0.plusSeconds(3600));
        pipeline.handle(failed(SERVICE, T0.plusSeconds(600)));
        pipeline.handle(failed(SERVICE, T0.plusSeconds(660)));

        assertThat(told).extracting(TrayState::worst)
                .containsExactly(Status.OPERATIONAL, Status.DEGRADED, Status.UNKNOWN, Status.UNKNOWN);
        assertThat(told.get(2).services().get(0).description()).isEqualTo("HTTP 500");
        assertThat(told.get(3).snoozed()).isTrue();
        assertThat(told.get(3)).isEqualTo(pipeline.trayState(T0.plusSeconds(660)));
    }

    @Test
    void aRemovedServiceNoLongerKeepsTheOfflineNoticeFromFiring() {
        ServiceConfig other = new ServiceConfig("other", "Other", "http://127.0.0.2:9", "statuspage", List.of(), 1,
                false, false, false);
        List<Notice> told = new ArrayList<>();
        WatchPipeline pipeline = new WatchPipeline(new ChangeDetector(),
                new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC), transitionsInto(written),
                List.of(SERVICE, other), told::add, s -> { });
        pipeline.handle(read(SERVICE, Status.OPERATIONAL, Status.OPERATIONAL, T0));
        pipeline.handle(read(other, Status.OPERATIONAL, Status.OPERATIONAL, T0)); // answered: reachable

        pipeline.setServices(List.of(SERVICE)); // removed in Settings
        for (int i = 1; i <= 3; i++) {
            pipeline.handle(unreachable(SERVICE, T0.plusSeconds(60 * i)));
        }
        pipeline.checkNetwork(T0.plusSeconds(200));

        assertThat(told).extracting(Notice::summary).contains("You seem to be offline");
    }

    private static PollResult unreachable(ServiceConfig s, Instant at) {
        return new PollResult(s, new PageResult.Failed(URI.create(s.url()), FailureKind.UNREACHABLE,
                "connection refused", 0, null), 0, at);
    }

    @Test
    void aPageThatSaysTheSameAgainIsNotWrittenAgain() {
        List<String> writes = new ArrayList<>();
        ServiceConfig watchingGit = new ServiceConfig("gh", "GitHub", "http://127.0.0.1:9", "statuspage",
                List.of("Git"), 1, false, false, false);
        WatchPipeline pipeline = new WatchPipeline(new ChangeDetector(),
                new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC), writesInto(writes), List.of(watchingGit),
                n -> { }, s -> { });

        pipeline.handle(read(watchingGit, Status.OPERATIONAL, Status.OPERATIONAL, T0));
        pipeline.handle(unchanged(watchingGit, T0.plusSeconds(60)));
        pipeline.handle(read(watchingGit, Status.OPERATIONAL, Status.OPERATIONAL, T0.plusSeconds(120)));
        pipeline.handle(unchanged(watchingGit, T0.plusSeconds(180)));
        assertThat(writes).containsExactly("incidents", "snapshot operational");

        pipeline.handle(read(watchingGit, Status.DEGRADED, Status.DEGRADED, T0.plusSeconds(240)));
        pipeline.handle(unchanged(watchingGit, T0.plusSeconds(300)));
        assertThat(writes).containsExactly("incidents", "snapshot operational", "snapshot degraded");
    }

    private WatchPipeline pipeline(List<ServiceConfig> services) {
        return new WatchPipeline(new ChangeDetector(), new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC),
                transitionsInto(written), services, n -> { }, s -> { });
    }

    /** A history that only notes the transitions written, one line each. */
    static HistoryLog transitionsInto(List<String> written) {
        return new HistoryLog() {
            @Override
            public void snapshot(String serviceId, Snapshot s) {
            }

            @Override
            public void incidents(String serviceId, Snapshot s) {
            }

            @Override
            public void transition(String serviceId, String componentId, Status from, Status to, Instant at) {
                written.add(serviceId + "/" + (componentId == null ? "-" : componentId) + " "
                        + (from == null ? "null" : from.wireName()) + "→" + to.wireName() + " at " + at);
            }
        };
    }

    /** A history that notes which writes happen. */
    static HistoryLog writesInto(List<String> writes) {
        return new HistoryLog() {
            @Override
            public void snapshot(String serviceId, Snapshot s) {
                writes.add("snapshot " + s.status().wireName());
            }

            @Override
            public void incidents(String serviceId, Snapshot s) {
                writes.add("incidents");
            }

            @Override
            public void transition(String serviceId, String componentId, Status from, Status to, Instant at) {
            }
        };
    }

    private static PollResult unchanged(ServiceConfig s, Instant at) {
        return new PollResult(s, new PageResult.Unchanged(URI.create(s.url()), Validators.NONE), 0, at);
    }

    private static PollResult failed(ServiceConfig s, Instant at) {
        return new PollResult(s, new PageResult.Failed(URI.create(s.url()), FailureKind.HTTP_STATUS, "HTTP 500", 500,
                null), 0, at);
    }

    private static PollResult read(ServiceConfig s, Status page, Status git, Instant at) {
        Snapshot snapshot = new Snapshot("GitHub", s.url(), "statuspage", at, page, page.label(),
                List.of(new Component("api", "API", null, Status.OPERATIONAL), new Component("git", "Git", null, git)),
                true, List.of(), List.of());
        return new PollResult(s, new PageResult.Read(URI.create(s.url()), "statuspage", snapshot, Validators.NONE), 0, at);
    }
}
