package org.statustray.ui.settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/** The system's own file dialogs and an alert, owned by the settings window. */
final class NativeShareDialogs implements ShareDialogs {
    private static final FileChooser.ExtensionFilter JSON = new FileChooser.ExtensionFilter("JSON files", "*.json");
    private final Supplier<@Nullable Window> owner;

    NativeShareDialogs(Supplier<@Nullable Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> exportTo(Path suggested) {
        FileChooser chooser = chooser("Export your services", suggested.getParent());
        chooser.setInitialFileName(String.valueOf(suggested.getFileName()));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> importFrom(Path folder) {
        return Optional.ofNullable(chooser("Import services", folder).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public boolean confirmImport(String summary, boolean anyNew) {
        ButtonType go = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        Alert alert = anyNew ? new Alert(Alert.AlertType.CONFIRMATION, summary, go, ButtonType.CANCEL)
                : new Alert(Alert.AlertType.INFORMATION, summary, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(SettingsWindow.TITLE);
        alert.setHeaderText(anyNew ? "Import these services?" : "Nothing new to import");
        alert.getDialogPane().setPrefWidth(560); // one line per entry, reasons included
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    private static FileChooser chooser(String title, @Nullable Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(JSON);
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }
}
