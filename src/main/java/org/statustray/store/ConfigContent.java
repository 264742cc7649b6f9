package org.statustray.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statustray.model.AppConfig;
import org.statustray.platform.IoReasons;
import org.statustray.source.Catalog;

/**
 * What the settings file's bytes are: settings (the JSON tree, kept for unknown keys, and the settings it
 * gives with a line per thing skipped or corrected), or {@code problem}, a few words on why they are not.
 * {@code damaged}: not JSON settings at all, worth a copy; a file refused for its size is intact.
 */
record ConfigContent(@Nullable JsonNode tree, @Nullable AppConfig config, List<String> messages,
        @Nullable String problem, boolean damaged) {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static ConfigContent of(ConfigBytes bytes, Catalog catalog) {
        if (bytes.tooLarge()) {
            return refused(String.format(Locale.ROOT, "it is %.1f MB, more than the %d MB a settings file may be",
                    bytes.size() / 1e6, ConfigBytes.MAX_BYTES >> 20), false);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes.bytes());
        } catch (JsonProcessingException e) {
            return refused(problem(e), true);
        } catch (IOException e) {
            return refused(IoReasons.of(e), true);
        }
        if (root == null || root.isMissingNode()) {
            return refused("the file is empty", true);
        }
        if (!root.isObject()) {
            return refused("the top level is not a JSON object", true);
        }
        JsonNode services = root.path("services");
        if (services.isArray() && services.size() > ConfigFile.MAX_SERVICES) {
            return refused(String.format(Locale.ROOT, "it lists %,d services, more than the %,d StatusTray watches",
                    services.size(), ConfigFile.MAX_SERVICES), false);
        }
        ConfigParser.Result parsed = ConfigParser.parse(root, catalog);
        return new ConfigContent(root, parsed.config(), parsed.messages(), null, false);
    }

    /** The settings, which content without a {@code problem} has. */
    AppConfig settings() {
        return Objects.requireNonNull(config);
    }

    private static ConfigContent refused(String problem, boolean damaged) {
        return new ConfigContent(null, null, List.of(), problem, damaged);
    }

    private static String problem(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines().findFirst().orElse("");
        int cut = m.indexOf(" (");
        m = cut > 0 ? m.substring(0, cut) : m;
        return e.getLocation() == null ? m : m + " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }
}
