package org.statustray.ui.settings;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** The small pieces the settings window's forms are made of: labels tied to controls, headings, hints. */
final class Forms {
    private Forms() {
    }

    /** A visible label for {@code target}; an underscore marks its Alt mnemonic. */
    static Label labelFor(String text, Node target) {
        Label l = new Label(text);
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        return l;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    /** A muted sentence that explains the control above it. */
    static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        l.setWrapText(true);
        return l;
    }

    /** Runs {@code commit} on Enter and when the field loses focus with text other than {@code shown}. */
    static void onCommit(TextField field, java.util.function.Supplier<String> shown, Runnable commit) {
        field.setOnAction(e -> commit.run());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !field.getText().strip().equals(shown.get())) {
                commit.run();
            }
        });
    }
}
