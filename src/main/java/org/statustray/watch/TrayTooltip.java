package org.statustray.watch;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.Snooze;
import org.statustray.model.TrayState;
import org.statustray.model.Verdict;

/**
 * The tray's tooltip: "StatusTray", then each service as its menu row says it ({@link TrayState.Row#saysMarked()},
 * "(muted)" included). While notifications are snoozed, a line says until when, first of all. When it seems to
 * be this machine, a line says so before the services, so that none of them is blamed.
 * Under a service, a line for each watched component its page no longer lists ("API: operational (not
 * listed since 14:02)").
 */
final class TrayTooltip {
    static final String OFFLINE = "This machine seems offline";
    static final String NAMES_FAILING = "Name lookups fail on this machine";

    static final String SIGN_IN = "This network may want you to sign in";

    private TrayTooltip() {
    }

    static String of(List<TrayState.Row> rows, ItIsMe.Machine machine) {
        return of(rows, machine, Map.of(), ZoneId.systemDefault(), null);
    }

    /** {@code unlisted}: by service id, the watched components its page no longer lists. */
    static String of(List<TrayState.Row> rows, ItIsMe.Machine machine, Map<String, List<Component>> unlisted, ZoneId zone) {
        return of(rows, machine, unlisted, zone, null);
    }

    /** {@code snooze}: the snooze of notifications, while there is one (null: none). */
    static String of(List<TrayState.Row> rows, ItIsMe.Machine machine, Map<String, List<Component>> unlisted, ZoneId zone,
            @Nullable Snooze snooze) {
        StringBuilder tip = new StringBuilder("StatusTray");
        if (snooze != null) {
            tip.append('\n').append(snooze.sentence());
        }
        if (machine == ItIsMe.Machine.DNS_FAILING) {
            tip.append('\n').append(NAMES_FAILING);
        } else if (machine == ItIsMe.Machine.CAPTIVE_PORTAL) {
            tip.append('\n').append(SIGN_IN);
        } else if (machine == ItIsMe.Machine.OFFLINE || rows.stream().anyMatch(r -> r.verdict() == Verdict.YOU)) {
            tip.append('\n').append(OFFLINE);
        }
        for (TrayState.Row row : rows) {
            tip.append('\n').append(row.name()).append(": ").append(row.saysMarked());
            for (Component c : unlisted.getOrDefault(row.serviceId(), List.of())) {
                tip.append("\n  ").append(unlisted(c, zone));
            }
        }
        return tip.toString();
    }

    /** "API: operational (not listed since 14:02)". */
    static String unlisted(Component c, ZoneId zone) {
        String line = c.displayName() + ": " + c.status().words();
        return c.notListedSince() == null ? line
                : line + " (not listed since " + DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(zone)
                        .format(c.notListedSince()) + ")";
    }
}
