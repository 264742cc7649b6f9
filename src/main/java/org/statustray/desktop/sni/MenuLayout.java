package org.statustray.desktop.sni;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.types.Variant;

/** One dbusmenu item with its children, {@code (ia{sv}av)}; each child is a variant holding the same. */
public final class MenuLayout extends Struct {
    /** The D-Bus signature of this struct, to wrap children in variants. */
    public static final String SIGNATURE = "(ia{sv}av)";

    @Position(0)
    private final int id;
    @Position(1)
    private final Map<String, Variant<?>> properties;
    @Position(2)
    private final List<Variant<?>> children;

    public MenuLayout(int id, Map<String, Variant<?>> properties, List<Variant<?>> children) {
        this.id = id;
        this.properties = Map.copyOf(properties);
        this.children = List.copyOf(children);
    }

    public int id() {
        return id;
    }

    public Map<String, Variant<?>> properties() {
        return properties;
    }

    public List<Variant<?>> children() {
        return children;
    }
}
