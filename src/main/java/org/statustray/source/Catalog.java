package org.statustray.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import org.statustray.model.AlternativeGroups;
import org.statustray.model.CatalogEntry;
import org.statustray.source.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * The built-in list of services (a JSON resource), searchable by id, name, alias, category or host. The
 * built-in one is read when asked and held softly: an idle app does not keep a thousand entries it only
 * needs to start and to search, and reads them again if a window asks after the collector took them.
 */
public final class Catalog {
    private static final String RESOURCE = "/org/statustray/catalog.json";
    private static final Catalog BUILT_IN = new Catalog((Parsed) null);
    /** A catalogue made of given entries keeps them; the built-in one has none here. */
    private final @Nullable Parsed kept;
    private volatile Reference<Parsed> read = new SoftReference<>(null);

    private record Parsed(List<CatalogEntry> entries, AlternativeGroups alternatives) {
    }

    public Catalog(List<CatalogEntry> entries) {
        this(entries, AlternativeGroups.NONE);
    }

    public Catalog(List<CatalogEntry> entries, AlternativeGroups alternatives) {
        this(new Parsed(List.copyOf(entries), alternatives));
    }

    private Catalog(@Nullable Parsed kept) {
        this.kept = kept;
    }

    public static Catalog builtIn() {
        return BUILT_IN;
    }

    private Parsed parsed() {
        if (kept != null) {
            return kept;
        }
        Parsed p = read.get();
        if (p == null) {
            p = readBuiltIn();
            read = new SoftReference<>(p);
        }
        return p;
    }

    private static Parsed readBuiltIn() {
        try (InputStream in = Catalog.class.getResourceAsStream(RESOURCE)) {
            JsonNode root = new ObjectMapper().readTree(in);
            return new Parsed(List.copyOf(parse(root)), alternativeGroups(root));
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in catalogue cannot be read", e);
        }
    }

    static List<CatalogEntry> parse(JsonNode root) {
        List<CatalogEntry> out = new ArrayList<>();
        for (JsonNode n : Json.objects(root, "services")) {
            String id = Json.text(n, "id");
            String name = Json.text(n, "name");
            String format = Json.text(n, "format");
            String url = Json.text(n, "url");
            String category = Json.text(n, "category");
            if (id == null || name == null || format == null || url == null) {
                continue; // an entry nobody could watch; CatalogTest keeps the shipped list complete
            }
            out.add(new CatalogEntry(id, name, category != null ? category : "Other", format, url,
                    texts(n, "components"), texts(n, "aliases"), Json.text(n, "probe")));
        }
        return out;
    }

    /** The top-level {@code "alternativeGroups"}: a group's key and its members' ids (see the README's catalogue). */
    static AlternativeGroups alternativeGroups(JsonNode root) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        JsonNode all = root.get("alternativeGroups");
        if (all != null && all.isObject()) {
            all.fields().forEachRemaining(g -> groups.put(g.getKey(), texts(all, g.getKey())));
        }
        return new AlternativeGroups(groups);
    }

    private static List<String> texts(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        JsonNode v = n.get(field);
        if (v != null && v.isArray()) {
            v.forEach(e -> out.add(e.asText()));
        }
        return out;
    }

    public List<CatalogEntry> all() {
        return parsed().entries();
    }

    /** The services that can stand in for each other. */
    public AlternativeGroups alternativeGroups() {
        return parsed().alternatives();
    }

    public Optional<CatalogEntry> byId(String id) {
        return all().stream().filter(e -> e.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /**
     * Entries matching every word of {@code query}, best first: an exact id, name or alias, then names
     * that start with the query, then any other match. A blank query lists everything by name.
     */
    public List<CatalogEntry> search(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<CatalogEntry> found = new ArrayList<>();
        for (CatalogEntry e : all()) {
            if (q.isEmpty() || matchesAllWords(e, q)) {
                found.add(e);
            }
        }
        found.sort(Comparator.comparingInt((CatalogEntry e) -> rank(e, q))
                .thenComparing(e -> e.name().toLowerCase(Locale.ROOT)));
        return found;
    }

    private static boolean matchesAllWords(CatalogEntry e, String q) {
        String hay = String.join(" ", e.id(), e.name(), e.category(), e.url(), String.join(" ", e.aliases()))
                .toLowerCase(Locale.ROOT);
        for (String word : q.split("\\s+")) {
            if (!hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static int rank(CatalogEntry e, String q) {
        if (q.isEmpty()) {
            return 0;
        }
        List<String> names = new ArrayList<>(e.aliases());
        names.add(e.id());
        names.add(e.name());
        if (names.stream().anyMatch(n -> n.equalsIgnoreCase(q))) {
            return 0;
        }
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(q))) {
            return 1;
        }
        return 2;
    }
}
