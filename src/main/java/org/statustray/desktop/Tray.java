package org.statustray.desktop;

import java.util.List;
import org.statustray.model.Status;
import org.statustray.model.TrayState;

/** The icon in the system tray: its picture, tooltip and menu follow the state given. */
public interface Tray extends AutoCloseable {
    /** What a tray shows until the first state arrives. */
    TrayState STARTING = new TrayState(Status.UNKNOWN, "StatusTray — checking…", List.of(), false);

    void update(TrayState state);

    /** A short name of the tray in use ("StatusNotifierItem", "system tray", …). */
    String describe();

    /** Removes the icon. */
    @Override
    void close();
}
