package org.statustray.source;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.statustray.model.Snapshot;

/**
 * A format whose state is spread over several endpoints (Cachet keeps components and incidents apart).
 * {@link #endpoint} is the one that must read; the extra ones add detail and may fail on their own.
 */
public interface MultiEndpointReader extends StatusReader {

    /** Further endpoints to fetch after {@link #endpoint}, in a fixed order. */
    List<URI> extraEndpoints(URI given);

    /**
     * Reads the main body together with the extra ones, given in {@link #extraEndpoints} order; an entry
     * is null when that endpoint could not be fetched.
     */
    Snapshot read(byte[] main, List<byte[]> extras, URI url, Instant fetchedAt) throws UnreadableException;

    @Override
    default Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        return read(body, java.util.Collections.nCopies(extraEndpoints(url).size(), null), url, fetchedAt);
    }
}
