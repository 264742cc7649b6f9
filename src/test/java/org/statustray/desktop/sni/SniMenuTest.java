package org.statustray.desktop.sni;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statustray.desktop.sni.TrayWait.until;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.desktop.RecordingTrayActions;
import org.statustray.model.Snooze;
import org.statustray.model.Status;
import org.statustray.model.TrayState;
import org.statustray.testing.PrivateSessionBus;

/** The tray menu over com.canonical.dbusmenu, fetched and clicked the way a tray host does it. */
class SniMenuTest {
    private static final TrayState TWO_SERVICES = new TrayState(Status.PARTIAL_OUTAGE, "Slack: partial outage",
            List.of(new TrayState.Row("github", "GitHub", Status.DEGRADED, "Degraded Performance"),
                    new TrayState.Row("slack", "Slack", Status.PARTIAL_OUTAGE, "Partial Outage")), false);

    @TempDir
    Path dir;
    private PrivateSessionBus bus;
    private FakeWatcher watcher;
    private DBusConnection host;
    private SniTray tray;
    private final RecordingTrayActions actions = new RecordingTrayActions();

    /** One menu item as the host sees it: its id and its properties' values. */
    record Item(int id, Map<String, Object> properties) {
        String label() {
            Object type = properties.get("type");
            return "separator".equals(type) ? "---" : (String) properties.get("label");
        }
    }

    @BeforeEach
    void startBusWatcherAndTray() throws Exception {
        bus = PrivateSessionBus.start(dir);
        watcher = FakeWatcher.on(bus);
        host = bus.connect();
        tray = SniTray.start(bus.address(), actions).orElseThrow();
        tray.update(TWO_SERVICES);
    }

    @AfterEach
    void stopAll() throws Exception {
        tray.close();
        host.disconnect();
        watcher.close();
        bus.close();
    }

    @Test
    void layoutListsEveryServiceThenTheFixedItems() throws Exception {
        Message reply = menuCall("GetLayout", "iias", 0, -1, new String[0]);

        assertThat(reply.getSig()).isEqualTo("u(ia{sv}av)");
        assertThat(items(reply)).extracting(Item::label).containsExactly("Open StatusTray", "---",
                "GitHub — degraded", "Slack — partial outage", "---",
                "Refresh now", "Snooze 1 hour", "Snooze until tomorrow", "Incident history", "All services", "Settings", "---",
                "Quit");
        assertThat(items(reply).get(2).properties()).containsKey("icon-data");
    }

    @Test
    void clickingQuitCallsQuit() throws Exception {
        menu().Event(idOf("Quit"), "clicked", new Variant<>(0), new UInt32(0));

        until(() -> actions.calls.contains("quit"));
        assertThat(actions.calls).containsExactly("quit");
    }

    @Test
    void clickingAllServicesOpensThatWindow() throws Exception {
        menu().Event(idOf("All services"), "clicked", new Variant<>(0), new UInt32(0));

        until(() -> actions.calls.contains("all"));
        assertThat(actions.calls).containsExactly("all");
    }

    @Test
    void clickingAServiceOpensItsTimeline() throws Exception {
        menu().Event(idOf("Slack — partial outage"), "clicked", new Variant<>(""), new UInt32(0));

        until(() -> actions.calls.contains("timeline:slack"));
    }

    @Test
    void hoveringDoesNothingAndUnknownIdsAreReported() throws Exception {
        menu().Event(idOf("Quit"), "hovered", new Variant<>(0), new UInt32(0));
        List<Integer> unknown = menu().EventGroup(List.of(
                new MenuEvent(9999, "clicked", new Variant<>(0), new UInt32(0)),
                new MenuEvent(idOf("Settings"), "clicked", new Variant<>(0), new UInt32(0))));

        assertThat(unknown).containsExactly(9999);
        until(() -> actions.calls.contains("settings"));
        assertThat(actions.calls).containsExactly("settings");
    }

    @Test
    void aChangedServiceBumpsTheRevisionAndSignalsTheHost() throws Exception {
        List<DbusMenu.LayoutUpdated> updates = new CopyOnWriteArrayList<>();
        host.addSigHandler(DbusMenu.LayoutUpdated.class, updates::add);
        long before = ((UInt32) menuCall("GetLayout", "iias", 0, -1, new String[0]).getParameters()[0]).longValue();
        int githubId = idOf("GitHub — degraded");

        tray.update(new TrayState(Status.PARTIAL_OUTAGE, "Slack: partial outage",
                List.of(new TrayState.Row("github", "GitHub", Status.OPERATIONAL, "All Systems Operational"),
                        TWO_SERVICES.services().get(1)), false));

        // A signal of the update before the test may still arrive: look for the one after `before`.
        until(() -> updates.stream().anyMatch(u -> u.revision() > before));
        assertThat(updates).filteredOn(u -> u.revision() > before).singleElement()
                .satisfies(u -> assertThat(u.parent()).isZero());
        assertThat(idOf("GitHub — operational")).isEqualTo(githubId);
    }

