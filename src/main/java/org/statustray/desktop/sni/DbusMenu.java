package org.statustray.desktop.sni;

import static org.freedesktop.dbus.annotations.DBusProperty.Access.READ;
import static org.freedesktop.dbus.annotations.PropertiesEmitsChangedSignal.EmitChangeSignal.FALSE;

import java.util.List;
import org.freedesktop.dbus.TypeRef;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusProperty;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/** The {@code com.canonical.dbusmenu} D-Bus interface: a menu a tray host draws for a StatusNotifierItem. */
@DBusInterfaceName(DbusMenu.INTERFACE)
@DBusProperty(name = "Version", type = UInt32.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "TextDirection", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "Status", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "IconThemePath", type = DbusMenu.StringList.class, access = READ, emitChangeSignal = FALSE)
public interface DbusMenu extends DBusInterface {
    String INTERFACE = "com.canonical.dbusmenu";
    String PATH = "/MenuBar";

    /** {@code (u(ia{sv}av))}: the layout's revision and the item {@code parentId} with its children. */
    DbusPair<UInt32, MenuLayout> GetLayout(int parentId, int recursionDepth, List<String> propertyNames);

    List<MenuItemProperties> GetGroupProperties(List<Integer> ids, List<String> propertyNames);

    Variant<?> GetProperty(int id, String name);

    /** An item was {@code clicked} (or hovered, opened, closed: those are ignored). */
    void Event(int id, String eventId, Variant<?> data, UInt32 timestamp);

    /** Events in a batch; answers the ids that do not exist. */
    List<Integer> EventGroup(List<MenuEvent> events);

    /** The host is about to show item {@code id}'s submenu; answers whether the layout must be fetched again. */
    boolean AboutToShow(int id);

    DbusPair<List<Integer>, List<Integer>> AboutToShowGroup(List<Integer> ids);

    /** The signature {@code as}, for the introspection data. */
    interface StringList extends TypeRef<List<String>> {
    }

    /** The layout under {@code parent} changed; hosts fetch it again with {@code GetLayout}. */
    class LayoutUpdated extends DBusSignal {
        private final UInt32 revision;
        private final int parent;

        public LayoutUpdated(String path, UInt32 revision, int parent) throws DBusException {
            super(path, revision, parent);
            this.revision = revision;
            this.parent = parent;
        }

        public long revision() {
            return revision.longValue();
        }

        public int parent() {
            return parent;
        }
    }
}
