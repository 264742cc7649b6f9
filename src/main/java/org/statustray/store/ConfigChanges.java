package org.statustray.store;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.statustray.model.AppConfig;
import org.statustray.source.Catalog;

/**
 * How settings are changed while StatusTray runs: one change at a time, made to what the file holds at that
 * moment (so that an edit by hand not yet loaded is kept), written, and put in force.
 */
@FunctionalInterface
public interface ConfigChanges {
    /** Makes {@code change}; the result is in force even when it could not be written ({@link ConfigFile.Saved#problem}). */
    ConfigFile.Saved change(UnaryOperator<AppConfig> change);

    /** Changes written to {@code file} and handed to {@code apply}, starting from {@code initial}: for a window on its own. */
    static ConfigChanges writing(Path file, Catalog catalog, AppConfig initial, Consumer<AppConfig> apply) {
        AtomicReference<AppConfig> inForce = new AtomicReference<>(initial);
        return change -> {
            ConfigFile.Saved saved = ConfigFile.update(file, catalog, Objects.requireNonNull(inForce.get()), change);
            inForce.set(saved.config());
            apply.accept(saved.config());
            return saved;
        };
    }
}
