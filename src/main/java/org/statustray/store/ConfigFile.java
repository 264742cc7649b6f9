package org.statustray.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.platform.AppDirs;
import org.statustray.platform.IoReasons;
import org.statustray.platform.PrivateFiles;
import org.statustray.source.Catalog;

/**
 * The config file of the contract. Loading never fails: a missing file gets the default services
 * (written, 0600), and a file that does not parse is copied to {@code config.json.bak-<timestamp>} and the
 * defaults are used without touching it — it is replaced only when settings are next saved. A file far
 * larger than settings ever are, or listing more services than anyone watches, is refused the same way but
 * not copied (it is intact). Saving applies one change to what the file holds at that moment ({@link #update}).
 */
public final class ConfigFile {
    /** The services a first start watches, by catalogue id. */
    public static final List<String> DEFAULT_SERVICES = List.of("openai", "anthropic", "github", "google-cloud", "slack", "aws");
    /** More than anyone watches; each costs memory and a poll a minute. */
    public static final int MAX_SERVICES = 1_000;
    /** Tries at saving while someone else keeps writing the file. */
    private static final int SAVE_ATTEMPTS = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /**
     * What loading gave: the settings to run on, one line per thing the user should hear of,
     * {@code firstRun} when the file did not exist, where a broken file was copied (or null), and
     * {@code refused} when the file's content could not be used (the settings are then others).
     */
    public record Loaded(AppConfig config, List<String> messages, boolean firstRun, @Nullable Path backup,
            boolean refused) {
        public Loaded {
            messages = List.copyOf(messages);
        }
    }

    /**
     * What a save gave: the settings now in force, why they are not in the file (null when they are), and
     * where a file that could not be used was copied before it was replaced (or null).
     */
    public record Saved(AppConfig config, @Nullable String problem, @Nullable Path backup) {
    }

    private ConfigFile() {
    }

    public static Path defaultPath() {
        return AppDirs.configDirOfThisUser().resolve("config.json");
    }

    public static Path defaultDataDir() {
        return AppDirs.dataDirOfThisUser();
    }

    public static Loaded load(Path file, Catalog catalog) {
        return load(file, catalog, Clock.systemUTC());
    }

    static Loaded load(Path file, Catalog catalog, Clock clock) {
        List<String> messages = new ArrayList<>();
        ConfigBytes bytes;
        try {
            bytes = ConfigBytes.read(file, true);
        } catch (IOException e) {
            messages.add("cannot read " + file + ": " + IoReasons.of(e) + "; running on the default services");
            return new Loaded(defaults(catalog), messages, false, null, true);
        }
        if (bytes.kind() == ConfigBytes.Kind.MISSING) {
            AppConfig defaults = defaults(catalog);
            try {
                save(file, defaults, catalog);
            } catch (StoreException ex) {
                messages.add(ex.getMessage() + "; running on the default services");
            }
            return new Loaded(defaults, messages, true, null, false);
        }
        boolean regular = bytes.kind() == ConfigBytes.Kind.REGULAR;
        if (!regular && bytes.bytes().length == 0 && !bytes.tooLarge()) {
            messages.add(file + " is not a regular file: StatusTray runs on the default services, and settings will not be saved");
            return new Loaded(defaults(catalog), messages, false, null, false);
        }
        ConfigContent content = ConfigContent.of(bytes, catalog);
        if (content.problem() != null) {
            Path backup = content.damaged() && regular ? backUp(file, bytes.bytes(), clock, messages) : null;
            messages.add(0, file.getFileName() + " is not valid settings (" + content.problem() + ")"
                    + (backup == null ? "" : "; it was copied to " + backup.getFileName())
                    + "; StatusTray runs on the default services until you change settings");
            return new Loaded(defaults(catalog), messages, false, backup, true);
        }
        messages.addAll(content.messages());
        if (!regular) {
            messages.add(file + " is not a regular file: settings will not be saved");
        }
        return new Loaded(content.settings(), messages, false, null, false);
    }

    /**
     * The file as a running app reads it after it changed on disk: its settings, or ({@code refused}) one
     * sentence why it cannot be used now, with {@code inForce} to run on meanwhile. Nothing is written or copied.
     */
    public static Loaded reload(Path file, Catalog catalog, AppConfig inForce) {
        String why;
        try {
            ConfigBytes bytes = ConfigBytes.read(file, false);
            why = switch (bytes.kind()) {
                case MISSING -> file.getFileName() + " was removed";
                case NOT_REGULAR -> file + " is no longer a regular file";
                case REGULAR -> null;
            };
            ConfigContent content = why == null ? ConfigContent.of(bytes, catalog) : null;
            if (content != null && content.problem() == null) {
                return new Loaded(content.settings(), content.messages(), false, null, false);
            }
            why = why != null ? why
                    : file.getFileName() + " is not valid settings (" + Objects.requireNonNull(content).problem() + ")";
        } catch (IOException e) {
            why = "cannot read " + file + ": " + IoReasons.of(e);
        }
        return new Loaded(inForce, List.of(why + "; StatusTray runs on the settings it had until the file is fixed"), false,
                null, true);
    }