    @Test
    void theSameRowsDoNotChangeTheLayout() throws Exception {
        long before = ((UInt32) menuCall("GetLayout", "iias", 0, -1, new String[0]).getParameters()[0]).longValue();

        tray.update(new TrayState(Status.PARTIAL_OUTAGE, "a new tooltip", TWO_SERVICES.services(), false));

        long after = ((UInt32) menuCall("GetLayout", "iias", 0, -1, new String[0]).getParameters()[0]).longValue();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void propertiesOfSingleItems() throws Exception {
        int quit = idOf("Quit");
        DbusMenu menu = menu();

        assertThat(menu.GetProperty(quit, "label").getValue()).isEqualTo("Quit");
        assertThat(menu.GetGroupProperties(List.of(quit), List.of("label")))
                .singleElement().satisfies(p -> assertThat(p.properties()).containsOnlyKeys("label"));
        assertThat(menu.AboutToShow(0)).isFalse();
        assertThat(menu.AboutToShowGroup(List.of(0, 4242)).second()).containsExactly(4242);
        assertThatThrownBy(() -> menu.GetLayout(4242, -1, List.of())).isInstanceOf(DBusExecutionException.class);
    }

    @Test
    void whileSnoozedTheMenuSaysUntilWhenGreyedAndResumeResumes() throws Exception {
        Snooze snooze = Snooze.of(Instant.parse("2026-12-07T18:30:00Z"), Instant.parse("2026-12-07T17:30:00Z"),
                ZoneId.of("Europe/Berlin"));
        tray.update(new TrayState(Status.PARTIAL_OUTAGE, "Slack: partial outage", TWO_SERVICES.services(), snooze));
        until(() -> labels().contains("Resume notifications"));

        List<Item> items = items(menuCall("GetLayout", "iias", 0, -1, new String[0]));
        assertThat(items).extracting(Item::label).doesNotContain("Snooze 1 hour", "Snooze until tomorrow")
                .containsSubsequence("Refresh now", "Notifications snoozed until 19:30 CET", "Resume notifications");
        assertThat(items).filteredOn(i -> i.label().startsWith("Notifications snoozed")).singleElement()
                .satisfies(i -> assertThat(i.properties()).containsEntry("enabled", false));
        menu().Event(idOf("Resume notifications"), "clicked", new Variant<>(0), new UInt32(0));
        until(() -> actions.calls.contains("resume"));

        tray.update(TWO_SERVICES); // the app tells the tray that the snooze ended
        until(() -> !labels().contains("Resume notifications"));
        assertThat(labels()).contains("Snooze 1 hour").noneMatch(l -> l.contains("snoozed"));
    }

    @Test
    void openStatusTrayOpensTheOverview() throws Exception {
        menu().Event(idOf("Open StatusTray"), "clicked", new Variant<>(0), new UInt32(0));

        until(() -> actions.calls.contains("overview"));
        assertThat(actions.calls).containsExactly("overview");
    }

    private List<String> labels() {
        try {
            return items(menuCall("GetLayout", "iias", 0, -1, new String[0])).stream().map(Item::label).toList();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void menuVersionIsThree() throws Exception {
        Variant<?> version = (Variant<?>) menuCall("org.freedesktop.DBus.Properties", "Get", "ss",
                DbusMenu.INTERFACE, "Version").getParameters()[0];
        assertThat(version.getSig()).isEqualTo("u");
        assertThat(((UInt32) version.getValue()).intValue()).isEqualTo(3);
    }

    private DbusMenu menu() throws Exception {
        return host.getRemoteObject(tray.busName(), DbusMenu.PATH, DbusMenu.class);
    }

    private Message menuCall(String member, String signature, Object... args) throws Exception {
        return menuCall(DbusMenu.INTERFACE, member, signature, args);
    }

    private Message menuCall(String iface, String member, String signature, Object... args) throws Exception {
        return new SniClient(host, tray.busName()).call(DbusMenu.PATH, iface, member, signature, args);
    }

    private int idOf(String label) throws Exception {
        return items(menuCall("GetLayout", "iias", 0, -1, new String[0])).stream()
                .filter(item -> label.equals(item.label())).findFirst().orElseThrow().id();
    }

    private static List<Item> items(Message layoutReply) throws Exception {
        Object[] root = (Object[]) layoutReply.getParameters()[1];
        List<Item> items = new ArrayList<>();
        for (Object child : (List<?>) root[2]) {
            Object[] fields = (Object[]) ((Variant<?>) child).getValue();
            Map<String, Object> properties = new HashMap<>();
            ((Map<?, ?>) fields[1]).forEach((k, v) -> properties.put((String) k, ((Variant<?>) v).getValue()));
            items.add(new Item((Integer) fields[0], properties));
        }
        return items;
    }
}
