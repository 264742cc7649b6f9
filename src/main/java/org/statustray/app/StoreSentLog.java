package org.statustray.app;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.statustray.model.Notice;
import org.statustray.store.HistoryStore;
import org.statustray.watch.SentLog;

/**
 * The notices already sent, kept in the history store so that a restart never repeats one; and in memory
 * as well, so that while the store cannot be written this run still repeats none.
 */
final class StoreSentLog implements SentLog {
    private final HistoryStore store;
    private final HistoryTrouble trouble;
    private final Set<String> sentThisRun = ConcurrentHashMap.newKeySet();

    StoreSentLog(HistoryStore store, HistoryTrouble trouble) {
        this.store = store;
        this.trouble = trouble;
    }

    @Override
    public boolean wasSent(String key) {
        return sentThisRun.contains(key) || trouble.read(() -> store.wasNotified(key), false);
    }

    @Override
    public void sent(Notice notice) {
        sentThisRun.add(notice.key());
        trouble.write(() -> store.recordNotification(notice));
    }
}
