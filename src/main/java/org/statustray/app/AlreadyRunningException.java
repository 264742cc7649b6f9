package org.statustray.app;

import java.nio.file.Path;
import org.statustray.store.InstanceLock;

/** Another StatusTray already uses the data directory; the message is what a second {@code watch} says. Exit 75. */
final class AlreadyRunningException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Path dataDir;
    private final transient InstanceLock.Owner owner;

    AlreadyRunningException(Path dataDir, InstanceLock.Owner owner) {
        super("the data directory " + dataDir + " is in use by " + who(owner) + "; only one StatusTray may watch a"
                + " data directory at a time: stop that one first, or give another --data-dir");
        this.dataDir = dataDir;
        this.owner = owner;
    }

    Path dataDir() {
        return dataDir;
    }

    InstanceLock.Owner owner() {
        return owner;
    }

    /** "statustray watch (pid 12)", "the StatusTray tray app (pid 12)" or "another StatusTray". */
    static String who(InstanceLock.Owner owner) {
        String pid = owner.pid() > 0 ? " (pid " + owner.pid() + ")" : "";
        return switch (owner.role()) {
            case SingleInstance.WATCH -> "statustray watch" + pid;
            case SingleInstance.TRAY -> "the StatusTray tray app" + pid;
            default -> "another StatusTray" + pid;
        };
    }
}
