package org.statustray.fetch;

import org.statustray.model.PageTrouble;

/** Why a fetch produced no usable body. */
public enum FailureKind {
    /** No (complete) answer: DNS, refused, reset, timeout, bad redirect. */
    UNREACHABLE,
    /** The server answered with an error or otherwise unusable status. */
    HTTP_STATUS,
    /** The body could not be decoded (corrupt or unsupported content encoding). */
    UNREADABLE,
    /** The body exceeded {@link FetchSettings#maxBodyBytes()}. */
    TOO_LARGE;

    /**
     * What this failure means to the person, the one place it is decided: the page is gone (HTTP 404 or 410) or
     * what came does not read as the format is {@link PageTrouble#UNREADABLE} (the page may have moved: detect it
     * again); everything else is {@link PageTrouble#UNREACHABLE}: no answer, a server error or rate limit
     * (5xx, 429), another refusal (401, 403, …), or an answer too large to hold, none of which a new detection
     * would mend. {@code httpStatus} is the status the server answered with (0: none).
     */
    public PageTrouble trouble(int httpStatus) {
        return this == UNREADABLE || this == HTTP_STATUS && (httpStatus == 404 || httpStatus == 410)
                ? PageTrouble.UNREADABLE : PageTrouble.UNREACHABLE;
    }
}
