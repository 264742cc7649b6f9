package org.statustray.desktop.sni;

import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.interfaces.DBusInterface;

/** The tray host's registry of items, {@code org.kde.StatusNotifierWatcher} at {@link #PATH}. */
@DBusInterfaceName(StatusNotifierWatcher.BUS_NAME)
public interface StatusNotifierWatcher extends DBusInterface {
    String BUS_NAME = "org.kde.StatusNotifierWatcher";
    String PATH = "/StatusNotifierWatcher";

    /** Announces an item by its bus name; the host then reads {@code /StatusNotifierItem} there. */
    void RegisterStatusNotifierItem(String service);
}
