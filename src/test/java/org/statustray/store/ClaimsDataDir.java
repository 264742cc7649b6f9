package org.statustray.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link InstanceLockTest}: claims {@code args[0]} as {@code args[1]} and prints what it found. */
public final class ClaimsDataDir {
    private ClaimsDataDir() {
    }

    public static void main(String[] args) {
        InstanceLock.Claim claim = InstanceLock.claim(Path.of(args[0]), args[1]);
        if (claim instanceof InstanceLock.Held held) {
            System.out.println("held " + held.owner().pid() + " " + held.owner().role());
        } else if (claim instanceof InstanceLock.Unavailable unavailable) {
            System.out.println("unavailable " + unavailable.reason());
        } else {
            System.out.println("acquired");
        }
    }
}
