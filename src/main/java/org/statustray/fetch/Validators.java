package org.statustray.fetch;

import org.jspecify.annotations.Nullable;

/**
 * The cache validators of a response, sent back on the next request to ask "has it changed?".
 * Either may be {@code null} when the server did not send it.
 */
public record Validators(@Nullable String etag, @Nullable String lastModified) {
    public static final Validators NONE = new Validators(null, null);

    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }

    /** These validators with any that {@code newer} knows replacing the old ones. */
    Validators updatedWith(Validators newer) {
        return new Validators(
                newer.etag != null ? newer.etag : etag,
                newer.lastModified != null ? newer.lastModified : lastModified);
    }
}
