package org.statustray.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.statustray.model.AppConfig;
import org.statustray.model.QuietHours;

/** The Notifications tab (maintenance, quiet hours) and the General tab (poll interval, probing, start at login). */
final class GeneralTabs {
    private static final String QUIET_START = "22:00";
    private static final String QUIET_END = "07:00";

    private GeneralTabs() {
    }

    static Node notifications(SettingsModel model) {
        CheckBox maintenance = new CheckBox("Tell me about _scheduled maintenance");
        maintenance.setId("maintenance");
        maintenance.setOnAction(e -> model.setMaintenanceNotifications(maintenance.isSelected()));

        CheckBox quiet = new CheckBox("_Quiet hours: hold notifications, then sum them up in one");
        quiet.setId("quiet-hours");
        TextField start = time("quiet-start");
        TextField end = time("quiet-end");
        Runnable commitQuiet = () -> {
            model.setQuietHours(quiet.isSelected(), start.getText(), end.getText());
            quiet.setSelected(model.config().quietHours() != null); // a refused change leaves them as they were
        };
        quiet.setOnAction(e -> {
            if (quiet.isSelected() && start.getText().isBlank() && end.getText().isBlank()) {
                start.setText(QUIET_START);
                end.setText(QUIET_END);
            }
            commitQuiet.run();
        });
        Forms.onCommit(start, () -> shownTime(model, true), () -> {
            if (quiet.isSelected()) {
                commitQuiet.run();
            }
        });
        Forms.onCommit(end, () -> shownTime(model, false), () -> {
            if (quiet.isSelected()) {
                commitQuiet.run();
            }
        });
        HBox times = new HBox(8, Forms.labelFor("_From", start), start, Forms.labelFor("_to", end), end);
        times.setAlignment(Pos.BASELINE_LEFT);
        times.setPadding(new Insets(0, 0, 0, 28));

        Runnable show = () -> {
            AppConfig c = model.config();
            maintenance.setSelected(c.maintenanceNotifications());
            quiet.setSelected(c.quietHours() != null);
            if (c.quietHours() != null) {
                start.setText(shownTime(model, true));
                end.setText(shownTime(model, false));
            }
        };
        model.configProperty().addListener((o, was, now) -> show.run());
        show.run();
        VBox box = new VBox(10, Forms.heading("Maintenance"), maintenance,
                Forms.hint("Off: a maintenance shows in the tray but is not notified."),
                Forms.heading("Quiet hours"), quiet, times,
                Forms.hint("Times are in your time zone, HH:mm; the span may wrap midnight (22:00 to 07:00)."));
        box.setPadding(new Insets(16));
        return box;
    }

    static Node general(SettingsModel model) {
        TextField interval = new TextField();
        interval.setId("global-interval");
        interval.setPrefColumnCount(6);
        interval.setMaxWidth(120);
        Forms.onCommit(interval, () -> String.valueOf(model.config().pollIntervalSeconds()),
                () -> model.setGlobalInterval(interval.getText()));
        HBox intervalRow = new HBox(8, Forms.labelFor("Poll _every (seconds)", interval), interval);
        intervalRow.setAlignment(Pos.BASELINE_LEFT);

        CheckBox login = new CheckBox("Start StatusTray when I _log in");
        login.setId("start-at-login");
        login.setSelected(model.startAtLoginProperty().get());
        model.startAtLoginProperty().addListener((o, was, now) -> login.setSelected(now));
        login.setOnAction(e -> {
            model.setStartAtLogin(login.isSelected());
            login.setSelected(model.startAtLoginProperty().get());
        });
        login.setDisable(!model.canStartAtLogin() && !model.startAtLoginProperty().get());
        Label loginHint = Forms.hint(model.canStartAtLogin() ? "" : Sentences.capitalised(model.startAtLoginUnavailableReason()) + ".");
        loginHint.setVisible(!model.canStartAtLogin());
        loginHint.managedProperty().bind(loginHint.visibleProperty());

        CheckBox probes = new CheckBox("_Probe services from this machine");
        probes.setId("probes");
        probes.setOnAction(e -> model.probes().setOn(probes.isSelected()));
        CheckBox early = new CheckBox("Warn when a service stops answering from here _before its status page says so");
        early.setId("early-warning");
        early.setWrapText(true);
        early.setOnAction(e -> model.probes().setEarlyWarning(early.isSelected()));
        early.disableProperty().bind(probes.selectedProperty().not());

        model.configProperty().addListener((o, was, now) -> {
            interval.setText(String.valueOf(now.pollIntervalSeconds()));
            probes.setSelected(now.probes());
            early.setSelected(now.earlyWarning());
        });
        interval.setText(String.valueOf(model.config().pollIntervalSeconds()));
        probes.setSelected(model.config().probes());
        early.setSelected(model.config().earlyWarning());
        Label file = Forms.hint("Settings are saved in " + model.configFile() + " as soon as you change them.");
        VBox box = new VBox(10, Forms.heading("Polling"), intervalRow,
                Forms.hint("Default 60 s; at least 30 s for pages on other hosts. A service can have its own interval"
                        + " in Services."),
                Forms.heading("Is it me or them?"), probes,
                Forms.hint("Asks each service's own address (its API or sign-in page), without credentials, whether it"
                        + " answers from here, so that a problem on this side is told apart from theirs. Each service"
                        + " can have its own address or none in Services."), early,
                Forms.heading("Start at login"), login, loginHint, Forms.heading("Settings file"), file);
        box.setPadding(new Insets(16));
        return box;
    }

    private static TextField time(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.setMaxWidth(90);
        f.setPromptText("HH:mm");
        return f;
    }

    private static @Nullable String shownTime(SettingsModel model, boolean start) {
        QuietHours q = model.config().quietHours();
        return q == null ? "" : ServiceEdits.clockTime(start ? q.start() : q.end());
    }
}
