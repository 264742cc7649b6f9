package org.statustray.watch;

import java.util.ArrayList;
import java.util.List;
import org.statustray.model.Notice;

/**
 * The notifications held during quiet hours, kept where a restart finds them (the history store), so that
 * quitting before quiet hours end loses none: the summary comes at their end or at the next start after.
 */
public interface HeldLog {

    /** What is held, oldest first. */
    List<Notice> held();

    void hold(Notice notice);

    /** Everything held was summed up (and recorded as sent); none is held any more. */
    void clear();

    /** A log that lives as long as the process, for tests and for running without a store. */
    static HeldLog inMemory() {
        List<Notice> notices = new ArrayList<>();
        return new HeldLog() {
            @Override
            public synchronized List<Notice> held() {
                return List.copyOf(notices);
            }

            @Override
            public synchronized void hold(Notice notice) {
                notices.add(notice);
            }

            @Override
            public synchronized void clear() {
                notices.clear();
            }
        };
    }
}
