package org.statustray.model;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A leaf component of a status page. Names are not unique across a page, so a component is keyed by
 * {@code id}; {@code group} is the name of the group it belongs to, or null. {@code notListedSince} is set
 * only on a watched component the page stopped listing: {@code status} is then the last one it was listed
 * with, and {@code notListedSince} when it was last listed (null: listed on the page as read).
 */
public record Component(String id, String name, @Nullable String group, Status status, @Nullable Instant notListedSince) {
    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }

    /** A component as the page lists it. */
    public Component(String id, String name, @Nullable String group, Status status) {
        this(id, name, group, status, null);
    }

    /** {@code Group / Name}, or the bare name for a component outside any group. */
    public String displayName() {
        return group == null ? name : group + " / " + name;
    }

    /** Whether the page listed it when read; false for a watched component kept with its last status. */
    public boolean listed() {
        return notListedSince == null;
    }

    /** This component as the page last listed it, kept since {@code lastListed} while it is not listed. */
    public Component unlistedSince(Instant lastListed) {
        return new Component(id, name, group, status, lastListed);
    }
}
