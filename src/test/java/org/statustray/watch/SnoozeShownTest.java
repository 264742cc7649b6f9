package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Snooze;
import org.statustray.model.Status;
import org.statustray.model.TrayState;

/**
 * What the tray is told of the snooze and of muted services: the tooltip and the state say until when while
 * snoozed, and stop at once when it is resumed or runs out, without waiting for a poll.
 */
class SnoozeShownTest {
    static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    static final ServiceConfig GITHUB = new ServiceConfig("gh", "GitHub", "http://127.0.0.1:9", "statuspage",
            List.of(), 1, false, false, false);
    static final ServiceConfig SLACK_MUTED = new ServiceConfig("slack", "Slack", "http://127.0.0.1:8", "statuspage",
            List.of(), 1, true, false, false);

    final List<TrayState> told = new ArrayList<>();
    final NotificationPolicy policy = new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC);
    final WatchPipeline pipeline = new WatchPipeline(new ChangeDetector(), policy,
            WatchPipelineTest.transitionsInto(new ArrayList<>()), List.of(GITHUB), n -> { }, told::add);

    TrayState last() {
        return told.get(told.size() - 1);
    }

    @Test
    void whileSnoozedTheTooltipSaysUntilWhen() {
        pipeline.handle(read(GITHUB, T0));
        Instant until = T0.plusSeconds(3600);
        policy.snoozeUntil(until);

        pipeline.snoozeMoved(T0.plusSeconds(5));

        String sentence = Snooze.of(until, T0.plusSeconds(5), ZoneId.systemDefault()).sentence();
        assertThat(sentence).matches("Notifications snoozed until \\d\\d:\\d\\d \\S+");
        assertThat(last().snooze()).isNotNull().extracting(Snooze::until).isEqualTo(until);
        assertThat(last().tooltip().lines().toList()).containsExactly("StatusTray", sentence, "GitHub: operational");
    }

    @Test
    void resumingTakesItOffAtOnce() {
        pipeline.handle(read(GITHUB, T0));
        policy.snoozeUntil(T0.plusSeconds(3600));
        pipeline.snoozeMoved(T0.plusSeconds(5));
        int before = told.size();

        policy.resume();
        pipeline.snoozeMoved(T0.plusSeconds(6));

        assertThat(told).hasSize(before + 1);
        assertThat(last().snoozed()).isFalse();
        assertThat(last().tooltip()).doesNotContain("snoozed");
    }

    @Test
    void aSnoozeThatRunsOutLeavesTheTrayWithoutAnyPoll() {
        pipeline.handle(read(GITHUB, T0));
        policy.snoozeUntil(T0.plusSeconds(60));
        pipeline.snoozeMoved(T0.plusSeconds(1));
        pipeline.snoozeMoved(T0.plusSeconds(30));
        assertThat(last().snoozed()).isTrue();
        int before = told.size();

        pipeline.snoozeMoved(T0.plusSeconds(60)); // the timer set for its end, or the half-minute tick

        assertThat(told).as("told once, when it ended").hasSize(before + 1);
        assertThat(last().snoozed()).isFalse();
        assertThat(last().tooltip()).doesNotContain("snoozed");
        pipeline.snoozeMoved(T0.plusSeconds(90));
        assertThat(told).as("nothing more to tell").hasSize(before + 1);
    }

    @Test
    void aChangeOfWatchedServicesKeepsTheSnoozeShown() {
        pipeline.handle(read(GITHUB, T0));
        policy.snoozeUntil(T0.plusSeconds(3600));
        WatchPipeline clocked = new WatchPipeline(new ChangeDetector(), policy,
                WatchPipelineTest.transitionsInto(new ArrayList<>()), List.of(GITHUB), n -> { }, told::add,
                java.time.Clock.fixed(T0.plusSeconds(10), ZoneOffset.UTC));

        clocked.setServices(List.of(GITHUB, SLACK_MUTED));

        assertThat(last().snoozed()).as("settings changed while snoozed").isTrue();
    }

    @Test
    void aMutedServiceIsMarkedInItsRowAndTheTooltip() {
        pipeline.setServices(List.of(GITHUB, SLACK_MUTED));
        pipeline.handle(read(GITHUB, T0));
        pipeline.handle(read(SLACK_MUTED, T0));

        assertThat(last().services()).extracting(TrayState.Row::serviceId, TrayState.Row::muted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gh", false),
                        org.assertj.core.groups.Tuple.tuple("slack", true));
        assertThat(last().tooltip().lines().toList()).containsExactly("StatusTray", "GitHub: operational",
                "Slack: operational (muted)");

        ServiceConfig unmuted = new ServiceConfig("slack", "Slack", "http://127.0.0.1:8", "statuspage", List.of(), 1,
                false, false, false);
        pipeline.setServices(List.of(GITHUB, unmuted));
        assertThat(last().tooltip()).doesNotContain("(muted)");
        assertThat(last().services()).noneMatch(TrayState.Row::muted);
    }

    private static PollResult read(ServiceConfig s, Instant at) {
        Snapshot snapshot = new Snapshot(s.name(), s.url(), "statuspage", at, Status.OPERATIONAL, "All Systems Operational",
                List.of(), true, List.of(), List.of());
        return new PollResult(s, new PageResult.Read(URI.create(s.url()), "statuspage", snapshot, Validators.NONE), 0, at);
    }
}
