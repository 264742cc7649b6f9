package org.statustray.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.statustray.fetch.Detector;
import org.statustray.fetch.FetchSettings;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.WebAddress;
import org.statustray.model.Component;
import org.statustray.model.Snapshot;

/** {@code detect URL [--json]}: which format a URL speaks, and the components it lists. */
final class DetectCommand {
    private static final ObjectMapper MAPPER = Printable.mapper(true);
    private static final String NL = System.lineSeparator();

    private DetectCommand() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        boolean json = args.contains("--json");
        List<String> urls = args.stream().filter(a -> !a.equals("--json")).toList();
        if (urls.size() != 1 || urls.get(0).startsWith("-")) {
            throw new UsageException(urls.size() > 1 || urls.isEmpty() ? "detect takes exactly one URL" : "detect: unknown option " + urls.get(0));
        }
        String raw = urls.get(0);
        PageResult result;
        try {
            URI uri = WebAddress.parse(raw);
            result = new Detector(new Fetcher(FetchSettings.defaults(), Clock.systemUTC()), Clock.systemUTC()).detect(uri);
        } catch (IllegalArgumentException e) {
            result = new PageResult.Failed(URI.create(""), org.statustray.fetch.FailureKind.UNREADABLE,
                    String.valueOf(e.getMessage()), 0, null);
        }
        if (result instanceof PageResult.Failed) {
            err.println("statustray: " + Printable.address(raw) + ": " + Printable.text(((PageResult.Failed) result).reason()));
        }
        out.print(json ? json(raw, result) : text(raw, result));
        return result instanceof PageResult.Read ? 0 : 3;
    }

    private static String text(String raw, PageResult result) {
        if (!(result instanceof PageResult.Read)) {
            return Printable.address(raw) + ": no known status format" + NL;
        }
        PageResult.Read read = (PageResult.Read) result;
        Snapshot s = read.snapshot();
        StringBuilder b = new StringBuilder();
        b.append(Printable.address(raw)).append(": ").append(read.format()).append(" (").append(Printable.text(s.service()))
                .append(')').append(NL);
        b.append("  endpoint: ").append(read.endpoint()).append(NL);
        b.append("  status:   ").append(s.status().wireName()).append(" — ").append(Printable.text(s.description())).append(NL);
        b.append("  components (").append(s.components().size()).append(s.componentsComplete() ? "" : ", affected only")
                .append(')').append(s.components().isEmpty() ? "" : ":").append(NL);
        for (Component c : s.components()) {
            b.append("    ").append(Printable.text(c.displayName())).append(NL);
        }
        return b.toString();
    }

    private static String json(String raw, PageResult result) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("url", WebAddress.withoutCredentials(raw));
        boolean found = result instanceof PageResult.Read;
        Snapshot s = found ? ((PageResult.Read) result).snapshot() : null;
        n.put("format", found ? ((PageResult.Read) result).format() : null);
        n.put("endpoint", found ? result.endpoint().toString() : null);
        n.put("name", s == null ? null : s.service());
        n.put("status", s == null ? "unknown" : s.status().wireName());
        ArrayNode components = n.putArray("components");
        if (s != null) {
            for (Component c : s.components()) {
                components.addObject().put("id", c.id()).put("name", c.name()).put("group", c.group())
                        .put("status", c.status().wireName());
            }
        }
        n.put("error", found ? null : ((PageResult.Failed) result).reason());
        try {
            return MAPPER.writeValueAsString(n) + NL;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
