package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.json.Json;

/**
 * cState's read-only API, the {@code /index.json} its Hugo theme writes beside the home page: the page's
 * {@code summaryStatus}, its systems (components, grouped by category) and each system's unresolved issues.
 * The file is a text template's output, so a value the site does not set reads {@code <no value>}.
 */
public final class CstateReader implements StatusReader {
    public static final String FORMAT = "cstate";
    static final String NO_VALUE = "<no value>";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public URI endpoint(URI given) {
        return Endpoints.pathEndsWithAny(given, "/index.json") ? given : Endpoints.under(given, "/index.json");
    }

    @Override
    public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
        JsonNode root = Json.parseTemplated(body);
        refuseOthers(root);
        Json.requireLists(root, "a cState index.json", "categories", "pinnedIssues");
        CstateIssues issues = new CstateIssues();
        List<Component> components = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode system : Json.objects(root, "systems")) {
            String name = value(system, "name");
            if (name == null) {
                continue;
            }
            String category = value(system, "category");
            String id = ids.contains(name) && category != null ? category + " / " + name : name;
            for (int n = 2; !ids.add(id); n++) {
                id = name + " #" + n;
            }
            components.add(new Component(id, name, category, status(value(system, "status"))));
            Json.requireLists(system, "a cState system", "unresolvedIssues");
            issues.addAll(Json.objects(system, "unresolvedIssues"), id);
        }
        Status given = status(value(root, "summaryStatus"));
        Status status = given.isKnown() ? given
                : OverallStatus.withoutIndicator(components, issues.incidents(), issues.maintenances());
        String title = value(root, "title");
        return new Snapshot(title != null ? title : url.getHost(), url.toString(), FORMAT, fetchedAt, status,
                status.label(), components, true, issues.incidents(), issues.maintenances());
    }

    /**
     * Only the home page's file: an issue's or a list's JSON has no {@code cStateVersion}, and other
     * payloads at {@code /index.json} (Better Stack's, say) are not cState's.
     */
    private static void refuseOthers(JsonNode root) throws UnreadableException {
        JsonNode version = root.get("cStateVersion");
        boolean cstate = version != null && version.isTextual();
        if (!root.isObject() || !cstate && !"index".equals(Json.text(root, "is"))) {
            throw new UnreadableException("not a cState index.json: no cStateVersion");
        }
        JsonNode systems = root.get("systems");
        if (systems == null || !systems.isArray()) {
            throw new UnreadableException("not a cState index.json: 'systems' is not a list");
        }
    }

    /**
     * cState's words for a system and for the whole page. The theme labels {@code notice} "Maintenance" on a
     * system ("Please read announcement" on the page); {@code disrupted} is its middle level, between
     * {@code ok} and {@code down} ("Experiencing major issues").
     */
    static Status status(@Nullable String word) {
        switch (StatusWords.normal(word)) {
            case "ok": return Status.OPERATIONAL;
            case "notice": return Status.MAINTENANCE;
            case "disrupted": return Status.PARTIAL_OUTAGE;
            case "down": return Status.MAJOR_OUTAGE;
            default: return StatusWords.guessStatus(word);
        }
    }

    /** The field's text; null when absent, blank, or the template's {@code <no value>}. */
    static @Nullable String value(@Nullable JsonNode node, String field) {
        String text = Json.text(node, field);
        return text == null || text.equals(NO_VALUE) ? null : text;
    }
}
