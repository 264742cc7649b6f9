package org.statustray.ui.overview;

import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Snooze;
import org.statustray.model.TrayState;

/**
 * What the overview says of notifications kept quiet, as the tray says it: the snooze and until when (null:
 * none), and the services that are muted. Follows each tray state, so a snooze ended from the menu, from the
 * overview or by running out leaves both at once. Use on the FX thread.
 */
public final class OverviewQuiet {
    private final ReadOnlyObjectWrapper<@Nullable Snooze> snooze = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Set<String>> muted = new ReadOnlyObjectWrapper<>(Set.of());

    /** The tray's latest state: its snooze, and which of its rows are muted. */
    public void follow(TrayState state) {
        snooze.set(state.snooze());
        Set<String> now = state.services().stream().filter(TrayState.Row::muted).map(TrayState.Row::serviceId)
                .collect(Collectors.toUnmodifiableSet());
        if (!now.equals(muted.get())) {
            muted.set(now);
        }
    }

    public ReadOnlyObjectProperty<@Nullable Snooze> snoozeProperty() {
        return snooze.getReadOnlyProperty();
    }

    /** "Notifications snoozed until 19:30 CET"; empty when not snoozed. */
    public String snoozeLine() {
        Snooze s = snooze.get();
        return s == null ? "" : s.sentence();
    }

    /** The ids of the muted services. */
    public ReadOnlyObjectProperty<Set<String>> mutedProperty() {
        return muted.getReadOnlyProperty();
    }

    public boolean isMuted(String serviceId) {
        return muted.get().contains(serviceId);
    }
}
