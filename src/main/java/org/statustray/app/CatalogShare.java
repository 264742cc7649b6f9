package org.statustray.app;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.Detector;
import org.statustray.fetch.FetchSettings;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.PageResult;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.platform.IoReasons;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigFile;
import org.statustray.store.HistoryStore;
import org.statustray.store.ReadOnlyHistory;
import org.statustray.store.SharedFile;
import org.statustray.store.SharedImport;
import org.statustray.store.SharedServices;
import org.statustray.store.StoreException;

/**
 * {@code catalog --export [FILE]} and {@code catalog --import FILE}: the user catalogue a team shares. Export
 * exits 0, 3 when a service was left out (its format could not be found), {@link #DATA_ERROR} when the settings
 * are not valid and {@link #CANNOT_SAVE} when FILE cannot be written; import exits 0 when every entry
 * was added or is watched already, 1 when some were skipped, {@link #DATA_ERROR} when the file cannot be used
 * at all, and {@link #CANNOT_SAVE} when the settings cannot be changed (nothing is then changed).
 */
final class CatalogShare {
    /** EX_DATAERR: what is read (the file to import; for export, the settings) cannot be used. */
    static final int DATA_ERROR = 65;
    /** EX_CANTCREAT: the export file or the settings file cannot be written. */
    static final int CANNOT_SAVE = 73;
    static final int SOME_SKIPPED = 1;
    static final int SOME_LEFT_OUT = 3;

    private CatalogShare() {
    }

    static int export(@Nullable String target, GlobalOptions options, PrintStream out, PrintStream err) {
        Catalog catalog = Catalog.builtIn();
        Path config = options.config() != null ? options.config() : ConfigFile.defaultPath();
        AppConfig settings = ConfigFile.defaults(catalog); // as the app runs without a file, or on /dev/null
        if (Files.isRegularFile(config)) {
            String unusable = ConfigFile.unusable(config, catalog);
            if (unusable != null) {
                err.println("statustray: cannot export: " + unusable);
                return DATA_ERROR;
            }
            settings = ConfigFile.reload(config, catalog, settings).config();
        }
        SharedServices.Export export;
        try (LastReads reads = new LastReads(options.dataDir())) {
            export = SharedServices.export(settings, reads::of);
        }
        export.leftOut().forEach(line -> err.println("statustray: " + line));
        if (target == null) {
            out.print(new String(export.json(), StandardCharsets.UTF_8));
        } else {
            try {
                Files.write(Path.of(target), export.json());
            } catch (IOException | RuntimeException e) {
                err.println("statustray: cannot write " + target + ": " + (e instanceof IOException io ? IoReasons.of(io) : e.getMessage()));
                return CANNOT_SAVE;
            }
            out.println("Exported " + export.count() + (export.count() == 1 ? " service" : " services") + " to " + target);
        }
        return export.leftOut().isEmpty() ? 0 : SOME_LEFT_OUT;
    }

    static int importFrom(String source, GlobalOptions options, PrintStream out, PrintStream err) {
        Catalog catalog = Catalog.builtIn();
        SharedFile file = SharedFile.read(Path.of(source));
        if (file.problem() != null) {
            err.println("statustray: cannot import: " + file.problem() + "; nothing was changed");
            return DATA_ERROR;
        }
        Path config = options.config() != null ? options.config() : ConfigFile.defaultPath();
        String unusable = ConfigFile.unusable(config, catalog);
        if (unusable != null) {
            err.println("statustray: cannot import: " + unusable + "; fix it first, nothing was changed");
            return CANNOT_SAVE;
        }
        AtomicReference<SharedImport.@Nullable Plan> plan = new AtomicReference<>();
        ConfigFile.Saved saved = ConfigFile.update(config, catalog, ConfigFile.defaults(catalog), c -> {
            SharedImport.Plan p = SharedImport.plan(c, file, catalog);
            plan.set(p);
            return p.applyTo(c);
        });
        SharedImport.Plan done = Objects.requireNonNull(plan.get());
        if (saved.problem() != null) {
            err.println("statustray: cannot import: " + saved.problem() + "; nothing was changed");
            return CANNOT_SAVE;
        }
        done.lines().forEach(l -> out.println(l.text()));
        out.println(done.count(SharedImport.Outcome.ADDED) + " added, " + done.count(SharedImport.Outcome.ALREADY_WATCHED)
                + " already watched, " + done.count(SharedImport.Outcome.SKIPPED) + " skipped");
        return done.count(SharedImport.Outcome.SKIPPED) == 0 ? 0 : SOME_SKIPPED;
    }

    /** What each service's page said when last read: from the kept history, else read once now to find its format. */
    private static final class LastReads implements AutoCloseable {
        private final @Nullable ReadOnlyHistory history;
        private final Function<URI, PageResult> detect;

        LastReads(@Nullable Path dataDir) {
            Path dir = dataDir != null ? dataDir : ConfigFile.defaultDataDir();
            ReadOnlyHistory h = null;
            if (Files.exists(HistoryStore.file(dir))) {
                try {
                    h = ReadOnlyHistory.open(dir);
                } catch (StoreException | RuntimeException e) {
                    h = null; // the page is asked instead
                }
            }
            this.history = h;
            Detector detector = new Detector(new Fetcher(FetchSettings.defaults(), Clock.systemUTC()), Clock.systemUTC());
            this.detect = detector::detect;
        }

        Optional<Snapshot> of(ServiceConfig s) {
            Optional<Snapshot> kept = Optional.empty();
            try {
                kept = history == null ? Optional.empty() : history.lastSnapshot(s.id());
            } catch (RuntimeException e) {
                kept = Optional.empty();
            }
            if (kept.isPresent()) {
                return kept;
            }
            PageResult read = detect.apply(URI.create(s.url()));
            return read instanceof PageResult.Read r ? Optional.of(r.snapshot()) : Optional.empty();
        }

        @Override
        public void close() {
            if (history != null) {
                history.close();
            }
        }
    }
}
