package org.statustray.desktop.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.desktop.Notices.degraded;
import static org.statustray.desktop.Notices.notice;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.desktop.Notices;
import org.statustray.desktop.icons.StatusIconFiles;
import org.statustray.model.Notice;
import org.statustray.model.Notice.Urgency;
import org.statustray.model.Status;
import org.statustray.testing.Await;
import org.statustray.testing.FakeNotificationServer;
import org.statustray.testing.FakeNotificationServer.Call;
import org.statustray.testing.PrivateSessionBus;

/** The notifier against a fake notification server on a private in-process bus. */
class FreedesktopNotifierTest {
    @TempDir
    Path dir;
    PrivateSessionBus bus;
    FakeNotificationServer server;
    FreedesktopNotifier notifier;
    final RecordingActions actions = new RecordingActions();

    @BeforeEach
    void startBus() throws Exception {
        bus = PrivateSessionBus.start(dir);
    }

    @AfterEach
    void stopBus() throws Exception {
        if (notifier != null) {
            notifier.close();
        }
        bus.close();
    }

    private FreedesktopNotifier notifier(String... capabilities) throws Exception {
        server = FakeNotificationServer.start(bus.connect(), List.of(capabilities));
        notifier = FreedesktopNotifier.atAddress(bus.address(), icons(), actions).orElseThrow();
        return notifier;
    }

    private StatusIconFiles icons() {
        return new StatusIconFiles(dir.resolve("icons"));
    }

    /** Every notice shown so far has been sent: close() sends what is queued. */
    private List<Call> callsAfterClose() {
        notifier.close();
        return server.calls();
    }

    @Test
    void sendsTheNoticeWithAppNameIconAndHints() throws Exception {
        notifier("body").show(degraded("openai/inc-1"));

        Call call = server.awaitCalls(1).get(0);
        assertThat(call.appName()).isEqualTo("StatusTray");
        assertThat(call.summary()).isEqualTo("OpenAI: degraded");
        assertThat(call.body()).isEqualTo("Elevated error rates on ChatGPT");
        assertThat(call.expireTimeout()).isEqualTo(-1);
        assertThat(call.hints()).containsEntry("urgency", (byte) 1).containsEntry("desktop-entry", "statustray")
                .containsEntry("category", "network").containsEntry("image-path", call.appIcon());
        assertThat(call.appIcon()).startsWith("file:///").endsWith("status-degraded-48.png");
        Path icon = Path.of(URI.create(call.appIcon()));
        assertThat(ImageIO.read(icon.toFile()).getWidth()).isEqualTo(48);
        assertThat(notifier.describe()).isEqualTo("freedesktop notifications (fake-notifyd 1.0)");
        assertThat(callsAfterClose()).hasSize(1);
    }

    @Test
    void urgencyFollowsTheNoticeAndMajorOutagesAreCritical() throws Exception {
        notifier();
        notifier.show(notice("OpenAI: major outage", "Down", Status.MAJOR_OUTAGE, Urgency.CRITICAL, "a"));
        notifier.show(notice("OpenAI: degraded", "Slow", Status.DEGRADED, Urgency.NORMAL, "b"));
        notifier.show(notice("OpenAI recovered", "", Status.OPERATIONAL, Urgency.LOW, "c"));
        notifier.show(notice("OpenAI: major outage", "Down", Status.MAJOR_OUTAGE, null, "d"));
        notifier.show(notice("OpenAI: unknown", "Unreadable", Status.UNKNOWN, null, "e"));

        List<Call> calls = server.awaitCalls(5);
        assertThat(calls).extracting(c -> c.hints().get("urgency"))
                .containsExactly((byte) 2, (byte) 1, (byte) 0, (byte) 2, (byte) 0);
        List<String> icons = calls.stream().map(Call::appIcon).toList();
        assertThat(icons.get(3)).isEqualTo(icons.get(0)).contains("major_outage");
        assertThat(Set.copyOf(icons)).hasSize(4);
    }

    @Test
    void aNewUpdateOfTheSameThreadReplacesItsBubble() throws Exception {
        notifier();
        notifier.show(degraded("openai/inc-1"));
        notifier.show(degraded("openai/inc-1"));
        notifier.show(degraded("github/inc-9"));
        notifier.show(degraded(null));

        List<Call> calls = server.awaitCalls(4);
        assertThat(calls.get(0).replacesId()).isZero();
        assertThat(calls.get(1).replacesId()).isEqualTo(calls.get(0).returnedId()).isNotZero();
        assertThat(calls.get(2).replacesId()).isZero();
        assertThat(calls.get(3).replacesId()).isZero();
    }

    @Test
    void aClosedBubbleIsNotReplacedButANewOneOpens() throws Exception {
        notifier();
        notifier.show(degraded("openai/inc-1"));
        long id = server.awaitCalls(1).get(0).returnedId();
        awaitUntil(() -> notifier.bubbleOf("openai/inc-1").isPresent()); // the reply is in

        server.closed(id, 2);
        awaitUntil(() -> notifier.bubbleOf("openai/inc-1").isEmpty());
        notifier.show(degraded("openai/inc-1"));

        assertThat(server.awaitCalls(2).get(1).replacesId()).isZero();
    }

    @Test
    void offersNoActionsWhenTheServerHasNone() throws Exception {
        notifier("body", "body-markup").show(degraded("t"));

        assertThat(server.awaitCalls(1).get(0).actions()).isEmpty();
    }

