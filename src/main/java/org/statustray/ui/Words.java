package org.statustray.ui;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Impact;
import org.statustray.model.Status;

/** How the windows spell the model's words: "partial outage", "Investigating", "major impact". */
public final class Words {
    private Words() {
    }

    /** "operational", "partial outage", "unknown". */
    public static String status(Status status) {
        return status == null ? "no data" : status.words();
    }

    /** A phase word as a heading: "investigating" → "Investigating", "service_disruption" → "Service disruption". */
    public static String phase(@Nullable String phase) {
        if (phase == null || phase.isBlank()) {
            return "Update";
        }
        String spaced = phase.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** "none", "minor", "major", "critical", or "" when the page gave none. */
    public static String impact(@Nullable Impact impact) {
        return impact == null ? "" : impact.wireName();
    }

    /** "StatusTray saw it 12 min before the status page": an incident's lead, as the windows tell it. */
    public static String lead(Duration lead) {
        return "StatusTray saw it " + When.duration(lead) + " before the status page";
    }
}
