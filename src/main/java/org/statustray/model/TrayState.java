package org.statustray.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the tray shows: the worst status (icon), a tooltip, and one menu row per service. */
public record TrayState(Status worst, String tooltip, List<Row> services, boolean snoozed) {

    public TrayState {
        services = List.copyOf(services);
    }

    /**
     * {@code verdict}: is it me or them for the service (null: not judged yet); {@code trouble}: why its page
     * cannot be read, while it cannot (null: it can, or not told).
     */
    public record Row(String serviceId, String name, Status status, String description, @Nullable Verdict verdict,
            @Nullable PageTrouble trouble) {

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
    }
}