    @Test
    void offersThePageOnlyForWebAddresses() throws Exception {
        notifier("actions");
        notifier.show(Notices.withUrl("https://status.openai.com/incidents/1"));
        notifier.show(Notices.withUrl("javascript:alert(1)"));
        notifier.show(Notices.withUrl(null));

        List<Call> calls = server.awaitCalls(3);
        assertThat(calls.get(0).actions()).containsExactly("timeline", "Open timeline", "page", "Open status page");
        assertThat(calls.get(1).actions()).containsExactly("timeline", "Open timeline");
        assertThat(calls.get(2).actions()).containsExactly("timeline", "Open timeline");
    }

    @Test
    void escapesTheBodyForServersThatReadMarkup() throws Exception {
        String body = "Errors for <5% of requests & retries > 3";
        notifier("body", "body-markup").show(notice("Slack: <degraded>", body, Status.DEGRADED, Urgency.NORMAL, "s"));

        Call call = server.awaitCalls(1).get(0);
        assertThat(call.body()).isEqualTo("Errors for &lt;5% of requests &amp; retries &gt; 3");
        assertThat(call.summary()).isEqualTo("Slack: <degraded>");
    }

    @Test
    void leavesTheBodyAloneForServersWithoutMarkup() throws Exception {
        String body = "Errors for <5% of requests & retries > 3";
        notifier("body").show(notice("Slack: degraded", body, Status.DEGRADED, Urgency.NORMAL, "s"));

        assertThat(server.awaitCalls(1).get(0).body()).isEqualTo(body);
    }

    @Test
    void actionsOpenTheTimelineOrThePage() throws Exception {
        notifier("actions");
        notifier.show(Notices.withUrl("https://status.openai.com/incidents/1"));
        long id = server.awaitCalls(1).get(0).returnedId();
        awaitUntil(() -> notifier.bubbleOf("t").isPresent()); // the reply is in

        server.invokeAction(id + 1000, "timeline"); // another application's notification
        server.invokeAction(id, "page");
        assertThat(RecordingActions.await(actions.urls)).isEqualTo("https://status.openai.com/incidents/1");
        server.invokeAction(id, "timeline");
        assertThat(RecordingActions.await(actions.timelines)).isEqualTo("openai");
        assertThat(actions.timelines).isEmpty();
    }

    @Test
    void aSummaryAboutNoOneServiceOpensTheOverview() throws Exception {
        notifier("actions");
        Notice held = Notices.degraded("quiet");
        notifier.show(new Notice("quiet-hours", null, "While you were away", "2 changes", Status.DEGRADED,
                Urgency.NORMAL, "quiet", null, held.at()));
        long id = server.awaitCalls(1).get(0).returnedId();
        awaitUntil(() -> notifier.bubbleOf("quiet").isPresent());

        server.invokeAction(id, "timeline");
        assertThat(RecordingActions.await(actions.overviews)).isEqualTo("overview");
        assertThat(actions.timelines).isEmpty();
    }

    @Test
    void noNotificationServiceOnTheBusMeansNoNotifierAndNoWait() {
        long start = System.nanoTime();
        Optional<FreedesktopNotifier> none = FreedesktopNotifier.atAddress(bus.address(), icons(), actions);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(none).isEmpty();
        assertThat(millis).isLessThan(FreedesktopNotifier.PROBE_TIMEOUT.toMillis());
    }

    @Test
    void noBusAtAllMeansNoNotifierAndNoWait() {
        long start = System.nanoTime();
        Optional<FreedesktopNotifier> none = FreedesktopNotifier.atAddress(
                "unix:path=" + dir.resolve("no-bus-here"), icons(), actions);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(none).isEmpty();
        assertThat(millis).isLessThan(FreedesktopNotifier.PROBE_TIMEOUT.toMillis());
    }

    @Test
    void aBusThatGoesAwayTurnsNotificationsOffWithoutThrowing() throws Exception {
        notifier();
        notifier.show(degraded("t"));
        server.awaitCalls(1);
        bus.stopDaemon();
        awaitUntil(() -> !notifier.isAvailable());

        notifier.show(degraded("t"));
        notifier.show(degraded("u"));

        assertThat(callsAfterClose()).hasSize(1);
    }

    @Test
    void aCallersConnectionStaysOpenWhenTheNotifierCloses() throws Exception {
        server = FakeNotificationServer.start(bus.connect(), List.of());
        var connection = bus.connect();
        FreedesktopNotifier borrowed = FreedesktopNotifier.using(connection, icons(), actions).orElseThrow();
        borrowed.show(degraded("t"));
        borrowed.close();
        borrowed.show(degraded("t"));

        assertThat(connection.isConnected()).isTrue();
        assertThat(server.calls()).hasSize(1);
    }

    @Test
    void iconsThatCannotBeWrittenLeaveTheNoticeWithoutAnIcon() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        server = FakeNotificationServer.start(bus.connect(), List.of());
        notifier = FreedesktopNotifier.atAddress(bus.address(), new StatusIconFiles(notADirectory), actions)
                .orElseThrow();
        notifier.show(degraded("t"));

        Call call = server.awaitCalls(1).get(0);
        assertThat(call.appIcon()).isEmpty();
        assertThat(call.hints()).doesNotContainKey("image-path").containsEntry("urgency", (byte) 1);
    }

    /** Polls a condition set by another thread (a D-Bus signal), failing after 10 s. */
    private static void awaitUntil(BooleanSupplier condition) {
        Await.until(condition, Duration.ofSeconds(10), "the D-Bus signal's effect");
    }
}
