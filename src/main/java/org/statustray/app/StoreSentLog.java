package org.statustray.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.statustray.model.Notice;
import org.statustray.store.HistoryStore;
import org.statustray.watch.SentLog;

/**
 * The notices already sent, kept in the history store so that a restart never repeats one; and in memory
 * as well, so that this run repeats none while the store's writer has yet to record them or while the
 * store cannot be written.
 */
final class StoreSentLog implements SentLog {
    private final HistoryStore store;
    private final HistoryTrouble trouble;
    private final Map<String, Notice> sentThisRun = new ConcurrentHashMap<>();

    StoreSentLog(HistoryStore store, HistoryTrouble trouble) {
        this.store = store;
        this.trouble = trouble;
    }

    @Override
    public boolean wasSent(String key) {
        return sentThisRun.containsKey(key) || trouble.read(() -> store.wasNotified(key), false);
    }

    /** Recorded by the store's writer, after the history writes handed over before it. */
    @Override
    public void sent(Notice notice) {
        sentThisRun.put(notice.key(), notice);
        store.later(() -> trouble.write(() -> store.recordNotification(notice)));
    }

    /** The notices sent (or deliberately not shown) since this run began. */
    List<Notice> sentThisRun() {
        return List.copyOf(sentThisRun.values());
    }
}
