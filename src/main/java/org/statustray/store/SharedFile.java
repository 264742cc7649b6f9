package org.statustray.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.platform.IoReasons;

/**
 * A user catalogue file as read: either {@code problem}, why it cannot be used at all, or its entries, each a
 * service to import or the reason it cannot be ({@link SharedEntry}).
 */
public record SharedFile(@Nullable String problem, List<SharedEntry> entries) {
    /** Far more than a list of a thousand services takes. */
    public static final int MAX_BYTES = 1 << 20;
    public static final int MAX_ENTRIES = 1_000;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public SharedFile {
        entries = List.copyOf(entries);
    }

    public static SharedFile read(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return refused("cannot read " + file + ": " + IoReasons.of(e));
        }
        if (bytes.length > MAX_BYTES) {
            return refused(file.getFileName() + " is larger than " + (MAX_BYTES >> 20) + " MB; a list of services is far smaller");
        }
        return parse(bytes, file.getFileName().toString());
    }

    static SharedFile parse(byte[] bytes, String name) {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            return refused(name + " is not JSON" + where);
        } catch (IOException e) {
            return refused(name + " is not JSON: " + IoReasons.of(e));
        }
        if (root == null || root.isMissingNode()) {
            return refused(name + " is empty");
        }
        JsonNode services = root.path("services");
        if (!root.isObject() || !services.isArray()) {
            return refused(name + " is not a list of services: it should be {\"version\": 1, \"services\": [...]}");
        }
        JsonNode version = root.path("version");
        if (!version.isMissingNode() && !(version.isIntegralNumber() && version.asInt() == SharedServices.VERSION)) {
            return refused(name + " is version " + version + " of the file; this StatusTray reads version "
                    + SharedServices.VERSION);
        }
        if (services.size() > MAX_ENTRIES) {
            return refused(String.format(Locale.ROOT, "%s lists %,d services, more than the %,d StatusTray watches",
                    name, services.size(), MAX_ENTRIES));
        }
        List<SharedEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (JsonNode e : services) {
            SharedEntry entry = SharedEntry.of(e, ++n);
            if (entry.service() != null && !ids.add(entry.service().id().toLowerCase(Locale.ROOT))) {
                entry = SharedEntry.bad(entry.label(), "the id is listed twice in the file; the first is kept");
            }
            entries.add(entry);
        }
        return new SharedFile(null, entries);
    }

    private static SharedFile refused(String problem) {
        return new SharedFile(problem, List.of());
    }
}
