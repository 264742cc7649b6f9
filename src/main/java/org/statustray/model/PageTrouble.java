package org.statustray.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Why a page cannot be read, in the two words a person can act on. {@link #UNREACHABLE}: StatusTray could not
 * get the page (no answer, a server error, a rate limit, an answer too large): wait, it keeps trying.
 * {@link #UNREADABLE}: the host answers, but the page is gone (404, 410) or does not read as its format (an HTML
 * page, another provider's payload): the page may have moved to another platform; detect it again. Which
 * failure is which is decided in one place, {@code fetch.FailureKind#trouble}.
 */
public enum PageTrouble {
    UNREACHABLE("unreachable", "cannot reach the status page"),
    UNREADABLE("unreadable", "the status page answers, but not in a format StatusTray can read; its format may have changed");

    private final String word;
    private final String meaning;

    PageTrouble(String word, String meaning) {
        this.word = word;
        this.meaning = meaning;
    }

    /** The wire name ({@code check --json}'s and {@code watch}'s {@code "failure"}), also the short word shown. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The short word people read in a list: {@code unreachable}, {@code unreadable}. */
    public String word() {
        return word;
    }

    /** What it means, without the reason: "cannot reach the status page". */
    public String meaning() {
        return meaning;
    }

    /**
     * One sentence with the reason, the one way both are told: "cannot reach status.x.com: connection refused",
     * "status.x.com answers, but not as a status page StatusTray can read — its format may have changed: …".
     * {@code host} may be null or blank (the page's address is not known): "the status page" stands for it.
     */
    public String sentence(@Nullable String host, @Nullable String reason) {
        String where = host == null || host.isBlank() ? "the status page" : host;
        String why = reason == null || reason.isBlank() ? "" : ": " + reason;
        return this == UNREACHABLE ? "cannot reach " + where + why
                : where + " answers, but not as a status page StatusTray can read — its format may have changed" + why;
    }
}
