package org.statustray.desktop.sni;

import java.util.ArrayList;
import java.util.List;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.messages.Message;
import org.freedesktop.dbus.messages.MethodCall;
import org.freedesktop.dbus.types.Variant;

/** Reads a StatusNotifierItem the way a tray host does: plain method calls, answers as they come off the wire. */
public final class SniClient {
    private final DBusConnection connection;
    private final String busName;

    public SniClient(DBusConnection connection, String busName) {
        this.connection = connection;
        this.busName = busName;
    }

    /** The answer of a call, which must not be an error. */
    public Message call(String path, String iface, String member, String signature, Object... args) throws DBusException {
        MethodCall call = connection.getMessageFactory().createMethodCall(busName, path, iface, member, (byte) 0,
                signature, args);
        connection.sendMessage(call);
        Message reply = call.getReply(5_000);
        if (reply == null) {
            throw new AssertionError(member + ": no answer");
        }
        if (reply instanceof org.freedesktop.dbus.messages.Error error) {
            throw new AssertionError(member + ": " + error.getException());
        }
        return reply;
    }

    Variant<?> itemProperty(String name) throws DBusException {
        return (Variant<?>) call(StatusNotifierItem.PATH, "org.freedesktop.DBus.Properties", "Get", "ss",
                StatusNotifierItem.INTERFACE, name).getParameters()[0];
    }

    /** The ToolTip's text (its fourth field). */
    public String toolTipText() throws DBusException {
        return (String) ((Object[]) itemProperty("ToolTip").getValue())[3];
    }

    public List<Pixmap> iconPixmaps() throws DBusException {
        List<Pixmap> pixmaps = new ArrayList<>();
        for (Object entry : (List<?>) itemProperty("IconPixmap").getValue()) {
            Object[] fields = (Object[]) entry;
            pixmaps.add(new Pixmap((Integer) fields[0], (Integer) fields[1], bytes(fields[2])));
        }
        return pixmaps;
    }

    /** An {@code ay} as dbus-java hands it over: a byte[] or, inside a variant, a list of Byte. */
    static byte[] bytes(Object ay) {
        if (ay instanceof byte[] array) {
            return array;
        }
        List<?> list = (List<?>) ay;
        byte[] array = new byte[list.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = (Byte) list.get(i);
        }
        return array;
    }

    public record Pixmap(int width, int height, byte[] argb) {
        public int centre() {
            return new SniPixmap(width, height, argb).pixel(width / 2, height / 2);
        }
    }
}
