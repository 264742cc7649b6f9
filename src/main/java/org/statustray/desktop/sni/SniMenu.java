package org.statustray.desktop.sni;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.freedesktop.dbus.errors.InvalidMethodArgument;
import org.freedesktop.dbus.errors.PropertyReadOnly;
import org.freedesktop.dbus.interfaces.Properties;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.TrayActions;
import org.statustray.desktop.TrayMenu;
import org.statustray.model.TrayState;

/**
 * The tray menu exported at {@link DbusMenu#PATH}. Hosts fetch the layout, and send "clicked" events that
 * run the matching {@link TrayActions} on {@code actionThread}.
 */
final class SniMenu implements DbusMenu, Properties {
    private static final System.Logger LOG = System.getLogger(SniMenu.class.getName());
    private static final UInt32 VERSION = new UInt32(3);

    private record Layout(long revision, SniMenuItems items, List<String> looks) {
    }

    private final TrayMenu menu = new TrayMenu();
    private final TrayActions actions;
    private final Executor actionThread;
    private volatile Layout layout;

    SniMenu(TrayState state, TrayActions actions, Executor actionThread) {
        this.actions = actions;
        this.actionThread = actionThread;
        List<TrayMenu.Entry> entries = menu.entries(state);
        this.layout = new Layout(1, new SniMenuItems(entries), looks(entries));
    }

    /** Takes the new state's rows; answers the new revision when what the menu shows changed, else -1. */
    synchronized long update(TrayState state) {
        List<TrayMenu.Entry> entries = menu.entries(state);
        List<String> looks = looks(entries);
        if (looks.equals(layout.looks())) {
            return -1;
        }
        layout = new Layout(layout.revision() + 1, new SniMenuItems(entries), looks);
        return layout.revision();
    }

    @Override
    public DbusPair<UInt32, MenuLayout> GetLayout(int parentId, int recursionDepth, List<String> propertyNames) {
        Layout now = layout;
        requireItem(now.items(), parentId);
        return new DbusPair<>(new UInt32(now.revision()), now.items().layout(parentId, recursionDepth, propertyNames));
    }

    @Override
    public List<MenuItemProperties> GetGroupProperties(List<Integer> ids, List<String> propertyNames) {
        SniMenuItems items = layout.items();
        List<Integer> wanted = ids.isEmpty() ? items.entries().stream().map(TrayMenu.Entry::id).toList() : ids;
        List<MenuItemProperties> answer = new ArrayList<>();
        for (int id : wanted) {
            if (items.contains(id)) {
                answer.add(new MenuItemProperties(id, items.properties(id, propertyNames)));
            }
        }
        return answer;
    }

    @Override
    public Variant<?> GetProperty(int id, String name) {
        SniMenuItems items = layout.items();
        requireItem(items, id);
        Variant<?> value = items.properties(id, List.of(name)).get(name);
        if (value == null) {
            throw new InvalidMethodArgument("item " + id + " has no property " + name);
        }
        return value;
    }

    @Override
    public void Event(int id, String eventId, Variant<?> data, UInt32 timestamp) {
        if (!handle(id, eventId)) {
            LOG.log(System.Logger.Level.DEBUG, "menu event for an unknown item {0}", id);
        }
    }

    @Override
    public List<Integer> EventGroup(List<MenuEvent> events) {
        List<Integer> unknown = new ArrayList<>();
        for (MenuEvent event : events) {
            if (!handle(event.id(), event.eventId())) {
                unknown.add(event.id());
            }
        }
        return unknown;
    }

    @Override
    public boolean AboutToShow(int id) {
        return false;
    }

    @Override
    public DbusPair<List<Integer>, List<Integer>> AboutToShowGroup(List<Integer> ids) {
        SniMenuItems items = layout.items();
        return new DbusPair<>(List.of(), ids.stream().filter(id -> !items.contains(id)).toList());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A> @Nullable A Get(String interfaceName, String propertyName) {
        return interfaceName.isEmpty() || INTERFACE.equals(interfaceName) ? (A) menuProperties().get(propertyName) : null;
    }

    @Override
    public <A> void Set(String interfaceName, String propertyName, A value) {
        throw new PropertyReadOnly(propertyName + " is read-only");
    }

    @Override
    public Map<String, Variant<?>> GetAll(String interfaceName) {
        return interfaceName.isEmpty() || INTERFACE.equals(interfaceName) ? menuProperties() : Map.of();
    }

    @Override
    public String getObjectPath() {
        return PATH;
    }

    private static Map<String, Variant<?>> menuProperties() {
        return Map.of("Version", new Variant<>(VERSION), "TextDirection", new Variant<>("ltr"),
                "Status", new Variant<>("normal"), "IconThemePath", new Variant<>(List.of(), "as"));
    }

    /** Runs a click; answers false when no item has the id. */
    private boolean handle(int id, String eventId) {
        TrayMenu.Entry entry = layout.items().entries().stream().filter(e -> e.id() == id).findFirst().orElse(null);
        if (entry == null) {
            return false;
        }
        if ("clicked".equals(eventId)) {
            actionThread.execute(() -> TrayMenu.activate(entry, actions));
        }
        return true;
    }

    private static void requireItem(SniMenuItems items, int id) {
        if (!items.contains(id)) {
            throw new InvalidMethodArgument("no menu item " + id);
        }
    }

    /** What the host draws for each entry: a changed label or status means a new layout. */
    private static List<String> looks(List<TrayMenu.Entry> entries) {
        return entries.stream().map(e -> e.id() + " " + e.label()
                + (e instanceof TrayMenu.ServiceRow row ? " " + row.status() : "")).toList();
    }
}
