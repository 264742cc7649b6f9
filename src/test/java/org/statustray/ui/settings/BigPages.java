package org.statustray.ui.settings;

import java.net.URI;
import java.time.Instant;
import org.statustray.model.Snapshot;
import org.statustray.source.CstateReader;
import org.statustray.source.StatuspageReader;
import org.statustray.source.UnreadableException;
import org.statustray.testing.Fixtures;

/** Real pages for the component picker: a small grouped one (Tor Project) and Cloudflare's 462 components. */
final class BigPages {
    static final URI TOR_URL = URI.create("https://status.torproject.org/index.json");

    private BigPages() {
    }

    /**
     * status.torproject.org as recorded (15 systems in 4 categories; 3 disrupted, an edit made by the test
     * it comes from, see the fixtures README).
     */
    static Snapshot tor() {
        try {
            return new CstateReader().read(Fixtures.bytes("cstate/index-torproject-2025-05-01-disrupted-issues-edited-in-source.json"),
                    TOR_URL, Instant.parse("2025-05-01T15:30:00Z"));
        } catch (UnreadableException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * cloudflarestatus.com as recorded on 2026-07-30: 462 components in 8 groups, 46 of them not operational
     * (26 city PoPs in a partial outage, 20 under maintenance); see the fixtures README.
     */
    static Snapshot cloudflare() {
        try {
            return new StatuspageReader().read(Fixtures.bytes("statuspage/summary-cloudflarestatus-2026-07-30-462-components.json"),
                    URI.create("https://www.cloudflarestatus.com/api/v2/summary.json"), Instant.parse("2026-07-30T17:21:00Z"));
        } catch (UnreadableException e) {
            throw new AssertionError(e);
        }
    }
}
