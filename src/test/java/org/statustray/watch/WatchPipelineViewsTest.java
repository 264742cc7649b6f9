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
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/** What the overview is given besides each service: its page's components, and whether this machine seems offline. */
class WatchPipelineViewsTest {
    static final ServiceConfig ONE = new ServiceConfig("gh", "GitHub", "http://127.0.0.1:9", "statuspage", List.of(),
            1, false, false, false);
    static final ServiceConfig TWO = new ServiceConfig("other", "Other", "http://127.0.0.2:9", "statuspage", List.of(),
            1, false, false, false);
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    final WatchPipeline pipeline = new WatchPipeline(new ChangeDetector(),
            new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC), WatchPipelineTest.transitionsInto(new ArrayList<>()),
            List.of(ONE, TWO), n -> { }, s -> { });

    @Test
    void aServicesViewCarriesThePagesComponentsOfWhatIsWatched() {
        ServiceConfig watchingGit = new ServiceConfig("gh", "GitHub", ONE.url(), "statuspage", List.of("Git"), 1, false,
                false, false);
        pipeline.setServices(List.of(watchingGit));
        pipeline.handle(read(watchingGit, T0));

        assertThat(pipeline.serviceViews().get(0).components()).extracting(Component::name, Component::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Git", Status.PARTIAL_OUTAGE));
    }

    @Test
    void offlineOnceEveryPolledPageGetsNoAnswerAndNotBefore() {
        pipeline.handle(read(ONE, T0));
        pipeline.handle(read(TWO, T0));
        assertThat(pipeline.offline()).isFalse();

        pipeline.handle(unreachable(ONE, T0.plusSeconds(60)));
        assertThat(pipeline.offline()).as("one page still answers").isFalse();
        pipeline.handle(unreachable(TWO, T0.plusSeconds(61)));

        assertThat(pipeline.offline()).isTrue();
        pipeline.handle(read(TWO, T0.plusSeconds(120)));
        assertThat(pipeline.offline()).as("back").isFalse();
    }

    private static PollResult read(ServiceConfig s, Instant at) {
        Snapshot snapshot = new Snapshot("GitHub", s.url(), "statuspage", at, Status.PARTIAL_OUTAGE, "Partial outage",
                List.of(new Component("api", "API", null, Status.OPERATIONAL),
                        new Component("git", "Git", null, Status.PARTIAL_OUTAGE)), true, List.of(), List.of());
        return new PollResult(s, new PageResult.Read(URI.create(s.url()), "statuspage", snapshot, Validators.NONE), 0, at);
    }

    private static PollResult unreachable(ServiceConfig s, Instant at) {
        return new PollResult(s, new PageResult.Failed(URI.create(s.url()), FailureKind.UNREACHABLE,
                "connection refused", 0, null), 0, at);
    }
}
