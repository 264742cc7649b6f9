package org.statustray.ui.settings;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigFile;
import org.statustray.store.ConfigRules;
import org.statustray.store.StoreException;

/**
 * The settings being edited: kept, written to the config file and applied on every change, with one line
 * of error and one of information about the last change. A file that cannot be written does not stop the
 * change applying.
 */
final class KeptConfig {
    private static final System.Logger LOG = System.getLogger(KeptConfig.class.getName());
    final ReadOnlyObjectWrapper<AppConfig> config = new ReadOnlyObjectWrapper<>();
    final ObservableList<ServiceConfig> services = FXCollections.observableArrayList();
    final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final Path file;
    private final Catalog catalog;
    private final Consumer<AppConfig> apply;

    KeptConfig(Path file, Catalog catalog, Consumer<AppConfig> apply, AppConfig initial) {
        this.file = file;
        this.catalog = catalog;
        this.apply = apply;
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

    void commit(AppConfig next, String note) {
        clearMessages();
        show(next);
        info.set(note == null ? "" : note);
        try {
            ConfigFile.save(file, next, catalog);
        } catch (StoreException e) {
            error.set("The settings could not be saved (" + e.getMessage() + "); the change applies until StatusTray quits");
        }
        try {
            apply.accept(next);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "applying the settings failed", e);
            error.set("The change could not take effect now: " + e.getMessage());
        }
    }

    /** Says why a change was not made; always false. */
    boolean refuse(String message) {
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

    ServiceConfig find(String id) {
        return id == null ? null : get().services().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The watched service with this id (ignoring case) or at this address. */
    Optional<ServiceConfig> watching(String id, String url) {
        return get().services().stream()
                .filter(s -> (id != null && s.id().equalsIgnoreCase(id)) || (url != null && ConfigRules.sameAddress(s.url(), url)))
                .findFirst();
    }
}