    /**
     * Why the file cannot take a change made from outside the app (it cannot be read, is not valid settings, or
     * is not a regular file); null when it can, or does not exist yet. Nothing is written or copied.
     */
    public static @Nullable String unusable(Path file, Catalog catalog) {
        try {
            ConfigBytes bytes = ConfigBytes.read(file, false);
            return switch (bytes.kind()) {
                case MISSING -> null;
                case NOT_REGULAR -> file + " is not a regular file";
                case REGULAR -> {
                    String problem = ConfigContent.of(bytes, catalog).problem();
                    yield problem == null ? null : file.getFileName() + " is not valid settings (" + problem + ")";
                }
            };
        } catch (IOException e) {
            return "cannot read " + file + ": " + IoReasons.of(e);
        }
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
        Saved saved = update(file, catalog, config, c -> config);
        if (saved.problem() != null) {
            throw new StoreException(saved.problem());
        }
    }

    /**
     * Makes {@code change} to the settings the file holds now (to {@code inForce} where it holds none that can
     * be used, which is then copied aside) and writes the result — unless the file was written meanwhile, in
     * which case the change is made again to what it holds then. A link is followed and stays a link;
     * something that is not a regular file is never written. The result is in force either way.
     */
    public static Saved update(Path file, Catalog catalog, AppConfig inForce, UnaryOperator<AppConfig> change) {
        @Nullable AppConfig next = null; // made from what the file holds, once it is read
        try {
            Path target = PrivateFiles.followLinks(file);
            for (int attempt = 1; attempt <= SAVE_ATTEMPTS; attempt++) {
                ConfigBytes now;
                try {
                    now = ConfigBytes.read(target, false);
                } catch (IOException e) {
                    return new Saved(change.apply(inForce), "cannot read " + file + " before saving: " + IoReasons.of(e), null);
                }
                if (now.kind() == ConfigBytes.Kind.NOT_REGULAR) {
                    return new Saved(change.apply(inForce), file + " is not a regular file: settings are not saved", null);
                }
                ConfigContent content = now.kind() == ConfigBytes.Kind.MISSING ? null : ConfigContent.of(now, catalog);
                ConfigContent usable = content != null && content.problem() == null ? content : null;
                next = change.apply(usable != null ? usable.settings() : inForce);
                byte[] json = (MAPPER.writeValueAsString(ConfigWriter.merge(usable != null ? usable.tree() : null, next,
                        catalog)) + "\n").getBytes(StandardCharsets.UTF_8);
                Path backup = usable != null || content == null ? null : copyAside(file, target);
                if (replaceIfUnchanged(target, now, json)) {
                    return new Saved(next, null, backup);
                }
            }
            return new Saved(Objects.requireNonNull(next), file + " kept changing while it was being saved; try again",
                    null);
        } catch (IOException e) {
            return new Saved(next != null ? next : change.apply(inForce),
                    "cannot write the settings to " + file + ": " + IoReasons.of(e), null);
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

    private static Path backupName(Path file, Clock clock) {
        Path backup = file.resolveSibling(file.getFileName() + ".bak-" + STAMP.format(clock.instant()));
        for (int n = 2; Files.exists(backup, LinkOption.NOFOLLOW_LINKS); n++) {
            backup = file.resolveSibling(file.getFileName() + ".bak-" + STAMP.format(clock.instant()) + "-" + n);
        }
        return backup;
    }

    private static @Nullable Path backUp(Path file, byte[] bytes, Clock clock, List<String> messages) {
        Path backup = backupName(file, clock);
        try {
            PrivateFiles.writeNew(backup, bytes);
            return backup;
        } catch (IOException e) {
            messages.add("could not copy " + file.getFileName() + " aside: " + IoReasons.of(e));
            return null;
        }
    }

    /** Moves {@code json} over {@code target} if it is still the version {@code read}; false when it is not. */
    private static boolean replaceIfUnchanged(Path target, ConfigBytes read, byte[] json) throws IOException {
        Path temp = PrivateFiles.writeTemp(target, json);
        try {
            if (!read.unchanged(target)) {
                return false;
            }
            PrivateFiles.moveOver(temp, target);
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies the unusable file about to be replaced beside {@code file}; a file not copied is not replaced. */
    private static Path copyAside(Path file, Path target) throws IOException {
        Path backup = backupName(file, Clock.systemUTC());
        PrivateFiles.copyNew(target, backup);
        return backup;
    }
}
