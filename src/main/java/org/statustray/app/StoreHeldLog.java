package org.statustray.app;

import java.util.List;
import org.statustray.model.Notice;
import org.statustray.store.HistoryStore;
import org.statustray.watch.HeldLog;

/** The notifications held during quiet hours, kept in the history store so that a restart finds them. */
final class StoreHeldLog implements HeldLog {
    private final HistoryStore store;
    private final HistoryTrouble trouble;

    StoreHeldLog(HistoryStore store, HistoryTrouble trouble) {
        this.store = store;
        this.trouble = trouble;
    }

    @Override
    public List<Notice> held() {
        return trouble.read(store::heldNotifications, List.of());
    }

    @Override
    public void hold(Notice notice) {
        trouble.write(() -> store.holdNotification(notice));
    }

    @Override
    public void clear() {
        trouble.write(store::clearHeld);
    }
}
