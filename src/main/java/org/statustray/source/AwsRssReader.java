package org.statustray.source;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.feed.Feed;
import org.statustray.source.feed.FeedEntry;

/**
 * The AWS Service Health Dashboard RSS ({@code /rss/all.rss}, or one service and region). Each item is a
 * post whose title prefix says how the service is doing; the feed keeps only recent posts and names only
 * services that had some, so the newest post per service decides that service's status and the others
 * are taken as operational. A post left open with no newer one for {@link FeedRules#QUIET_INCIDENT} is history.
 */
public final class AwsRssReader implements StatusReader, HistoryReader {
    public static final String FORMAT = "aws-rss";
    private static final Pattern SERVICE_FEED = Pattern.compile("(?i).*/rss/([a-z0-9.-]+)\\.rss");
    private static final Pattern REGION = Pattern.compile("(.+?)-([a-z]{2}(?:-gov|-iso[a-z]?)?-[a-z]+-\\d+)");
    /** AWS's own mark, taken out of the headline ({@link #headline}); what closes a post is {@link FeedRules}'. */
    static final Pattern RESOLVED_MARK = Pattern.compile("(?i)\\s*\\[resolved\\]\\s*");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public URI endpoint(URI given) {
        return Endpoints.pathEndsWithAny(given, ".rss") ? given : Endpoints.under(given, "/rss/all.rss");
    }

    @Override
    public URI historyEndpoint(URI given) {
        return endpoint(given);
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        Feed feed = awsFeed(body, url);
        List<AwsPost> posts = posts(feed, url);
        List<Incident> all = AwsTimeline.incidents(posts);
        Map<String, Component> components = new LinkedHashMap<>();
        for (AwsPost p : posts) {
            if (p.serviceId() != null) {
                components.computeIfAbsent(p.serviceId(), id -> component(id, Status.OPERATIONAL));
            }
        }
        List<Incident> active = new ArrayList<>();
        for (Incident i : all) {
            if (FeedRules.isCurrent(i, fetchedAt)) { // a post left open and quiet for days is history, as in any feed
                active.add(i);
                Status now = i.impact() == null ? Status.DEGRADED : i.impact().impliedStatus();
                i.componentIds().forEach(id -> components.put(id, component(id, now)));
            }
        }
        active.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Status> statuses = new ArrayList<>();
        components.values().forEach(c -> statuses.add(c.status()));
        statuses.add(OverallStatus.fromEvents(active, List.of()));
        Status status = Status.worst(statuses);
        return new Snapshot(feed.title() != null ? feed.title() : url.getHost(), url.toString(), FORMAT, fetchedAt,
                status, status.label(), new ArrayList<>(components.values()), false, active, List.of());
    }

    /** Its posts age: AWS does not always close a post (see {@link FeedRules#QUIET_INCIDENT}). */
    @Override
    public boolean readsByAge() {
        return true;
    }

    @Override
    public History readHistory(byte[] body, URI url) throws UnreadableException {
        Feed feed = awsFeed(body, url);
        return new History(AwsTimeline.incidents(posts(feed, url)), List.of());
    }

    /**
     * A title prefix in StatusTray's terms. An unknown prefix is still a post about something happening
     * (AWS posts nothing while all is well), so it counts as degraded unless its words say worse.
     */
    static Status prefixStatus(String prefix) {
        String word = StatusWords.normal(prefix);
        if (FeedRules.CLOSING_WORDS.contains(word)) {
            return Status.OPERATIONAL; // "Resolved:", and any other closing word as a prefix
        }
        switch (word) {
            case "service_is_operating_normally": return Status.OPERATIONAL;
            case "informational_message":
            case "performance_issues": return Status.DEGRADED;
            case "service_impact": return Status.PARTIAL_OUTAGE;
            case "service_disruption": return Status.MAJOR_OUTAGE;
            default:
                Status guessed = StatusWords.guessStatus(prefix);
                return guessed.isKnown() && guessed != Status.MAINTENANCE ? guessed : Status.DEGRADED;
        }
    }

