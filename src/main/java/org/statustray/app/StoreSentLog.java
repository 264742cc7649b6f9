package org.statustray.app;

import org.statustray.model.Notice;
import org.statustray.store.HistoryStore;
import org.statustray.watch.SentLog;

/** The notices already sent, kept in the history store so that a restart never repeats one. */
final class StoreSentLog implements SentLog {
    private final HistoryStore store;

    StoreSentLog(HistoryStore store) {
        this.store = store;
    }

    @Override
    public boolean wasSent(String key) {
        return store.wasNotified(key);
    }

    @Override
    public void sent(Notice notice) {
        store.recordNotification(notice);
    }
}
