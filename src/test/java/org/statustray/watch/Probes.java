package org.statustray.watch;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Notice;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.model.ProbeTimes;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;
import org.statustray.model.TrayState;

/**
 * A pipeline watching OpenAI (its API probed) and GitHub (probed too when asked), fed page reads and probe
 * results by the test on a fake wall clock; what it told, what the tray was told, and what it handed the
 * history's page lag.
 */
final class Probes {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    static final ServiceConfig OPENAI = new ServiceConfig("openai", "OpenAI API", "https://status.openai.com",
            "statuspage", List.of(), null, false, false, false);
    static final ServiceConfig GITHUB = new ServiceConfig("gh", "GitHub", "https://www.githubstatus.com",
            "statuspage", List.of(), null, false, false, false);
    static final Map<String, URI> ADDRESSES = Map.of("openai", URI.create("https://api.openai.com/v1/models"),
            "gh", URI.create("https://api.github.com"));

    final ChangeDetector detector = new ChangeDetector();
    final NotificationPolicy policy;
    final List<Notice> told = new ArrayList<>();
    final List<String> lags = new ArrayList<>();
    final List<TrayState> trays = new ArrayList<>();
    volatile ProbePlan plan = ProbePlan.DEFAULT;
    final WatchPipeline pipeline;

    /** Watching both; only {@code probed} have a probe address. */
    Probes(String... probed) {
        this(SentLog.inMemory(), null, probed);
    }

    /** As after a restart: notices already sent in {@code sent}; probe runs the history remembers (or none). */
    Probes(SentLog sent, @Nullable Instant failingBeforeStart, String... probed) {
        policy = new NotificationPolicy(sent, HeldLog.inMemory(), ZoneOffset.UTC, detector.states());
        List<String> withProbe = List.of(probed);
        HistoryLog history = new HistoryLog() {
            @Override
            public @Nullable Instant probesFailingSince(String serviceId, Instant at) {
                return failingBeforeStart;
            }

            @Override
            public void transition(String serviceId, String componentId, Status from, Status to, Instant at) {
            }

            @Override
            public void pageLag(String serviceId, @Nullable String incidentId, Duration lead, Instant pageAt) {
                lags.add(serviceId + " " + lead + " at " + pageAt + (incidentId == null ? "" : " for " + incidentId));
            }
        };
        pipeline = new WatchPipeline(detector, policy, history, List.of(OPENAI, GITHUB), told::add, trays::add);
        pipeline.probeWith(new Probing(a -> {
            throw new AssertionError("the test hands the results in");
        }, () -> plan, s -> withProbe.contains(s.id()) ? Optional.of(ADDRESSES.get(s.id())) : Optional.empty()));
    }

    static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    void page(ServiceConfig s, Status status, int seconds) {
        pipeline.handle(new PollResult(s, Polls.read(status), 0, at(seconds)));
    }

    void pageUnreachable(ServiceConfig s, int seconds) {
        pipeline.handle(new PollResult(s, Polls.failed(org.statustray.fetch.FailureKind.UNREACHABLE), 0, at(seconds)));
    }

    void answers(ServiceConfig s, int seconds) {
        pipeline.handleProbe(new ProbeReport(s, new ProbeResult(ADDRESSES.get(s.id()).toString(), true, 401,
                new ProbeTimes(4L, 21L, 38L, 112L, 115), null, null, at(seconds))));
    }

    void fails(ServiceConfig s, ProbeFailure failure, int seconds) {
        pipeline.handleProbe(new ProbeReport(s, new ProbeResult(ADDRESSES.get(s.id()).toString(), false,
                failure == ProbeFailure.SERVER_ERROR ? 503 : null, new ProbeTimes(4L, null, null, null, 10_000),
                failure, "it failed: " + failure, at(seconds))));
    }

    List<Notice> told(Notice.Cause cause) {
        return told.stream().filter(n -> n.cause() == cause).toList();
    }
}
