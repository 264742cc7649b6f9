package org.statustray.source;

import java.net.URI;
import java.time.Instant;
import org.statustray.model.Snapshot;

/**
 * Reads one status-page format. A reader is pure: bytes (plus the URL and fetch time) in, a
 * {@link Snapshot} out; no network, no clock, no state. It never throws anything but
 * {@link UnreadableException}.
 */
public interface StatusReader {

    /** The format's name as the contract spells it ({@code statuspage}, {@code incidentio}, …). */
    String format();

    /** The URL to fetch for what a person gave: a page root, or already the endpoint itself. */
    URI endpoint(URI given);

    Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException;

    /**
     * True when the same body reads differently as time passes (feed entries go quiet and become history),
     * so a poll must not settle for "not modified": the body is fetched whole each time and read anew.
     */
    default boolean readsByAge() {
        return false;
    }
}
