package org.statustray.watch;

import java.util.List;
import org.statustray.model.TrayState;
import org.statustray.model.Verdict;

/**
 * The tray's tooltip: "StatusTray", then each service as its menu row says it ({@link TrayState.Row#says()}).
 * When it seems to be this machine, a line says so before the services, so that none of them is blamed.
 */
final class TrayTooltip {
    static final String OFFLINE = "This machine seems offline";
    static final String NAMES_FAILING = "Name lookups fail on this machine";

    static final String SIGN_IN = "This network may want you to sign in";

    private TrayTooltip() {
    }

    static String of(List<TrayState.Row> rows, ItIsMe.Machine machine) {
        StringBuilder tip = new StringBuilder("StatusTray");
        if (machine == ItIsMe.Machine.DNS_FAILING) {
            tip.append('\n').append(NAMES_FAILING);
        } else if (machine == ItIsMe.Machine.CAPTIVE_PORTAL) {
            tip.append('\n').append(SIGN_IN);
        } else if (machine == ItIsMe.Machine.OFFLINE || rows.stream().anyMatch(r -> r.verdict() == Verdict.YOU)) {
            tip.append('\n').append(OFFLINE);
        }
        for (TrayState.Row row : rows) {
            tip.append('\n').append(row.name()).append(": ").append(row.says());
        }
        return tip.toString();
    }
}
