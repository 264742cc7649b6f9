package org.statustray.source;

import java.net.URI;
import org.statustray.model.History;

/** A reader that can also list past incidents and maintenances, resolved ones included. */
public interface HistoryReader {

    /** The URL of the format's history endpoint for a page root or endpoint URL. */
    URI historyEndpoint(URI given);

    History readHistory(byte[] body, URI url) throws UnreadableException;
}
