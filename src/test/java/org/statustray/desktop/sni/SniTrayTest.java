package org.statustray.desktop.sni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.desktop.sni.TrayWait.until;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.interfaces.DBus;
import org.freedesktop.dbus.messages.DBusSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.desktop.RecordingTrayActions;
import org.statustray.desktop.icons.TrayIcons;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snooze;
import org.statustray.model.Status;
import org.statustray.model.TrayState;
import org.statustray.testing.PrivateSessionBus;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.HistoryLog;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.SentLog;
import org.statustray.watch.WatchPipeline;

/** The StatusNotifierItem on a private bus, read and clicked the way a tray host does it. */
class SniTrayTest {
    private static final TrayState ALL_WELL = new TrayState(Status.OPERATIONAL, "All services operational",
            List.of(new TrayState.Row("github", "GitHub", Status.OPERATIONAL, "All Systems Operational")), false);
    private static final TrayState GITHUB_DOWN = new TrayState(Status.MAJOR_OUTAGE, "GitHub: major outage",
            List.of(new TrayState.Row("github", "GitHub", Status.MAJOR_OUTAGE, "Major Outage")), false);

    @TempDir
    Path dir;
    private PrivateSessionBus bus;
    private FakeWatcher watcher;
    private DBusConnection host;
    private SniTray tray;
    private final RecordingTrayActions actions = new RecordingTrayActions();
    private final List<DBusSignal> signals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startBusWatcherAndTray() throws Exception {
        bus = PrivateSessionBus.start(dir);
        watcher = FakeWatcher.on(bus);
        host = bus.connect();
        host.addSigHandler(StatusNotifierItem.NewIcon.class, signals::add);
        host.addSigHandler(StatusNotifierItem.NewToolTip.class, signals::add);
        host.addSigHandler(StatusNotifierItem.NewStatus.class, signals::add);
        tray = SniTray.start(bus.address(), actions).orElseThrow();
    }

    @AfterEach
    void stopAll() throws Exception {
        tray.close();
        host.disconnect();
        watcher.close();
        bus.close();
    }

    private SniClient item() {
        return new SniClient(host, tray.busName());
    }

    @Test
    void registersItsBusNameWithTheWatcher() {
        until(() -> watcher.registered.contains(tray.busName()));
        assertThat(tray.busName()).matches("org\\.kde\\.StatusNotifierItem-\\d+-\\d+");
        assertThat(tray.describe()).isEqualTo("StatusNotifierItem");
    }

    @Test
    void hostReadsTheItemsProperties() throws Exception {
        tray.update(ALL_WELL);
        SniClient item = item();

        assertThat(item.itemProperty("Category").getValue()).isEqualTo("ApplicationStatus");
        assertThat(item.itemProperty("Id").getValue()).isEqualTo("statustray");
        assertThat(item.itemProperty("Title").getValue()).isEqualTo("StatusTray");
        assertThat(item.itemProperty("Status").getValue()).isEqualTo("Active");
        assertThat(item.itemProperty("ItemIsMenu").getValue()).isEqualTo(false);
        assertThat(item.itemProperty("Menu").getSig()).isEqualTo("o");
        assertThat(item.itemProperty("Menu").getValue()).hasToString("/MenuBar");
        assertThat(item.itemProperty("ToolTip").getSig()).isEqualTo("(sa(iiay)ss)");
        assertThat(((Object[]) item.itemProperty("ToolTip").getValue())[2]).isEqualTo("StatusTray");
        assertThat(item.toolTipText()).isEqualTo("All services operational");
        assertThat(item.itemProperty("IconPixmap").getSig()).isEqualTo("a(iiay)");
        assertThat(item.iconPixmaps()).extracting(SniClient.Pixmap::width).containsExactly(16, 22, 24, 32, 48);
        assertThat(item.iconPixmaps()).allSatisfy(p -> {
            assertThat(p.height()).isEqualTo(p.width());
            assertThat(p.argb()).hasSize(4 * p.width() * p.height());
            assertThat(p.centre()).isEqualTo(TrayIcons.colour(Status.OPERATIONAL).getRGB());
        });
    }

    @Test
    void getAllAnswersEveryProperty() throws Exception {
        Object all = item().call(StatusNotifierItem.PATH, "org.freedesktop.DBus.Properties", "GetAll", "s",
                StatusNotifierItem.INTERFACE).getParameters()[0];
        assertThat(((Map<?, ?>) all).keySet().stream().map(String::valueOf)).contains("Category", "Id", "Title", "Status", "IconPixmap",
                "ToolTip", "ItemIsMenu", "Menu", "WindowId", "IconName");
    }

    @Test
    void updateChangesTooltipAndIconAndTellsTheHost() throws Exception {
        tray.update(ALL_WELL);
        until(() -> count(StatusNotifierItem.NewToolTip.class) == 1 && count(StatusNotifierItem.NewIcon.class) == 1);
        signals.clear();

        tray.update(GITHUB_DOWN);

        until(() -> count(StatusNotifierItem.NewIcon.class) == 1 && count(StatusNotifierItem.NewToolTip.class) == 1
                && count(StatusNotifierItem.NewStatus.class) == 1);
        assertThat(signals).filteredOn(StatusNotifierItem.NewStatus.class::isInstance)
                .extracting(s -> ((StatusNotifierItem.NewStatus) s).status()).containsExactly("NeedsAttention");
        SniClient item = item();
        assertThat(item.toolTipText()).isEqualTo("GitHub: major outage");
        assertThat(item.itemProperty("Status").getValue()).isEqualTo("NeedsAttention");
        assertThat(item.iconPixmaps()).allSatisfy(p ->
                assertThat(p.centre()).isEqualTo(TrayIcons.colour(Status.MAJOR_OUTAGE).getRGB()));
    }

