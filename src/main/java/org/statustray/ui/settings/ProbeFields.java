package org.statustray.ui.settings;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;

/**
 * The shown service's probe: its own address (empty: the catalogue's) and "don't probe". Built once with the
 * service detail; {@link #show} fills it for whichever service is chosen.
 */
final class ProbeFields {
    private final ProbeSettings probes;
    private final Supplier<@Nullable ServiceConfig> shown;
    private final TextField address = new TextField();
    private final CheckBox off = new CheckBox("_Don't probe this service");
    private final Label hint = Forms.hint("");
    private final VBox root;

    ProbeFields(ProbeSettings probes, Supplier<@Nullable ServiceConfig> shown) {
        this.probes = probes;
        this.shown = shown;
        address.setId("service-probe");
        HBox.setHgrow(address, Priority.ALWAYS);
        Forms.onCommit(address, this::shownAddress, () -> {
            ServiceConfig s = shown.get();
            if (s != null) {
                probes.setAddress(s.id(), address.getText());
            }
        });
        off.setId("service-no-probe");
        off.setOnAction(e -> probes.setOff(Objects.requireNonNull(shown.get()).id(), off.isSelected()));
        Label label = Forms.labelFor("_Probe address", address);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(6, 0, 0, 0));
        HBox row = new HBox(8, label, address);
        row.setAlignment(Pos.TOP_LEFT);
        root = new VBox(6, row, off, hint);
    }

    Node node() {
        return root;
    }

    void show(ServiceConfig s) {
        boolean isOff = s.probe() instanceof ProbeSetting.Off;
        off.setSelected(isOff);
        address.setDisable(isOff);
        address.setText(shownAddress());
        String catalogue = probes.catalogueAddress(s).map(Object::toString).orElse(null);
        address.setPromptText(catalogue != null ? catalogue : "https://…");
        String blank = catalogue != null ? "Empty: the catalogue's address, " + catalogue + "."
                : "Empty: not probed; the catalogue has no address for this service.";
        hint.setText((isOff ? "Not probed." : blank) + " A probe asks the service itself, from this machine, whether"
                + " it answers; no credentials are sent." + (probes.on() ? "" : " Probing is off for every service (General)."));
    }

    private String shownAddress() {
        ServiceConfig s = shown.get();
        return s == null ? "" : probes.ownAddress(s);
    }
}
