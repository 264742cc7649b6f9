package org.statustray.ui.settings;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.statustray.model.Component;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.CstateReader;
import org.statustray.source.UnreadableException;
import org.statustray.testing.Fixtures;

/** Pages for the component picker: the largest real grouped page recorded, and a made-up one of Cloudflare's size. */
final class BigPages {
    static final URI TOR_URL = URI.create("https://status.torproject.org/index.json");

    private BigPages() {
    }

    /**
     * status.torproject.org as recorded (15 systems in 4 categories; 3 disrupted, an edit made by the test
     * it comes from, see the fixtures README). No real Twilio- or Cloudflare-sized payload could be found.
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
     * NOT a real payload: 462 components in 6 groups of 77, made up in code only to check the window at the
     * size of Cloudflare's page; the last one of the last group is in a partial outage.
     */
    static List<Component> synthetic462() {
        List<Component> all = new ArrayList<>();
        for (int g = 0; g < 6; g++) {
            for (int i = 0; i < 77; i++) {
                boolean last = g == 5 && i == 76;
                all.add(new Component("s" + g + "-" + i, "Site " + g + "-" + i, "Region " + g,
                        last ? Status.PARTIAL_OUTAGE : Status.OPERATIONAL));
            }
        }
        return all;
    }
}
