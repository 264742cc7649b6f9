package org.statustray.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;

/**
 * The config file of the contract. Loading never fails: a missing file gets the default services
 * (written, 0600), and a file that does not parse is copied to {@code config.json.bak-<timestamp>} and the
 * defaults are used without touching it — it is replaced only when the user next saves settings.
 */
public final class ConfigFile {
    /** The services a first start watches, by catalogue id. */
    public static final List<String> DEFAULT_SERVICES = List.of("openai", "anthropic", "github", "google-cloud", "slack", "aws");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * What loading gave: the settings to run on, one line per thing the user should hear of,
     * {@code firstRun} when the file did not exist, and where a broken file was copied (or null).
     */
    public record Loaded(AppConfig config, List<String> messages, boolean firstRun, Path backup) {
        public Loaded {
            messages = List.copyOf(messages);
        }
    }

    private ConfigFile() {
    }

    public static Path defaultPath() {
        return AppDirs.configDir(System.getProperty("os.name"), System.getenv(), AppDirs.home()).resolve("config.json");
    }

    public static Path defaultDataDir() {
        return AppDirs.dataDir(System.getProperty("os.name"), System.getenv(), AppDirs.home());
    }

    public static Loaded load(Path file, Catalog catalog) {
        return load(file, catalog, Clock.systemUTC());
    }

    static Loaded load(Path file, Catalog catalog, Clock clock) {
        List<String> messages = new ArrayList<>();
        if (!Files.exists(file)) {
            AppConfig defaults = defaults(catalog);
            try {
                save(file, defaults, catalog);
            } catch (StoreException ex) {
                messages.add(ex.getMessage() + "; running on the default services");
            }
            return new Loaded(defaults, messages, true, null);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            messages.add("cannot read " + file + ": " + IoReasons.of(e) + "; running on the default services");
            return new Loaded(defaults(catalog), messages, false, null);
        }
        JsonNode root;
        try {
            root = parse(bytes);
        } catch (Broken e) {
            Path backup = backUp(file, bytes, clock, messages);
            messages.add(0, file.getFileName() + " is not valid settings (" + e.getMessage() + ")"
                    + (backup == null ? "" : "; it was copied to " + backup.getFileName())
                    + "; StatusTray runs on the default services until you change settings");
            return new Loaded(defaults(catalog), messages, false, backup);
        }
        ConfigParser.Result parsed = ConfigParser.parse(root, catalog);
        return new Loaded(parsed.config(), parsed.messages(), false, null);
    }

    /** Saves with the built-in catalogue deciding which services are written as a bare id. */
    public static void save(Path file, AppConfig config) throws StoreException {
        save(file, config, Catalog.builtIn());
    }

    /**
     * Rewrites the file atomically (0600, its directory 0700 if created), keeping keys this version does
     * not know. A file that does not parse is backed up first.
     */
    public static void save(Path file, AppConfig config, Catalog catalog) throws StoreException {
        JsonNode previous = null;
        if (Files.exists(file)) {
            byte[] bytes = null;
            try {
                bytes = Files.readAllBytes(file);
                previous = parse(bytes);
            } catch (Broken e) {
                backUp(file, bytes, Clock.systemUTC(), new ArrayList<>());
            } catch (IOException e) {
                throw new StoreException("cannot read " + file + " before saving: " + IoReasons.of(e), e);
            }
        }
        try {
            byte[] json = (MAPPER.writeValueAsString(ConfigWriter.merge(previous, config, catalog)) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            PrivateFiles.writeAtomically(file, json);
        } catch (IOException e) {
            throw new StoreException("cannot write the settings to " + file + ": " + IoReasons.of(e), e);
        }
    }

    /** The default services from {@code catalog}, those it has. */
    public static AppConfig defaults(Catalog catalog) {
        List<ServiceConfig> services = new ArrayList<>();
        for (String id : DEFAULT_SERVICES) {
            catalog.byId(id).ifPresent(c -> services.add(new ServiceConfig(c.id(), c.name(), c.url(), c.format(),
                    c.components(), null, false, false, false)));
        }
        return new AppConfig(AppConfig.DEFAULT_INTERVAL_SECONDS, services, false, null);
    }

    /** Why a file's content is not settings, in a few words. */
    private static final class Broken extends Exception {
        private static final long serialVersionUID = 1L;

        Broken(String reason) {
            super(reason);
        }
    }

    /** The file's JSON; anything but one object (an empty file, a list, trailing text) is not settings. */
    private static JsonNode parse(byte[] bytes) throws Broken {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new Broken(problem(e));
        } catch (IOException e) {
            throw new Broken(IoReasons.of(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new Broken("the file is empty");
        }
        if (!root.isObject()) {
            throw new Broken("the top level is not a JSON object");
        }
        return root;
    }

    private static String problem(JsonProcessingException e) {
        String m = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage().lines().findFirst().orElse("");
        int cut = m.indexOf(" (");
        m = cut > 0 ? m.substring(0, cut) : m;
        return e.getLocation() == null ? m : m + " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    private static Path backUp(Path file, byte[] bytes, Clock clock, List<String> messages) {
        Path backup = file.resolveSibling(file.getFileName() + ".bak-" + STAMP.format(clock.instant()));
        for (int n = 2; Files.exists(backup); n++) {
            backup = file.resolveSibling(file.getFileName() + ".bak-" + STAMP.format(clock.instant()) + "-" + n);
        }
        try {
            PrivateFiles.writeNew(backup, bytes);
            return backup;
        } catch (IOException e) {
            messages.add("could not copy " + file.getFileName() + " aside: " + IoReasons.of(e));
            return null;
        }
    }
}
