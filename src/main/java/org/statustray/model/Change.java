package org.statustray.model;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One observed change. {@code subjectId} is the incident's or maintenance's provider id (null for status
 * changes); {@code phase} its phase word (for {@link ChangeKind#UNREADABLE}, the {@link PageTrouble}'s wire name); {@code detail} the latest update as plain text;
 * {@code stillAffected} is what is still not operational on a partial recovery, each with its own status;
 * {@code headline} is, for a status change, what a person reads first: the incident's title when there is
 * one, the page's own words otherwise (the same whether the change is seen on a first read or later).
 */
public record Change(ChangeKind kind, String serviceId, String serviceName, Instant at, @Nullable Status from,
        @Nullable Status to, @Nullable String subjectId, @Nullable String phase, @Nullable String title,
        @Nullable String detail, List<Component> stillAffected, @Nullable String url, @Nullable String headline) {

    public Change {
        stillAffected = stillAffected == null ? List.of() : List.copyOf(stillAffected);
    }

    /** A change with no headline of its own (an incident's, a maintenance's, a page that cannot be read). */
    public Change(ChangeKind kind, String serviceId, String serviceName, Instant at, @Nullable Status from,
            @Nullable Status to, @Nullable String subjectId, @Nullable String phase, @Nullable String title,
            @Nullable String detail, List<Component> stillAffected, @Nullable String url) {
        this(kind, serviceId, serviceName, at, from, to, subjectId, phase, title, detail, stillAffected, url, null);
    }

    /**
     * One notification per real transition: service + incident id + phase for incidents (an update also by
     * its text), service + kind + new status + when it was first seen for status changes.
     */
    public String key() {
        if (subjectId != null) {
            String what = kind == ChangeKind.INCIDENT_UPDATED
                    ? phase + "|" + Integer.toHexString(String.valueOf(detail).hashCode()) : kind.name();
            return serviceId + "|" + subjectId + "|" + what;
        }
        return serviceId + "|" + kind.name() + "|" + (to == null ? "" : to.wireName()) + "|"
                + (at == null ? 0 : at.getEpochSecond());
    }
}
