package org.statustray.watch;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.Snooze;
import org.statustray.model.Status;
import org.statustray.model.TrayState;

/**
 * What the tray was last told: its rows, this machine, the watched components no longer listed, and until when
 * notifications were snoozed. The tray hears again only when one of them moved. Guarded by its pipeline.
 */
final class TrayTold {
    private boolean once;
    private List<TrayState.Row> rows = List.of();
    private ItIsMe.Machine machine = ItIsMe.Machine.FINE;
    private Map<String, List<Component>> unlisted = Map.of();
    private @Nullable Instant snoozedUntil;

    /** Whether the tray was told exactly this already. */
    boolean same(List<TrayState.Row> rows, ItIsMe.Machine machine, Map<String, List<Component>> unlisted,
            @Nullable Instant snoozedUntil) {
        return once && Objects.equals(snoozedUntil, this.snoozedUntil) && machine == this.machine
                && rows.equals(this.rows) && unlisted.equals(this.unlisted);
    }

    /** The tray state of these, at {@code now} in the user's zone, remembered as what the tray is told next. */
    TrayState state(List<TrayState.Row> rows, ItIsMe.Machine machine, Map<String, List<Component>> unlisted,
            @Nullable Instant snoozedUntil, Instant now) {
        once = true;
        this.rows = rows;
        this.machine = machine;
        this.unlisted = unlisted;
        this.snoozedUntil = snoozedUntil;
        ZoneId zone = ZoneId.systemDefault();
        Snooze snooze = snoozedUntil == null ? null : Snooze.of(snoozedUntil, now, zone);
        return new TrayState(Status.worst(rows.stream().map(TrayState.Row::status).toList()),
                TrayTooltip.of(rows, machine, unlisted, zone, snooze), rows, snooze);
    }
}
