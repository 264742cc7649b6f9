package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What every catalogue entry must be; each rule returns all its offenders, one line each (empty: none). */
final class CatalogRules {
    /** Formats whose address is the page root: the reader adds the endpoint's path itself. */
    static final Set<String> PAGE_ROOTS = Set.of("statuspage", "incidentio", "instatus", "cachet", "cstate",
            "betterstack", "slack", "aws-health");
    /** Page-root entries whose real page sits below a path, by id, with the reason. */
    static final Map<String, String> PATH_EXCEPTIONS = Map.of();
    /** Formats whose readers list no components: default components there would match nothing. */
    static final Set<String> NO_COMPONENTS = Set.of("feed", "azure");
    static final Pattern STATUSIO = Pattern.compile("https://api\\.status\\.io/1\\.0/status/[0-9a-f]{24}");
    static final Pattern AWS_RSS = Pattern.compile("https://status\\.aws\\.amazon\\.com/rss/[A-Za-z0-9._-]+\\.rss");
    static final Pattern AZURE = Pattern.compile("https://azure\\.status\\.microsoft/[a-z]{2}-[a-z]{2}/status/feed/");

    private CatalogRules() {
    }

    static List<JsonNode> entries(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        root.path("services").forEach(out::add);
        return out;
    }

    static List<String> basics(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : entries(root)) {
            String id = e.path("id").asText();
            if (id.isBlank() || e.path("name").asText().isBlank()) {
                out.add(id + ": id or name missing");
            }
            if (e.path("category").asText().isBlank()) {
                out.add(id + ": category missing");
            }
            if (Formats.named(e.path("format").asText()).isEmpty()) {
                out.add(id + ": format '" + e.path("format").asText() + "' unknown");
            }
            URI url = uri(e.path("url").asText());
            if (url == null || !"https".equals(url.getScheme()) || url.getHost() == null) {
                out.add(id + ": address not https: " + e.path("url").asText());
            }
        }
        return out;
    }

    static List<String> duplicateIds(JsonNode root) {
        return same(root, e -> List.of(e.path("id").asText()), "the same id", e -> false);
    }

    /** Entries may share a page when each watches a different, non-empty set of its components. */
    static List<String> sharedAddresses(JsonNode root) {
        return same(root, e -> List.of(address(e.path("url").asText())),
                "the same address without different component presets", CatalogRules::hasPreset);
    }

    static List<String> aliasCollisions(JsonNode root) {
        List<String> out = new ArrayList<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (JsonNode e : entries(root)) {
            String id = e.path("id").asText();
            owners.putIfAbsent(key(id), id);
            owners.putIfAbsent(key(e.path("name").asText()), id);
        }
        Map<String, String> aliasOwners = new LinkedHashMap<>();
        for (JsonNode e : entries(root)) {
            String id = e.path("id").asText();
            for (JsonNode a : e.path("aliases")) {
                String owner = owners.get(key(a.asText()));
                String earlier = aliasOwners.putIfAbsent(key(a.asText()), id);
                if (owner != null && !owner.equals(id)) {
                    out.add(id + ": alias '" + a.asText() + "' is " + owner + "'s id or name");
                } else if (earlier != null) {
                    out.add(id + ": alias '" + a.asText() + "' is also an alias of " + earlier);
                }
            }
        }
        return out;
    }

    static List<String> addressShapes(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : entries(root)) {
            String id = e.path("id").asText();
            String format = e.path("format").asText();
            String url = e.path("url").asText();
            URI u = uri(url);
            if (u == null) {
                continue; // basics() names it
            }
            String path = u.getRawPath() == null ? "" : u.getRawPath();
            boolean pageRoot = (path.isEmpty() || path.equals("/")) && u.getRawQuery() == null;
            String wrong = switch (format) {
                case "statusio" -> STATUSIO.matcher(url).matches() ? null : "is not https://api.status.io/1.0/status/<24 hex>";
                case "aws-rss" -> AWS_RSS.matcher(url).matches() ? null : "is not https://status.aws.amazon.com/rss/….rss";
                case "azure" -> AZURE.matcher(url).matches() ? null : "is not the Azure status feed";
                case "gcp" -> u.getHost() != null && u.getHost().endsWith(".google.com") && u.getRawQuery() == null
                        && !path.endsWith(".json") ? null : "is not a Google status dashboard root";
                case "feed" -> pageRoot ? "has no path" : null;
                default -> !PAGE_ROOTS.contains(format) || pageRoot || PATH_EXCEPTIONS.containsKey(id) ? null
                        : "is not a page root";
            };
            if (wrong != null) {
                out.add(id + ": " + format + " address " + wrong + ": " + url);
            }
        }
        return out;
    }

    static List<String> probes(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : entries(root)) {
            if (!e.path("probe").isTextual()) {
                continue;
            }
            URI probe = uri(e.path("probe").asText());
            URI page = uri(e.path("url").asText());
            if (probe == null || !"https".equals(probe.getScheme()) || probe.getHost() == null
                    || page != null && probe.getHost().equalsIgnoreCase(page.getHost())) {
                out.add(e.path("id").asText() + ": probe not https or on the page's host: " + e.path("probe").asText());
            }
        }
        return out;
    }

    static List<String> components(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : entries(root)) {
            if (hasPreset(e) && NO_COMPONENTS.contains(e.path("format").asText())) {
                out.add(e.path("id").asText() + ": components on a " + e.path("format").asText()
                        + " page, which lists none (they would hide every event)");
            }
            Set<String> seen = new HashSet<>();
            for (JsonNode c : e.path("components")) {
                if (c.asText().isBlank()) {
                    out.add(e.path("id").asText() + ": blank component");
                } else if (!seen.add(key(c.asText()))) {
                    out.add(e.path("id").asText() + ": component '" + c.asText() + "' twice");
                }
            }
        }
        return out;
    }

    static List<String> alternativeMembers(JsonNode root) {
        Set<String> ids = new HashSet<>();
        entries(root).forEach(e -> ids.add(e.path("id").asText()));
        List<String> out = new ArrayList<>();
        root.path("alternativeGroups").fields().forEachRemaining(g -> g.getValue().forEach(m -> {
            if (!ids.contains(m.asText())) {
                out.add("alternative group " + g.getKey() + ": no entry '" + m.asText() + "'");
            }
        }));
        return out;
    }

    /**
     * Entries sharing a key (ignoring case); a clash is forgiven when their presets differ and {@code allowed}
     * fails for at most one of them (a page watched whole beside its products, as Firebase and its products).
     */
    private static List<String> same(JsonNode root, java.util.function.Function<JsonNode, List<String>> keys,
            String what, java.util.function.Predicate<JsonNode> allowed) {
        Map<String, List<JsonNode>> byKey = new LinkedHashMap<>();
        for (JsonNode e : entries(root)) {
            keys.apply(e).forEach(k -> byKey.computeIfAbsent(key(k), x -> new ArrayList<>()).add(e));
        }
        List<String> out = new ArrayList<>();
        for (List<JsonNode> sharing : byKey.values()) {
            Set<String> presets = new HashSet<>();
            sharing.forEach(e -> presets.add(e.path("components").toString().toLowerCase(Locale.ROOT)));
            boolean forgiven = sharing.stream().filter(allowed.negate()).count() <= 1 && presets.size() == sharing.size();
            if (sharing.size() > 1 && !forgiven) {
                out.add(String.join(", ", sharing.stream().map(e -> e.path("id").asText()).toList()) + ": " + what);
            }
        }
        return out;
    }

    private static boolean hasPreset(JsonNode e) {
        return e.path("components").isArray() && !e.path("components").isEmpty();
    }

    /** An address compared as a person would: case-blind, without a trailing slash. */
    private static String address(String url) {
        String a = url.strip().toLowerCase(Locale.ROOT);
        return a.endsWith("/") ? a.substring(0, a.length() - 1) : a;
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable URI uri(String text) {
        try {
            return new URI(text.strip());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
