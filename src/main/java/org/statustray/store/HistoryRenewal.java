package org.statustray.store;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Told when the history store replaced its file by a new one: it is empty, or holds what was put at its path. */
public interface HistoryRenewal {

    /**
     * Called once per replacement, under the store's lock, on the thread that found it: write to
     * {@code store} what the new file should hold (reads would not see it yet), and say so elsewhere, briefly.
     */
    void renewed(HistoryStore store, Renewed what);

    /**
     * Why the file was replaced: {@code damagedCopy} is where a damaged file was moved (null when the file
     * was removed or replaced by someone else), {@code reason} one line on what was wrong.
     */
    record Renewed(@Nullable Path damagedCopy, String reason) {
        public boolean damaged() {
            return damagedCopy != null;
        }
    }
}
