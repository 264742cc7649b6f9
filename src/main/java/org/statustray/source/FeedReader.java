package org.statustray.source;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.feed.Feed;

/**
 * Any RSS 2.0 or Atom incident feed, such as Statuspage's {@code /history.rss} and {@code /history.atom}.
 * Each entry is an incident (or, when its updates speak of scheduled / in progress, a maintenance); an
 * entry is active until the feed marks it resolved or completed. Feeds name no components and carry no
 * impact, so every active incident counts as degraded.
 */
public final class FeedReader implements StatusReader, HistoryReader {
    public static final String FORMAT = "feed";
    private static final String STATUSPAGE_SUFFIX = " - Incident History";

    @Override
    public String format() {
        return FORMAT;
    }

    /** A feed has no well-known path: the URL given is the feed. */
    @Override
    public URI endpoint(URI given) {
        return given;
    }

    @Override
    public URI historyEndpoint(URI given) {
        return given;
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        Feed feed = Feed.parse(body, url);
        History all = FeedEvents.history(feed);
        List<Incident> incidents = new ArrayList<>();
        all.incidents().stream().filter(Incident::isActive).forEach(incidents::add);
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Maintenance> maintenances = new ArrayList<>();
        all.maintenances().stream().filter(Maintenance::isOpen).forEach(maintenances::add);
        maintenances.sort(Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder())));
        Status status = OverallStatus.withoutIndicator(List.of(), incidents, maintenances);
        return new Snapshot(serviceName(feed, url), url.toString(), FORMAT, fetchedAt, status, status.label(),
                List.of(), false, incidents, maintenances);
    }

    @Override
    public History readHistory(byte[] body, URI url) throws UnreadableException {
        return FeedEvents.history(Feed.parse(body, url));
    }

    /** The feed's title, without the " - Incident History" Statuspage appends to the page name. */
    private static String serviceName(Feed feed, URI url) {
        String title = feed.title();
        if (title == null) {
            return url.getHost();
        }
        return title.endsWith(STATUSPAGE_SUFFIX) && title.length() > STATUSPAGE_SUFFIX.length()
                ? title.substring(0, title.length() - STATUSPAGE_SUFFIX.length()) : title;
    }
}
