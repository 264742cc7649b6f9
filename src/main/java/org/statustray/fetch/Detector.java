package org.statustray.fetch;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.statustray.model.PageTrouble;
import org.statustray.source.FormatHints;
import org.statustray.source.Formats;
import org.statustray.source.StatusReader;

/**
 * Finds which format a URL speaks, with as few requests as possible: first the formats the address
 * itself names, then Statuspage (the most common), then the landing page (which may be the payload itself,
 * or name its provider or announce a feed), then every other format in {@link Formats} order. Each URL is
 * requested at most once; a host that cannot be reached is not asked again.
 */
public final class Detector {
    private final Fetcher fetcher;
    private final PageReader pages;
    private final Clock clock;

    public Detector(Fetcher fetcher, Clock clock) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.pages = new PageReader(fetcher, clock);
    }

    public PageReader pages() {
        return pages;
    }

    /** The first format that reads {@code given}, or a failure saying what was tried. Never throws. */
    public PageResult detect(URI given) {
        try (DetectionRun run = new DetectionRun(fetcher, pages, clock, given)) {
            Set<String> order = new LinkedHashSet<>(FormatHints.fromAddress(given));
            order.add("statuspage");
            PageResult found = run.tryFormats(order);
            if (found != null) {
                return found;
            }
            found = run.tryLandingPage();
            if (found != null) {
                return found;
            }
            List<String> rest = new ArrayList<>();
            Formats.all().forEach(r -> rest.add(r.format()));
            found = run.tryFormats(rest);
            return found != null ? found : run.failure();
        }
    }

    /**
     * Reads a service whose format is known. When it was added by URL and its endpoint stops answering as
     * that format (gone, or no longer that format — a page that moved provider), the URL is detected again;
     * a server error or rate limit is not a reason to, nor is a host that cannot be reached.
     */
    public PageResult readKnown(URI given, String format, Validators previous, boolean addedByUrl) {
        StatusReader reader = Formats.named(format).orElse(null);
        if (reader == null) {
            return addedByUrl ? detect(given) : new PageResult.Failed(given, FailureKind.UNREADABLE,
                    "unknown format '" + format + "'", 0, null);
        }
        PageResult result = pages.read(given, reader, previous);
        if (!addedByUrl || !(result instanceof PageResult.Failed) || !suggestsMove((PageResult.Failed) result)) {
            return result;
        }
        PageResult again = detect(given);
        return again instanceof PageResult.Read ? again : result;
    }

    /** A page gone or no longer its format may have moved; one that cannot be reached tells nothing of that. */
    public static boolean suggestsMove(PageResult.Failed f) {
        return f.trouble() == PageTrouble.UNREADABLE;
    }

    /** The clock that stamps what is read. */
    public Clock clock() {
        return clock;
    }
}
