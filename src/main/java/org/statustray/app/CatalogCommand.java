package org.statustray.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import org.statustray.model.AlternativeGroups;
import org.statustray.model.CatalogEntry;
import org.statustray.source.Catalog;

/**
 * {@code catalog [QUERY] [--json]}: lists and searches the built-in services; {@code --export}/{@code --import}
 * share the user's own ({@link CatalogShare}).
 */
final class CatalogCommand {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogCommand() {
    }

    static int run(List<String> args, GlobalOptions options, PrintStream out, PrintStream err) throws UsageException {
        if (args.contains("--export") || args.contains("--import")) {
            return share(args, options, out, err);
        }
        boolean json = false;
        StringBuilder query = new StringBuilder();
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.startsWith("-")) {
                throw new UsageException("catalog: unknown option " + a);
            } else {
                query.append(query.length() == 0 ? "" : " ").append(a);
            }
        }
        Catalog catalog = Catalog.builtIn();
        List<CatalogEntry> found = catalog.search(query.toString());
        out.print(json ? json(found, catalog.alternativeGroups()) : table(found, query.toString()));
        return 0;
    }

    /** {@code --export [FILE]} or {@code --import FILE}, alone. */
    private static int share(List<String> args, GlobalOptions options, PrintStream out, PrintStream err)
            throws UsageException {
        String option = args.get(0);
        if (!List.of("--export", "--import").contains(option) || args.size() > 2
                || args.size() == 2 && args.get(1).startsWith("-") && !args.get(1).equals("-")) {
            throw new UsageException("catalog: --export [FILE] and --import FILE take nothing else");
        }
        if (option.equals("--import")) {
            if (args.size() != 2) {
                throw new UsageException("catalog: --import needs the FILE to import");
            }
            return CatalogShare.importFrom(args.get(1), options, out, err);
        }
        return CatalogShare.export(args.size() == 2 && !args.get(1).equals("-") ? args.get(1) : null, options, out, err);
    }

    private static String table(List<CatalogEntry> found, String query) {
        if (found.isEmpty()) {
            return "no service in the catalogue matches '" + query + "'; check any status page by URL instead"
                    + System.lineSeparator();
        }
        int id = 2;
        int name = 4;
        for (CatalogEntry e : found) {
            id = Math.max(id, e.id().length());
            name = Math.max(name, Math.min(32, e.name().length()));
        }
        StringBuilder b = new StringBuilder();
        String row = "%-" + id + "s  %-" + name + "s  %-20s  %-11s  %s" + System.lineSeparator();
        b.append(String.format(row, "ID", "NAME", "CATEGORY", "FORMAT", "URL"));
        for (CatalogEntry e : found) {
            b.append(String.format(row, e.id(), e.name(), e.category(), e.format(), e.url()));
        }
        return b.toString();
    }

    private static String json(List<CatalogEntry> found, AlternativeGroups alternatives) {
        ArrayNode array = MAPPER.createArrayNode();
        for (CatalogEntry e : found) {
            ObjectNode n = array.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("format", e.format());
            n.put("url", e.url());
            n.put("category", e.category());
            if (!e.components().isEmpty()) {
                e.components().forEach(n.putArray("components")::add);
            }
            if (!e.aliases().isEmpty()) {
                e.aliases().forEach(n.putArray("aliases")::add);
            }
            if (e.probe() != null) {
                n.put("probe", e.probe());
            }
            if (!alternatives.groupsOf(e.id()).isEmpty()) {
                alternatives.groupsOf(e.id()).forEach(n.putArray("alternativeGroups")::add);
                alternatives.alternativesTo(e.id()).forEach(n.putArray("alternatives")::add);
            }
        }
        try {
            return MAPPER.writeValueAsString(array) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
