package org.statustray.desktop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.statustray.model.MenuWords;
import org.statustray.model.Snooze;
import org.statustray.model.Status;
import org.statustray.model.TrayState;

/**
 * The tray menu, the same in the StatusNotifierItem menu and the AWT popup: Open StatusTray, one row per
 * service (a muted one says so), then Refresh now, the two snoozes — or, while snoozed, until when and Resume
 * notifications — Incident history, All services, Settings, and Quit; named as {@link MenuWords} names them. Item ids stay
 * the same for the life of the tray (a service keeps its id across updates), so a click on a menu the host
 * drew from an older layout still does what it said.
 */
public final class TrayMenu {
    static final int REFRESH = 1;
    static final int SNOOZE_HOUR = 2;
    static final int SNOOZE_TOMORROW = 3;
    static final int HISTORY = 4;
    static final int SETTINGS = 5;
    static final int QUIT = 6;
    private static final int SEPARATOR_AFTER_SERVICES = 7;
    private static final int SEPARATOR_BEFORE_QUIT = 8;
    static final int OPEN = 9;
    static final int SNOOZED_UNTIL = 10;
    static final int RESUME = 11;
    private static final int SEPARATOR_AFTER_OPEN = 12;
    static final int ALL_SERVICES = 13;
    private static final int FIRST_SERVICE = 100;

    /** An item of the menu. */
    public sealed interface Entry permits ServiceRow, Command, Note, Separator {
        int id();

        /** What the item says; empty for a separator. */
        String label();
    }

    /** A service with its status; clicking it opens its timeline. */
    public record ServiceRow(int id, String serviceId, String label, Status status) implements Entry {
    }

    public record Command(int id, String label, Consumer<TrayActions> action) implements Entry {
    }

    /** Words that are not a command ("Notifications snoozed until 19:30 CET"): shown greyed, clicking does nothing. */
    public record Note(int id, String label) implements Entry {
    }

    public record Separator(int id) implements Entry {
        @Override
        public String label() {
            return "";
        }
    }

    private final Map<String, Integer> serviceIds = new HashMap<>();
    private int nextServiceId = FIRST_SERVICE;

    /** The entries for a state, in menu order. */
    public synchronized List<Entry> entries(TrayState state) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Command(OPEN, MenuWords.OPEN, TrayActions::openOverview));
        entries.add(new Separator(SEPARATOR_AFTER_OPEN));
        for (TrayState.Row row : state.services()) {
            int id = serviceIds.computeIfAbsent(row.serviceId(), ignored -> nextServiceId++);
            entries.add(new ServiceRow(id, row.serviceId(), rowLabel(row), row.status()));
        }
        if (!state.services().isEmpty()) {
            entries.add(new Separator(SEPARATOR_AFTER_SERVICES));
        }
        entries.add(new Command(REFRESH, MenuWords.REFRESH, TrayActions::refreshNow));
        Snooze snooze = state.snooze();
        if (snooze != null) {
            entries.add(new Note(SNOOZED_UNTIL, snooze.sentence()));
            entries.add(new Command(RESUME, MenuWords.RESUME, TrayActions::resumeNotifications));
        } else {
            entries.add(new Command(SNOOZE_HOUR, MenuWords.SNOOZE_HOUR, a -> a.snooze(Duration.ofHours(1))));
            entries.add(new Command(SNOOZE_TOMORROW, MenuWords.SNOOZE_TOMORROW, TrayActions::snoozeUntilTomorrow));
        }
        entries.add(new Command(HISTORY, MenuWords.HISTORY, TrayActions::openHistory));
        entries.add(new Command(ALL_SERVICES, MenuWords.ALL_SERVICES, TrayActions::openAllServices));
        entries.add(new Command(SETTINGS, MenuWords.SETTINGS, TrayActions::openSettings));
        entries.add(new Separator(SEPARATOR_BEFORE_QUIT));
        entries.add(new Command(QUIT, MenuWords.QUIT, TrayActions::quit));
        return entries;
    }

    /** Runs what the entry does; separators do nothing. */
    public static void activate(Entry entry, TrayActions actions) {
        if (entry instanceof ServiceRow row) {
            actions.openTimeline(row.serviceId());
        } else if (entry instanceof Command command) {
            command.action().accept(actions);
        }
    }

    /**
     * "GitHub — degraded", "OpenAI — operational · not answering from here; not on its page yet", "Slack —
     * operational (muted)".
     */
    static String rowLabel(TrayState.Row row) {
        return row.name() + " — " + row.saysMarked();
    }
}
