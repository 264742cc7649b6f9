package org.statustray.source;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an address or a landing page says about the format behind it, so detection can ask the right
 * endpoint first instead of trying every format in turn.
 */
public final class FormatHints {
    private static final Pattern ALTERNATE_FEED = Pattern.compile(
            "<link\\b[^>]*type=[\"']application/(?:rss|atom)\\+xml[\"'][^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("href=[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);
    private static final int SCAN_LIMIT = 512 * 1024;

    private FormatHints() {
    }

    /** Formats the address itself points at (a known endpoint path or a provider's own host), best first. */
    public static List<String> fromAddress(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath().toLowerCase(Locale.ROOT);
        Set<String> hints = new LinkedHashSet<>();
        if (host.equals("status.aws.amazon.com")) {
            hints.add("aws-rss");
        }
        if (host.equals("health.aws.amazon.com") || path.endsWith("/public/currentevents")) {
            hints.add("aws-health");
        }
        if (host.endsWith("azure.status.microsoft") || host.equals("status.azure.com")) {
            hints.add("azure");
        }
        if (host.equals("status.cloud.google.com")) {
            hints.add("gcp");
        }
        if (host.equals("slack-status.com") || host.equals("status.slack.com") || path.contains("/api/v2.0.0/")) {
            hints.add("slack");
        }
        if (host.equals("api.status.io") || host.endsWith("hostedstatus.com") || path.contains("/1.0/status/")) {
            hints.add("statusio");
        }
        if (path.contains("/api/v2/") && path.endsWith(".json")) {
            hints.add("statuspage");
        }
        if (path.endsWith("/api/v1/summary")) {
            hints.add("incidentio");
        }
        if (path.contains("/api/v1/components") || path.contains("/api/v1/incidents")) {
            hints.add("cachet");
        }
        if (path.endsWith("/summary.json") && !path.contains("/api/")) {
            hints.add("instatus");
        }
        if (path.endsWith("/incidents.json") && !path.contains("/api/")) {
            hints.add("gcp");
        }
        if (host.endsWith(".betteruptime.com") || host.equals("status.betterstack.com")) {
            hints.add("betterstack");
        }
        if (path.endsWith("/index.json")) { // cState and Better Stack both serve it; each refuses the other's
            hints.add("cstate");
            hints.add("betterstack");
        }
        if (path.endsWith(".rss") || path.endsWith(".atom") || path.endsWith(".xml") || path.contains("/feed")) {
            hints.add("feed");
        }
        return new ArrayList<>(hints);
    }

    /** Formats a status page's HTML mentions (its provider's scripts, generator tags, links), best first. */
    public static List<String> fromLandingPage(byte[] html) {
        String text = new String(html, 0, Math.min(html.length, SCAN_LIMIT), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        Set<String> hints = new LinkedHashSet<>();
        if (text.contains("statuspage.io") || text.contains("stspg.io") || text.contains("statuspage-production")) {
            hints.add("statuspage");
        }
        if (text.contains("incident.io") || text.contains("incidentio")) {
            hints.add("statuspage"); // incident.io pages serve the Statuspage-compatible summary too
            hints.add("incidentio");
        }
        if (text.contains("instatus")) {
            hints.add("instatus");
        }
        if (text.contains("cachet")) {
            hints.add("cachet");
        }
        if (text.contains("status.io") || text.contains("statusio")) {
            hints.add("statusio");
        }
        if (text.contains("content=\"cstate v") || text.contains("github.com/cstate/cstate")) {
            hints.add("cstate"); // cState's generator tag: content="cState v6.0 - https://github.com/cstate/cstate"
        }
        return new ArrayList<>(hints);
    }

    /** Feed URLs the page announces with {@code <link rel="alternate" type="application/rss+xml">}. */
    public static List<URI> feedLinks(byte[] html, URI base) {
        String text = new String(html, 0, Math.min(html.length, SCAN_LIMIT), StandardCharsets.UTF_8);
        List<URI> links = new ArrayList<>();
        Matcher tag = ALTERNATE_FEED.matcher(text);
        while (tag.find() && links.size() < 3) {
            Matcher href = HREF.matcher(tag.group());
            if (href.find()) {
                try {
                    URI link = base.resolve(href.group(1).replace("&amp;", "&").trim());
                    if ("http".equals(link.getScheme()) || "https".equals(link.getScheme())) {
                        links.add(link);
                    }
                } catch (IllegalArgumentException e) {
                    // an unusable href is no hint
                }
            }
        }
        return links;
    }
}
