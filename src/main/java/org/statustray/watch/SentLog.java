package org.statustray.watch;

import java.util.HashSet;
import java.util.Set;
import org.statustray.model.Notice;

/** The notices already sent, by key; the store keeps it across restarts. */
public interface SentLog {

    boolean wasSent(String key);

    void sent(Notice notice);

    /** A log that lives as long as the process, for tests and for running without a store. */
    static SentLog inMemory() {
        Set<String> keys = new HashSet<>();
        return new SentLog() {
            @Override
            public synchronized boolean wasSent(String key) {
                return keys.contains(key);
            }

            @Override
            public synchronized void sent(Notice notice) {
                keys.add(notice.key());
            }
        };
    }
}
