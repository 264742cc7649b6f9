package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.Component;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.PollResult;
import org.statustray.watch.SentLog;

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
    void aProblemOnTheFirstReadIsOneTransitionNotTwo() {
        WatchPipeline pipeline = pipeline(List.of(SERVICE));

        pipeline.handle(read(SERVICE, Status.DEGRADED, Status.DEGRADED, T0));

        assertThat(written).filteredOn(w -> w.startsWith("gh/-")).containsExactly("gh/- operational→degraded at " + T0);
    }

    @Test
    void aReadOfAServiceNoLongerWatchedIsIgnored() {
        WatchPipeline pipeline = pipeline(List.of());

        pipeline.handle(read(SERVICE, Status.MAJOR_OUTAGE, Status.MAJOR_OUTAGE, T0));

        assertThat(written).isEmpty();
        assertThat(pipeline.serviceViews()).isEmpty();
    }

    private WatchPipeline pipeline(List<ServiceConfig> services) {
        return new WatchPipeline(new ChangeDetector(), new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC),
                transitionsInto(written), services, n -> { }, s -> { });
    }

    /** A history that only notes the transitions written, one line each. */
    static WatchPipeline.History transitionsInto(List<String> written) {
        return new WatchPipeline.History() {
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

    private static PollResult read(ServiceConfig s, Status page, Status git, Instant at) {
        Snapshot snapshot = new Snapshot("GitHub", s.url(), "statuspage", at, page, page.label(),
                List.of(new Component("api", "API", null, Status.OPERATIONAL), new Component("git", "Git", null, git)),
                true, List.of(), List.of());
        return new PollResult(s, new PageResult.Read(URI.create(s.url()), "statuspage", snapshot, Validators.NONE), 0, at);
    }
}
