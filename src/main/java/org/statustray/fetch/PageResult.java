package org.statustray.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.statustray.model.PageTrouble;
import org.statustray.model.Snapshot;

/** What reading one status page gave: a snapshot, "unchanged since last time", or a failure with a reason. */
public sealed interface PageResult permits PageResult.Read, PageResult.Unchanged, PageResult.Failed {

    /** The endpoint that was (last) asked. */
    URI endpoint();

    /** {@code format} is the reader that understood the page. */
    record Read(URI endpoint, String format, Snapshot snapshot, Validators validators) implements PageResult {
    }

    record Unchanged(URI endpoint, Validators validators) implements PageResult {
    }

    /**
     * {@code reason} is one line for a person; {@code httpStatus} is 0 unless the server answered with an
     * error status; {@code retryAt} is set when the server said when to come back.
     */
    record Failed(URI endpoint, FailureKind kind, String reason, int httpStatus, @Nullable Instant retryAt)
            implements PageResult {
        public Optional<Instant> retryAfter() {
            return Optional.ofNullable(retryAt);
        }

        /** Unreachable or unreadable, as {@link FailureKind#trouble} decides. */
        public PageTrouble trouble() {
            return kind.trouble(httpStatus);
        }
    }
}
