package org.statustray.ui.settings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Snapshot;
import org.statustray.platform.IoReasons;
import org.statustray.source.Catalog;
import org.statustray.store.SharedFile;
import org.statustray.store.SharedImport;
import org.statustray.store.SharedServices;

/**
 * Sharing the services added by address: exported to a file in the catalogue's shape, imported from one.
 * An import is previewed first ({@link #preview}), then made like any other change: added at the end of the
 * list, written and in force at once.
 */
public final class ServiceSharing {
    private final KeptConfig kept;
    private final Catalog catalog;
    private final Function<String, Optional<Snapshot>> lastRead;
    private final Consumer<String> select;
    private @Nullable SharedFile previewed;
    private @Nullable Path previewedPath;

    ServiceSharing(KeptConfig kept, Catalog catalog, Function<String, Optional<Snapshot>> lastRead, Consumer<String> select) {
        this.kept = kept;
        this.catalog = catalog;
        this.lastRead = lastRead;
        this.select = select;
    }

    /** Where the file dialogs start. */
    public Path homeFolder() {
        return Path.of(System.getProperty("user.home", ".")).toAbsolutePath();
    }

    /** What a save dialog offers: {@value SharedServices#FILE_NAME} in the home folder. */
    public Path suggestedFile() {
        return homeFolder().resolve(SharedServices.FILE_NAME);
    }

    /** Whether any watched service is one's own (added by address, or a built-in id at another page). */
    public boolean anyToExport() {
        return kept.get().services().stream().anyMatch(SharedServices::shared);
    }

    /** Writes the services added by address to {@code file}; says how many, and which were left out. */
    public boolean export(Path file) {
        SharedServices.Export export = SharedServices.export(kept.get(), s -> lastRead.apply(s.id()));
        try {
            Files.write(file, export.json());
        } catch (IOException e) {
            return kept.refuse("Could not write " + file + ": " + IoReasons.of(e));
        }
        List<String> parts = new ArrayList<>();
        parts.add("Exported " + export.count() + (export.count() == 1 ? " service" : " services") + " to " + file);
        export.leftOut().forEach(parts::add);
        kept.tell(String.join("; ", parts));
        return true;
    }

    /** What importing {@code file} would do now; empty (and said why) when the file cannot be used at all. */
    public Optional<SharedImport.Plan> preview(Path file) {
        SharedFile read = SharedFile.read(file);
        if (read.problem() != null) {
            previewed = null;
            kept.refuse("Nothing was imported: " + read.problem());
            return Optional.empty();
        }
        previewed = read;
        previewedPath = file;
        kept.clearMessages();
        return Optional.of(SharedImport.plan(kept.get(), read, catalog));
    }

    /** The preview in words: how many are new, watched already and skipped, then each entry's line. */
    public static String summary(SharedImport.Plan plan) {
        StringBuilder b = new StringBuilder();
        b.append(plan.count(SharedImport.Outcome.ADDED)).append(" new, ")
                .append(plan.count(SharedImport.Outcome.ALREADY_WATCHED)).append(" already watched, ")
                .append(plan.count(SharedImport.Outcome.SKIPPED)).append(" skipped");
        for (SharedImport.Line l : plan.lines()) {
            b.append('\n').append(l.label()).append(": ")
                    .append(l.outcome() == SharedImport.Outcome.ADDED ? l.detail().replaceFirst("^added", "new") : l.detail());
        }
        return b.toString();
    }

    /** Adds the new services of the file last previewed, to the settings as they are now; false when none. */
    public boolean importPreviewed() {
        SharedFile file = previewed;
        if (file == null) {
            return kept.refuse("Choose a file to import first");
        }
        List<SharedImport.Plan> made = new ArrayList<>(1);
        kept.commit(c -> {
            SharedImport.Plan plan = SharedImport.plan(c, file, catalog);
            made.clear();
            made.add(plan);
            return plan.applyTo(c);
        }, null);
        previewed = null;
        SharedImport.Plan plan = made.isEmpty() ? null : made.get(0);
        if (plan == null || plan.added().isEmpty()) {
            if (kept.error.get().isEmpty()) {
                kept.tell("Nothing was imported: the file has no service that is not watched already");
            }
            return false;
        }
        String note = "Imported " + plan.added().size() + (plan.added().size() == 1 ? " service" : " services") + " from "
                + (previewedPath == null ? "the file" : previewedPath.getFileName());
        if (kept.error.get().isEmpty()) {
            kept.info.set(kept.info.get().isEmpty() ? note : note + ". " + kept.info.get());
        }
        select.accept(plan.added().get(0).id());
        return true;
    }
}
