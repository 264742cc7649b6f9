package org.statustray.desktop;

import org.statustray.model.TrayState;

/** The icon in the system tray: its picture, tooltip and menu follow the state given. */
public interface Tray extends AutoCloseable {

    void update(TrayState state);

    /** A short name of the tray in use ("StatusNotifierItem", "system tray", …). */
    String describe();

    /** Removes the icon. */
    @Override
    void close();
}
