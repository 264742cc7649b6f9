package org.statustray.desktop;

import org.statustray.model.Notice;
import org.statustray.model.Status;

/** How urgent a notice is: its own urgency, or from its status when it has none. */
public final class Urgencies {
    private Urgencies() {
    }

    public static Notice.Urgency of(Notice notice) {
        if (notice.urgency() != null) {
            return notice.urgency();
        }
        Status status = notice.status() == null ? Status.UNKNOWN : notice.status();
        if (status == Status.MAJOR_OUTAGE) {
            return Notice.Urgency.CRITICAL;
        }
        return status.isProblem() ? Notice.Urgency.NORMAL : Notice.Urgency.LOW;
    }
}
