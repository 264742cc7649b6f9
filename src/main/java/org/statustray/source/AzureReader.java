package org.statustray.source;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.feed.Feed;
import org.statustray.source.feed.FeedEntry;

/**
 * Azure's status RSS ({@code https://azure.status.microsoft/en-us/status/feed/}). The feed lists only
 * current events: an empty channel means all clear, and each item is an active event unless its title
 * closes it ({@code [RESOLVED]}, {@code Resolved:}, {@code Mitigated -}: {@link FeedRules}' closing words) or it
 * has gone quiet as {@link FeedRules} says. Items name no components and no impact, so an event counts as degraded.
 */
public final class AzureReader implements StatusReader {
    public static final String FORMAT = "azure";
    private static final String FEED_PATH = "/en-us/status/feed/";

    @Override
    public String format() {
        return FORMAT;
    }

    /** A feed URL as is; the status page ({@code …/status/}) gets {@code feed/}; a bare host the en-us feed. */
    @Override
    public URI endpoint(URI given) {
        String path = given.getPath() == null ? "" : given.getPath().replaceAll("/+$", "");
        if (path.endsWith("/feed") || path.endsWith(".rss") || path.endsWith(".xml")) {
            return given;
        }
        return Endpoints.under(given, path.endsWith("/status") ? "/feed/" : FEED_PATH);
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        Feed feed = Feed.parse(body, url);
        String channel = (feed.title() + " " + feed.link() + " " + feed.description()).toLowerCase(Locale.ROOT);
        if (feed.atom() || !channel.contains("azure")) {
            throw new UnreadableException("not an Azure status feed: the "
                    + (feed.atom() ? "Atom feed" : "channel") + " is \"" + feed.title() + "\"");
        }
        List<Incident> active = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            Incident i = event(e);
            if (FeedRules.isCurrent(i, fetchedAt)) {
                active.add(i);
            }
        }
        active.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        Status status = OverallStatus.withoutIndicator(List.of(), active, List.of());
        return new Snapshot(feed.title() != null ? feed.title() : url.getHost(), url.toString(), FORMAT, fetchedAt,
                status, status.label(), List.of(), false, active, List.of());
    }

    @Override
    public boolean readsByAge() {
        return true;
    }

    /** One item as an incident; its description becomes its one update. */
    static Incident event(FeedEntry e) {
        String text = e.text();
        boolean over = FeedRules.saysClosed(e.title());
        String status = over ? "resolved" : "investigating";
        List<IncidentUpdate> updates = text.isEmpty() ? List.of()
                : List.of(new IncidentUpdate(null, status, e.latest(), e.latest(), text));
        String id = e.id() != null ? e.id() : "azure-" + Integer.toHexString((e.title() + "|" + e.published()).hashCode());
        return new Incident(id, e.title() != null ? e.title() : "Azure event", status, null, e.published(),
                e.latest(), over ? e.latest() : null, e.link(), updates, List.of());
    }
}
