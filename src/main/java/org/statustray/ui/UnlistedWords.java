package org.statustray.ui;

import java.time.Instant;
import org.statustray.model.Component;

/** How the windows tell a watched component the page no longer lists: "API: operational (not listed since 3 Feb 14:02)". */
public final class UnlistedWords {
    private UnlistedWords() {
    }

    /** The component's name and status, with when it was last listed if it is not listed now. */
    public static String of(Component c, When when, Instant now) {
        return c.displayName() + ": " + Words.status(c.status()) + note(c, when, now);
    }

    /** " (not listed since 3 Feb 14:02)", or "" for a component the page lists. */
    public static String note(Component c, When when, Instant now) {
        Instant since = c.notListedSince();
        return since == null ? "" : " (not listed since " + when.time(since, now) + ")";
    }
}
