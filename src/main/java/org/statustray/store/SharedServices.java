package org.statustray.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.statustray.model.AppConfig;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.source.Formats;

/**
 * A user catalogue: the services a user watches that are not plain built-in entries (added by address, or a
 * catalogue id pointed at another page), written in the built-in catalogue's own shape so that a team can
 * share its list ({@link SharedImport} reads it back).
 */
public final class SharedServices {
    /** The file's shape; a later one would be another number. */
    public static final int VERSION = 1;
    /** The category of an entry the user added. */
    public static final String CATEGORY = "Yours";
    /** The name a save dialog suggests. */
    public static final String FILE_NAME = "statustray-services.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The file's bytes, how many services it lists, and one line per service left out of it. */
    public record Export(byte[] json, int count, List<String> leftOut) {
        public Export {
            leftOut = List.copyOf(leftOut);
        }
    }

    private SharedServices() {
    }

    /** Whether {@code s} belongs in a user catalogue: it is not the built-in entry at the built-in address. */
    public static boolean shared(ServiceConfig s) {
        return s.addedByUrl();
    }

    /**
     * The user catalogue of {@code config}, in watched order. A service whose format is {@code auto} is written
     * with the format its page was last read with ({@code lastRead}, which may ask the page); one never read
     * is left out, since a file in the catalogue's shape names a format.
     */
    public static Export export(AppConfig config, Function<ServiceConfig, Optional<Snapshot>> lastRead) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        ArrayNode list = root.putArray("services");
        List<String> leftOut = new ArrayList<>();
        int count = 0;
        for (ServiceConfig s : config.services()) {
            if (!shared(s)) {
                continue;
            }
            Optional<Snapshot> read = s.format().equals(Formats.AUTO) ? lastRead.apply(s) : Optional.empty();
            String format = s.format().equals(Formats.AUTO) ? read.map(Snapshot::format).orElse(null) : s.format();
            if (format == null || format.equals(Formats.AUTO)) {
                leftOut.add(s.id() + ": left out, its format is not known yet (its page has not been read, or could not be)");
                continue;
            }
            ObjectNode e = list.addObject();
            e.put("id", s.id());
            e.put("name", s.displayName(read.map(Snapshot::service).orElse(null)));
            e.put("category", CATEGORY);
            e.put("format", format);
            e.put("url", s.url());
            if (!s.components().isEmpty()) {
                s.components().forEach(e.putArray("components")::add);
            }
            if (s.probe() instanceof ProbeSetting.At at) {
                e.put("probe", at.url());
            }
            count++;
        }
        try {
            return new Export((MAPPER.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8), count, leftOut);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
