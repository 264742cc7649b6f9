package org.statustray.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the tray shows: the worst status (icon), a tooltip, one menu row per service, and the snooze of
 * notifications while there is one (null: not snoozed).
 */
public record TrayState(Status worst, String tooltip, List<Row> services, @Nullable Snooze snooze) {

    public TrayState {
        services = List.copyOf(services);
    }

    /** A state snoozed with no end told, or not snoozed. */
    public TrayState(Status worst, String tooltip, List<Row> services, boolean snoozed) {
        this(worst, tooltip, services, snoozed ? Snooze.UNTIL_RESUMED : null);
    }

    /** Whether notifications are snoozed (the icon's "z", the menu's "Resume notifications"). */
    public boolean snoozed() {
        return snooze != null;
    }

    /**
     * {@code verdict}: is it me or them for the service (null: not judged yet); {@code trouble}: why its page
     * cannot be read, while it cannot (null: it can, or not told); {@code muted}: its notifications are muted.
     */
    public record Row(String serviceId, String name, Status status, String description, @Nullable Verdict verdict,
            @Nullable PageTrouble trouble, boolean muted) {

        /** A row of a service that is not muted. */
        public Row(String serviceId, String name, Status status, String description, @Nullable Verdict verdict,
                @Nullable PageTrouble trouble) {
            this(serviceId, name, status, description, verdict, trouble, false);
        }

        /** A row whose page, if it cannot be read, is not told as unreachable or unreadable. */
        public Row(String serviceId, String name, Status status, String description, @Nullable Verdict verdict) {
            this(serviceId, name, status, description, verdict, null);
        }

        /** A row with no verdict known. */
        public Row(String serviceId, String name, Status status, String description) {
            this(serviceId, name, status, description, null);
        }

        /**
         * What the tray says of the service, in its menu and its tooltip alike: the page's status, and the
         * verdict when it is {@linkplain Verdict#worthTelling() worth telling} ("operational · not answering
         * from here; not on its page yet"). An unknown status says why: "unknown · page unreachable", "unknown ·
         * page unreadable (its format may have changed)".
         */
        public String says() {
            String word = status == Status.UNKNOWN && trouble != null ? status.words() + " · page " + trouble.word()
                    + (trouble == PageTrouble.UNREADABLE ? " (its format may have changed)" : "") : status.words();
            return verdict != null && verdict.worthTelling() ? word + " · " + verdict.words() : word;
        }

        /** {@link #says()}, and "(muted)" for a muted service: what its menu row and tooltip line end with. */
        public String saysMarked() {
            return muted ? says() + " " + MenuWords.MUTED : says();
        }

        /** This row with its service muted or not. */
        public Row withMuted(boolean muted) {
            return new Row(serviceId, name, status, description, verdict, trouble, muted);
        }
    }
}
