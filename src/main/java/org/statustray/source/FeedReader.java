package org.statustray.source;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.statustray.model.History;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.feed.Feed;
import org.statustray.source.feed.FeedEntry;

/**
 * Any RSS 2.0 or Atom incident feed, such as Statuspage's {@code /history.rss} and {@code /history.atom}.
 * Each entry is an incident (or, when its updates speak of scheduled / in progress, a maintenance). An entry
 * is current until the feed closes it or it goes quiet, and a feed that stopped being updated is all history
 * (the rules are {@link FeedRules}'). Feeds name no components; an active incident counts as degraded unless
 * the item grades itself.
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
        // which entries are current, and the newest time, are decided without the posts' texts: those are
        // read for the entries kept only (most of a history feed is history)
        Instant newest = null;
        List<FeedEntry> kept = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            Record event = FeedEvents.event(e, false);
            if (event instanceof Maintenance m) {
                newest = later(newest, m);
                if (FeedRules.isCurrent(m, fetchedAt)) {
                    kept.add(e);
                }
            } else {
                Incident i = (Incident) event;
                newest = later(newest, i.updated() != null ? i.updated() : i.started());
                if (FeedRules.isCurrent(i, fetchedAt)) {
                    kept.add(e);
                }
            }
        }
        if (newest != null && FeedRules.looksStale(newest, fetchedAt)) {
            return new Snapshot(serviceName(feed, url), url.toString(), FORMAT, fetchedAt, Status.OPERATIONAL,
                    FeedRules.staleNote(newest), List.of(), false, List.of(), List.of());
        }
        List<Incident> incidents = new ArrayList<>();
        List<Maintenance> maintenances = new ArrayList<>();
        for (FeedEntry e : kept) {
            Record event = FeedEvents.event(e, true);
            if (event instanceof Maintenance m) {
                maintenances.add(m);
            } else {
                incidents.add((Incident) event);
            }
        }
        incidents.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        maintenances.sort(Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder())));
        Status status = OverallStatus.withoutIndicator(List.of(), incidents, maintenances);
        return new Snapshot(serviceName(feed, url), url.toString(), FORMAT, fetchedAt, status, status.label(),
                List.of(), false, incidents, maintenances);
    }

    /** What a read depends on besides the body: entries go quiet as time passes. */
    @Override
    public boolean readsByAge() {
        return true;
    }

    @Override
    public History readHistory(byte[] body, URI url) throws UnreadableException {
        return FeedEvents.history(Feed.parse(body, url));
    }

    /** The newest of {@code newest} and the times a maintenance or its updates carry. */
    private static @Nullable Instant later(@Nullable Instant newest, Maintenance m) {
        Instant out = newest;
        for (IncidentUpdate u : m.updates()) {
            out = later(out, u.at());
        }
        return later(later(out, m.starts()), m.ends());
    }

    private static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
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
