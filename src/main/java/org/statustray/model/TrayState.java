package org.statustray.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the tray shows: the worst status (icon), a tooltip, and one menu row per service. */
public record TrayState(Status worst, String tooltip, List<Row> services, boolean snoozed) {

    public TrayState {
        services = List.copyOf(services);
    }

    /** {@code verdict}: is it me or them for the service (null: not judged yet). */
    public record Row(String serviceId, String name, Status status, String description, @Nullable Verdict verdict) {

        /** A row with no verdict known. */
        public Row(String serviceId, String name, Status status, String description) {
            this(serviceId, name, status, description, null);
        }

        /**
         * What the tray says of the service, in its menu and its tooltip alike: the page's status, and the
         * verdict when it is {@linkplain Verdict#worthTelling() worth telling} ("operational · not answering
         * from here; not on its page yet").
         */
        public String says() {
            return verdict != null && verdict.worthTelling() ? status.words() + " · " + verdict.words() : status.words();
        }
    }
}
