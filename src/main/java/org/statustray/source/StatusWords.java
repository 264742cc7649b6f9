package org.statustray.source;

import java.util.Locale;
import org.statustray.model.Impact;
import org.statustray.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * Last-resort readings of words a reader's own vocabulary does not know, so that a vendor adding a new
 * value never breaks a page. Each reader maps its documented words itself and falls back here.
 */
final class StatusWords {
    private StatusWords() {
    }

    /** A status guessed from an unknown word, or {@link Status#UNKNOWN} when it says nothing clear. */
    static Status guessStatus(@Nullable String word) {
        String w = normal(word);
        if (w.isEmpty()) {
            return Status.UNKNOWN;
        }
        if (w.contains("major") || w.contains("full") || w.contains("critical") || w.contains("down")) {
            return Status.MAJOR_OUTAGE;
        }
        if (w.contains("partial") || w.contains("outage") || w.contains("disruption")) {
            return Status.PARTIAL_OUTAGE;
        }
        if (w.contains("degrad") || w.contains("minor") || w.contains("performance") || w.contains("issue")) {
            return Status.DEGRADED;
        }
        if (w.contains("maint")) {
            return Status.MAINTENANCE;
        }
        if (w.contains("operational") || w.equals("ok") || w.equals("up") || w.equals("none") || w.equals("good")) {
            return Status.OPERATIONAL;
        }
        return Status.UNKNOWN;
    }

    /** An impact guessed from an unknown word; null when it says nothing clear. */
    static @Nullable Impact guessImpact(@Nullable String word) {
        switch (guessStatus(word)) {
            case MAJOR_OUTAGE: return Impact.CRITICAL;
            case PARTIAL_OUTAGE: return Impact.MAJOR;
            case DEGRADED: return Impact.MINOR;
            case OPERATIONAL: return Impact.NONE;
            default: return null;
        }
    }

    /** Lower case, with spaces and dashes folded to underscores. */
    static String normal(@Nullable String word) {
        return word == null ? "" : word.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }
}
