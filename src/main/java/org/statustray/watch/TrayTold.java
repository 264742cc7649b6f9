package org.statustray.watch;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
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
    private Map<String, TrayState.Row> rowById = Map.of();
    private final Map<String, Boolean> answered = new HashMap<>();

    /** Whether the tray was told exactly this already. */
    boolean same(List<TrayState.Row> rows, ItIsMe.Machine machine, Map<String, List<Component>> unlisted,
            @Nullable Instant snoozedUntil) {
        return once && Objects.equals(snoozedUntil, this.snoozedUntil) && machine == this.machine
                && rows.equals(this.rows) && unlisted.equals(this.unlisted);
    }

    /**
     * Whether one service's poll left the tray as it was told: its own row and unlisted components unchanged,
     * this machine and the snooze too, and its page still answering or not as before (whether other pages
     * answer moves other services' verdicts). Costs one row, not one per service, on each poll.
     */
    boolean sameAfterPoll(TrayState.Row row, List<Component> unlistedNow, boolean answers, ItIsMe.Machine machine,
            @Nullable Instant snoozedUntil) {
        Boolean before = answered.put(row.serviceId(), answers);
        return once && before != null && before == answers && machine == this.machine
                && Objects.equals(snoozedUntil, this.snoozedUntil) && row.equals(rowById.get(row.serviceId()))
                && unlistedNow.equals(unlisted.getOrDefault(row.serviceId(), List.of()));
    }

    /** The tray state of these, at {@code now} in the user's zone, remembered as what the tray is told next. */
    TrayState state(List<TrayState.Row> rows, ItIsMe.Machine machine, Map<String, List<Component>> unlisted,
            @Nullable Instant snoozedUntil, Instant now) {
        once = true;
        this.rows = rows;
        Map<String, TrayState.Row> byId = new HashMap<>();
        rows.forEach(r -> byId.put(r.serviceId(), r));
        this.rowById = byId;
        this.machine = machine;
        this.unlisted = unlisted;
        this.snoozedUntil = snoozedUntil;
        ZoneId zone = ZoneId.systemDefault();
        Snooze snooze = snoozedUntil == null ? null : Snooze.of(snoozedUntil, now, zone);
        return new TrayState(Status.worst(rows.stream().map(TrayState.Row::status).toList()),
                TrayTooltip.of(rows, machine, unlisted, zone, snooze), rows, snooze);
    }
}
