package org.statustray.ui.overview;

import java.util.Comparator;
import java.util.List;
import org.statustray.model.Component;
import org.statustray.model.Status;

/**
 * The components of a service in trouble that its page shows in trouble, worst first (page order among
 * equals): the first {@link #NAMED} by name, the rest counted ("and 12 more"). None for a service not in
 * trouble, so that a page with hundreds of components reads in one line.
 */
public record AffectedComponents(List<Component> named, int more) {
    static final int NAMED = 3;
    static final AffectedComponents NONE = new AffectedComponents(List.of(), 0);

    public AffectedComponents {
        named = List.copyOf(named);
    }

    /** {@code components}: what the page listed of what is watched; {@code status}: the service's own. */
    static AffectedComponents of(Status status, List<Component> components) {
        if (!status.isProblem()) {
            return NONE;
        }
        List<Component> affected = components.stream().filter(c -> c.listed() && c.status().isProblem())
                .sorted(Comparator.comparing((Component c) -> c.status().ordinal()).reversed()).toList();
        return new AffectedComponents(affected.subList(0, Math.min(NAMED, affected.size())),
                Math.max(0, affected.size() - NAMED));
    }

    public boolean isEmpty() {
        return named.isEmpty();
    }

    /** "and 12 more", or "" when every one is named. */
    public String moreText() {
        return more == 0 ? "" : "and " + more + " more";
    }

    /** "Affected: API (major outage), Packages (partial outage), Pages (degraded) and 12 more"; "" for none. */
    public String text() {
        if (isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("Affected: ");
        for (int i = 0; i < named.size(); i++) {
            Component c = named.get(i);
            sb.append(i == 0 ? "" : ", ").append(c.name().strip()).append(" (").append(c.status().words()).append(')');
        }
        return more == 0 ? sb.toString() : sb.append(' ').append(moreText()).toString();
    }
}
