package org.statustray.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A leaf component of a status page. Names are not unique across a page, so a component is keyed by
 * {@code id}; {@code group} is the name of the group it belongs to, or null.
 */
public record Component(String id, String name, @Nullable String group, Status status) {
    public Component {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
    }

    /** {@code Group / Name}, or the bare name for a component outside any group. */
    public String displayName() {
        return group == null ? name : group + " / " + name;
    }
}
