package org.statustray.desktop.sni;

import static org.freedesktop.dbus.annotations.DBusProperty.Access.READ;
import static org.freedesktop.dbus.annotations.PropertiesEmitsChangedSignal.EmitChangeSignal.FALSE;

import java.util.List;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.TypeRef;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusProperty;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;

/**
 * The {@code org.kde.StatusNotifierItem} D-Bus interface: an icon a tray host shows for us. Its properties
 * are read through {@code org.freedesktop.DBus.Properties}; the annotations here only describe them in the
 * introspection data, for hosts that read it. A change is announced by the signals below, never by
 * {@code PropertiesChanged}.
 */
@DBusInterfaceName(StatusNotifierItem.INTERFACE)
@DBusProperty(name = "Category", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "Id", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "Title", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "Status", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "WindowId", type = Integer.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "IconName", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "IconPixmap", type = StatusNotifierItem.PixmapList.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "OverlayIconName", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "OverlayIconPixmap", type = StatusNotifierItem.PixmapList.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "AttentionIconName", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "AttentionIconPixmap", type = StatusNotifierItem.PixmapList.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "AttentionMovieName", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "IconThemePath", type = String.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "ToolTip", type = SniToolTip.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "ItemIsMenu", type = Boolean.class, access = READ, emitChangeSignal = FALSE)
@DBusProperty(name = "Menu", type = DBusPath.class, access = READ, emitChangeSignal = FALSE)
public interface StatusNotifierItem extends DBusInterface {
    String INTERFACE = "org.kde.StatusNotifierItem";
    String PATH = "/StatusNotifierItem";

    /** A primary click on the icon. */
    void Activate(int x, int y);

    /** A middle click on the icon: we refresh every service. */
    void SecondaryActivate(int x, int y);

    /** The host asks us to show our own context menu (hosts that read {@code Menu} show that instead). */
    void ContextMenu(int x, int y);

    void Scroll(int delta, String orientation);

    /** The signature {@code a(iiay)}, for the introspection data. */
    interface PixmapList extends TypeRef<List<SniPixmap>> {
    }

    class NewIcon extends DBusSignal {
        public NewIcon(String path) throws DBusException {
            super(path);
        }
    }

    class NewAttentionIcon extends DBusSignal {
        public NewAttentionIcon(String path) throws DBusException {
            super(path);
        }
    }

    class NewToolTip extends DBusSignal {
        public NewToolTip(String path) throws DBusException {
            super(path);
        }
    }

    class NewStatus extends DBusSignal {
        private final String status;

        public NewStatus(String path, String status) throws DBusException {
            super(path, status);
            this.status = status;
        }

        public String status() {
            return status;
        }
    }
}
