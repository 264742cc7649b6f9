package org.statustray.ui.settings;

import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.store.ConfigChanges;
import org.statustray.store.ConfigFile;
import org.statustray.store.ConfigRules;

/**
 * The settings being edited, each change made through {@link ConfigChanges} (to what the file holds then,
 * written and applied), with one line of error and one of information about the last change. A file that
 * cannot be written does not stop the change applying.
 */
final class KeptConfig {
    private static final System.Logger LOG = System.getLogger(KeptConfig.class.getName());
    final ReadOnlyObjectWrapper<AppConfig> config = new ReadOnlyObjectWrapper<>();
    final ObservableList<ServiceConfig> services = FXCollections.observableArrayList();
    final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ConfigChanges changes;

    KeptConfig(ConfigChanges changes, AppConfig initial) {
        this.changes = changes;
        show(initial);
    }

    AppConfig get() {
        return config.get();
    }

    /** Shows settings changed elsewhere, without writing or applying them. */
    void show(AppConfig next) {
        services.setAll(next.services());
        config.set(next);
    }

    /** Makes {@code change} to the settings as they are when it is saved, and shows the result. */
    void commit(UnaryOperator<AppConfig> change, @Nullable String note) {
        clearMessages();
        ConfigFile.Saved saved;
        try {
            saved = changes.change(change);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "applying the settings failed", e);
            show(change.apply(get()));
            error.set("The change could not take effect now: " + e.getMessage());
            return;
        }
        show(saved.config());
        String copied = saved.backup() == null ? null
                : "The settings file could not be read; it was copied to " + saved.backup().getFileName();
        info.set(Stream.of(note, copied).filter(Objects::nonNull).collect(Collectors.joining(". ")));
        if (saved.problem() != null) {
            error.set("The settings could not be saved (" + saved.problem() + "); the change applies until StatusTray quits");
        }
    }

    /** Says why a change was not made; always false. */
    boolean refuse(@Nullable String message) {
        clearMessages();
        error.set(message);
        return false;
    }

    void tell(String message) {
        clearMessages();
        info.set(message);
    }

    void clearMessages() {
        error.set("");
        info.set("");
    }

    @Nullable ServiceConfig find(@Nullable String id) {
        return id == null ? null : get().services().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The watched service with this id (ignoring case) or at this page's address, however it is spelled. */
    Optional<ServiceConfig> watching(@Nullable String id, @Nullable String url) {
        return get().services().stream()
                .filter(s -> (id != null && s.id().equalsIgnoreCase(id)) || ConfigRules.samePage(s.url(), url))
                .findFirst();
    }
}
