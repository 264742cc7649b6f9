package org.statustray.desktop.sni;

import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.Position;

/** Two out-arguments of a D-Bus method (not a struct: {@code GetLayout} answers {@code u} then {@code (ia{sv}av)}). */
public final class DbusPair<A, B> extends Tuple {
    @Position(0)
    private final A first;
    @Position(1)
    private final B second;

    public DbusPair(A first, B second) {
        this.first = first;
        this.second = second;
    }

    public A first() {
        return first;
    }

    public B second() {
        return second;
    }
}
