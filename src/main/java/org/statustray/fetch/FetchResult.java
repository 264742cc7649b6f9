package org.statustray.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The outcome of one {@link Fetcher#fetch}: never an exception. */
public sealed interface FetchResult permits FetchResult.Fresh, FetchResult.NotModified, FetchResult.Failed {

    /** The URL that was asked for, before any redirect. */
    URI uri();

    /**
     * A 2xx answer. {@code body} is the decoded body (possibly empty, never null; not copied, so
     * do not modify it); {@code contentType} is null when the server sent none.
     */
    record Fresh(URI uri, URI finalUri, int httpStatus, @Nullable String contentType, byte[] body,
            Validators validators)
            implements FetchResult {
        public Fresh {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(finalUri, "finalUri");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(validators, "validators");
        }

        @Override
        public boolean equals(@Nullable Object o) {
            return o instanceof Fresh f && uri.equals(f.uri) && finalUri.equals(f.finalUri)
                    && httpStatus == f.httpStatus && Objects.equals(contentType, f.contentType)
                    && Arrays.equals(body, f.body) && validators.equals(f.validators);
        }

        @Override
        public int hashCode() {
            return Objects.hash(uri, finalUri, httpStatus, contentType, Arrays.hashCode(body), validators);
        }

        @Override
        public String toString() {
            return "Fresh[uri=" + uri + ", finalUri=" + finalUri + ", httpStatus=" + httpStatus
                    + ", contentType=" + contentType + ", body=" + body.length + " bytes, validators=" + validators + "]";
        }
    }

    /** A 304: the content is unchanged; {@code validators} are the previous ones updated by the 304. */
    record NotModified(URI uri, Validators validators) implements FetchResult {
        public NotModified {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(validators, "validators");
        }
    }

    /**
     * No usable answer. {@code reason} is one short human-readable line; {@code httpStatus} is 0 when
     * no status was received; {@code retryAt} comes from a {@code Retry-After} header, if any.
     */
    record Failed(URI uri, FailureKind kind, String reason, int httpStatus, @Nullable Instant retryAt)
            implements FetchResult {
        /** {@code reason} may be null (an exception without a message): it reads "unknown error" then. */
        public Failed(URI uri, FailureKind kind, @Nullable String reason, int httpStatus, @Nullable Instant retryAt) {
            this.uri = Objects.requireNonNull(uri, "uri");
            this.kind = Objects.requireNonNull(kind, "kind");
            this.reason = Failures.oneLine(reason);
            this.httpStatus = httpStatus;
            this.retryAt = retryAt;
        }

        public Optional<Instant> retryAfter() {
            return Optional.ofNullable(retryAt);
        }
    }
}
