package org.statustray.desktop;

import org.statustray.model.Notice;

/** Shows desktop notifications. Implementations never throw: a notice that cannot be shown is logged. */
public interface Notifier extends AutoCloseable {

    void show(Notice notice);

    /** A short name of how notices are shown ("freedesktop notifications", "tray balloon", …). */
    String describe();

    @Override
    void close();
}
