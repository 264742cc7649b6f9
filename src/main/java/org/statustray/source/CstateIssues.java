package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.Maintenance;
import org.statustray.source.json.Json;
import org.statustray.source.time.Timestamps;

/**
 * The unresolved issues of a cState page. index.json lists an issue under every system it affects, so the
 * same issue (one Markdown file) is met several times and kept once, with every system it was listed under.
 * cState has no phases: an issue is unresolved until its author marks it resolved. An unresolved
 * {@code notice} is what the theme shows as maintenance on its systems, so it becomes a maintenance under way.
 */
final class CstateIssues {
    // Go's time.String(): "2025-04-10 13:00:00 +0000 UTC", "2025-09-12 19:20:02 +0200 +0200".
    private static final Pattern GO_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?) ([+-]\\d{4})(?: \\S+)?");
    private static final String UNRESOLVED = "unresolved";

    private final Map<String, Issue> byKey = new LinkedHashMap<>();

    private static final class Issue {
        final JsonNode node;
        final List<String> systems = new ArrayList<>();

        Issue(JsonNode node) {
            this.node = node;
        }
    }

    void addAll(List<JsonNode> issues, String systemId) {
        for (JsonNode n : issues) {
            if (Json.bool(n, "resolved")) {
                continue;
            }
            Issue issue = byKey.computeIfAbsent(key(n), k -> new Issue(n));
            if (!issue.systems.contains(systemId)) {
                issue.systems.add(systemId);
            }
        }
    }

    List<Incident> incidents() {
        List<Incident> out = new ArrayList<>();
        byKey.forEach((key, issue) -> {
            String severity = StatusWords.normal(CstateReader.value(issue.node, "severity"));
            if (!severity.equals("notice")) {
                Instant created = time(CstateReader.value(issue.node, "createdAt"));
                Instant modified = time(CstateReader.value(issue.node, "lastMod"));
                out.add(new Incident(key, title(issue.node), UNRESOLVED, impact(severity), created,
                        modified != null ? modified : created, null, CstateReader.value(issue.node, "permalink"),
                        List.of(), issue.systems));
            }
        });
        out.sort(Comparator.comparing(Incident::started, Comparator.nullsLast(Comparator.reverseOrder())));
        return out;
    }

    List<Maintenance> maintenances() {
        List<Maintenance> out = new ArrayList<>();
        byKey.forEach((key, issue) -> {
            if (StatusWords.normal(CstateReader.value(issue.node, "severity")).equals("notice")) {
                out.add(new Maintenance(key, title(issue.node), "in_progress",
                        time(CstateReader.value(issue.node, "createdAt")),
                        time(CstateReader.value(issue.node, "resolvedAt")),
                        CstateReader.value(issue.node, "permalink"), List.of(), issue.systems));
            }
        });
        out.sort(Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** {@code down} and {@code disrupted} grade as the system statuses they cause. */
    private static @Nullable Impact impact(String severity) {
        switch (severity) {
            case "down": return Impact.CRITICAL;
            case "disrupted": return Impact.MAJOR;
            default: return StatusWords.guessImpact(severity);
        }
    }

    /** The issue's page is its identity; the file name or title when the page gives none. */
    private static String key(JsonNode n) {
        String key = CstateReader.value(n, "permalink");
        key = key != null ? key : CstateReader.value(n, "filename");
        key = key != null ? key : CstateReader.value(n, "title");
        return key != null ? key : "cstate-" + Integer.toHexString(n.toString().hashCode());
    }

    private static String title(JsonNode n) {
        String title = CstateReader.value(n, "title");
        return title == null ? "Untitled" : title;
    }

    /**
     * Hugo prints page dates as Go's {@code time.String()}, zone name last; {@code resolvedAt} is the front
     * matter's own text. Hugo's zero date (year 1) means the page has none.
     */
    static @Nullable Instant time(@Nullable String text) {
        if (text == null) {
            return null;
        }
        Matcher go = GO_TIME.matcher(text.trim());
        Instant t = go.matches() ? Timestamps.parse(go.group(1) + "T" + go.group(2) + go.group(3))
                : Timestamps.parse(text);
        return t == null || t.isBefore(Instant.parse("0002-01-01T00:00:00Z")) ? null : t;
    }
}
