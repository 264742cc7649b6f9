package org.statustray.model;

import java.time.LocalTime;

/** A daily span (in the user's zone) when notifications are held; it may wrap midnight (22:00–07:00). */
public record QuietHours(LocalTime start, LocalTime end) {

    public boolean contains(LocalTime t) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end) ? !t.isBefore(start) && t.isBefore(end) : !t.isBefore(start) || t.isBefore(end);
    }
}