    /** Parses the feed and checks it is AWS's: by the channel's title or link, or by AWS-shaped guids. */
    private static Feed awsFeed(byte[] body, URI url) throws UnreadableException {
        Feed feed = Feed.parse(body, url);
        if (feed.atom()) {
            throw new UnreadableException("not an AWS status feed: it is an Atom feed, AWS publishes RSS");
        }
        String channel = (feed.title() + " " + feed.link()).toLowerCase(Locale.ROOT);
        boolean aws = channel.contains("amazon web services") || channel.contains("status.aws.amazon.com")
                || channel.contains("health.aws.amazon.com")
                || feed.entries().stream().anyMatch(e -> e.id() != null && AwsGuids.groups(e.id()) != null);
        if (!aws) {
            throw new UnreadableException("not an AWS status feed: the channel is \"" + feed.title() + "\"");
        }
        return feed;
    }

    private static List<AwsPost> posts(Feed feed, URI url) {
        Matcher perService = SERVICE_FEED.matcher(url.getPath() == null ? "" : url.getPath());
        String feedService = perService.matches() && !perService.group(1).equalsIgnoreCase("all")
                ? perService.group(1).toLowerCase(Locale.ROOT) : null;
        List<AwsPost> posts = new ArrayList<>();
        for (FeedEntry e : feed.entries()) {
            String[] guid = e.id() == null ? null : AwsGuids.groups(e.id());
            String title = e.title() == null ? "" : e.title();
            int colon = title.indexOf(':');
            String prefix = colon < 0 ? "" : title.substring(0, colon);
            String rest = colon < 0 ? title : title.substring(colon + 1);
            Status status = prefixStatus(prefix);
            boolean closing = status == Status.OPERATIONAL || FeedRules.saysClosed(rest);
            Instant at = e.published() != null ? e.published()
                    : guid != null ? Instant.ofEpochSecond(Long.parseLong(guid[1])) : null;
            posts.add(new AwsPost(e.id(), guid != null ? guid[0].toLowerCase(Locale.ROOT) : feedService,
                    closing ? "resolved" : StatusWords.normal(prefix.isEmpty() ? "update" : prefix),
                    closing ? Status.OPERATIONAL : status, closing,
                    headline(rest), at, e.link(), e.text()));
        }
        return posts;
    }

    /**
     * The title less AWS's first {@code [RESOLVED]} mark and the white space around it, trimmed: what
     * {@code RESOLVED_MARK.matcher(rest).replaceFirst(" ").trim()} gives, without running the pattern.
     */
    static String headline(String rest) {
        int mark = -1;
        for (int i = rest.indexOf('['); i >= 0 && mark < 0; i = rest.indexOf('[', i + 1)) {
            mark = isMark(rest, i) ? i : -1;
        }
        if (mark < 0) {
            return rest.trim();
        }
        int from = mark;
        while (from > 0 && isRegexSpace(rest.charAt(from - 1))) {
            from--;
        }
        int to = mark + "[resolved]".length();
        while (to < rest.length() && isRegexSpace(rest.charAt(to))) {
            to++;
        }
        return (rest.substring(0, from) + " " + rest.substring(to)).trim();
    }

    /** {@code [resolved]} at {@code i}, its letters in any ASCII case, as {@code (?i)} reads them. */
    private static boolean isMark(String s, int i) {
        String mark = "[resolved]";
        if (i + mark.length() > s.length()) {
            return false;
        }
        for (int k = 0; k < mark.length(); k++) {
            char c = s.charAt(i + k);
            if (c != mark.charAt(k) && !(c >= 'A' && c <= 'Z' && (char) (c | 0x20) == mark.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code ec2-us-east-1} → EC2's row in the us-east-1 group; a code without a region has no group. */
    private static Component component(String id, Status status) {
        Matcher m = REGION.matcher(id);
        return m.matches() ? new Component(id, m.group(1), m.group(2), status) : new Component(id, id, null, status);
    }
}