    @Test
    void aNewTooltipAloneDoesNotRedrawTheIcon() throws Exception {
        tray.update(ALL_WELL);
        tray.update(new TrayState(Status.OPERATIONAL, "Checked just now", ALL_WELL.services(), false));
        tray.update(GITHUB_DOWN);

        until(() -> count(StatusNotifierItem.NewToolTip.class) == 3 && count(StatusNotifierItem.NewIcon.class) >= 2);
        // STARTING → ALL_WELL and ALL_WELL → GITHUB_DOWN change the picture; the tooltip-only update does not.
        assertThat(count(StatusNotifierItem.NewIcon.class)).isEqualTo(2);
    }

    @Test
    void anUnchangedStateTellsTheHostNothing() throws Exception {
        tray.update(ALL_WELL);
        until(() -> count(StatusNotifierItem.NewToolTip.class) == 1);
        tray.update(new TrayState(ALL_WELL.worst(), ALL_WELL.tooltip(), ALL_WELL.services(), false)); // equal, not same
        tray.update(GITHUB_DOWN);

        until(() -> count(StatusNotifierItem.NewToolTip.class) == 2);
        assertThat(count(StatusNotifierItem.NewIcon.class)).isEqualTo(2);
        assertThat(SniProperties.pixmaps(ALL_WELL)).isSameAs(SniProperties.pixmaps(
                new TrayState(Status.OPERATIONAL, "another tooltip", List.of(), false))); // drawn once per look
    }

    @Test
    void snoozingChangesTheIcon() throws Exception {
        tray.update(ALL_WELL);
        until(() -> count(StatusNotifierItem.NewIcon.class) == 1);
        List<String> before = item().iconPixmaps().stream().map(p -> Arrays.toString(p.argb())).toList();

        tray.update(new TrayState(Status.OPERATIONAL, ALL_WELL.tooltip(), ALL_WELL.services(), true));

        until(() -> count(StatusNotifierItem.NewIcon.class) == 2);
        List<String> after = item().iconPixmaps().stream().map(p -> Arrays.toString(p.argb())).toList();
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i)).as("pixmap %d", i).isNotEqualTo(before.get(i));
        }
    }

    @Test
    void theTooltipSaysUntilWhenWhileSnoozedAndNoMoreOnceItEnds() throws Exception {
        Instant now = Instant.parse("2026-12-07T17:30:00Z");
        NotificationPolicy policy = new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC);
        ServiceConfig github = new ServiceConfig("github", "GitHub", "http://127.0.0.1:9", "statuspage", List.of(), 1,
                false, false, false);
        ServiceConfig slack = new ServiceConfig("slack", "Slack", "http://127.0.0.1:8", "statuspage", List.of(), 1,
                true, false, false);
        WatchPipeline pipeline = new WatchPipeline(new ChangeDetector(), policy, HistoryLog.NONE,
                List.of(github, slack), n -> { }, tray::update, Clock.fixed(now, ZoneOffset.UTC));
        Instant until = now.plusSeconds(3600);
        policy.snoozeUntil(until);

        pipeline.snoozeMoved(now);

        String sentence = Snooze.of(until, now, ZoneId.systemDefault()).sentence();
        until(() -> tooltipText().contains(sentence));
        assertThat(tooltipText()).contains("\nSlack: unknown (muted)");

        pipeline.snoozeMoved(until); // it ran out
        until(() -> !tooltipText().contains("snoozed"));
        assertThat(tooltipText()).startsWith("StatusTray\nGitHub: ");
        until(() -> count(StatusNotifierItem.NewToolTip.class) >= 2);
    }

    private String tooltipText() {
        try {
            return (String) ((Object[]) item().itemProperty("ToolTip").getValue())[3];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void activateOpensTheOverviewAndMiddleClickRefreshes() throws Exception {
        host.getRemoteObject(tray.busName(), StatusNotifierItem.PATH, StatusNotifierItem.class).Activate(10, 20);
        until(() -> actions.calls.contains("overview"));

        item().call(StatusNotifierItem.PATH, StatusNotifierItem.INTERFACE, "SecondaryActivate", "ii", 1, 2);
        until(() -> actions.calls.contains("refresh"));
        assertThat(actions.calls).containsExactly("overview", "refresh");
    }

    @Test
    void reRegistersWhenTheWatcherRestarts() throws Exception {
        until(() -> watcher.registered.contains(tray.busName()));
        watcher.close();

        watcher = FakeWatcher.on(bus);

        until(() -> watcher.registered.contains(tray.busName()));
    }

    @Test
    void closeTakesTheItemOffTheBus() throws Exception {
        DBus daemon = host.getRemoteObject("org.freedesktop.DBus", "/org/freedesktop/DBus", DBus.class);
        assertThat(daemon.NameHasOwner(tray.busName())).isTrue();

        tray.close();

        until(() -> !daemon.NameHasOwner(tray.busName()));
        tray.update(GITHUB_DOWN);
    }

    @Test
    void propertiesOfAnotherInterfaceAreNotOurs() throws Exception {
        Object all = item().call(StatusNotifierItem.PATH, "org.freedesktop.DBus.Properties", "GetAll", "s",
                "org.example.Other").getParameters()[0];
        assertThat((Map<?, ?>) all).isEmpty();
    }

    private long count(Class<? extends DBusSignal> kind) {
        return signals.stream().filter(kind::isInstance).count();
    }
}
