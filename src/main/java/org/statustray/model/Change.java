package org.statustray.model;

import java.time.Instant;
import java.util.List;

/**
 * One observed change. {@code subjectId} is the incident's or maintenance's provider id (null for status
 * changes); {@code phase} its phase word; {@code detail} the latest update as plain text;
 * {@code stillAffected} names what is still not operational on a partial recovery.
 */
public record Change(ChangeKind kind, String serviceId, String serviceName, Instant at, Status from, Status to,
        String subjectId, String phase, String title, String detail, List<String> stillAffected, String url) {

    public Change {
        stillAffected = stillAffected == null ? List.of() : List.copyOf(stillAffected);
    }

    /** One notification per real transition: service + subject + phase (or the kind and new status). */
    public String key() {
        String what = subjectId != null ? subjectId + "|" + (phase == null ? kind.name() : phase)
                : kind.name() + "|" + (to == null ? "" : to.wireName());
        return serviceId + "|" + what;
    }
}
