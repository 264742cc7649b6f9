package org.statustray.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one successful read of a status page says.
 *
 * @param service     the page's own name for the service
 * @param url         the URL that was read
 * @param format      the reader's format name ({@code statuspage}, {@code incidentio}, …)
 * @param status      overall status by the contract's rules
 * @param components  leaf components, group rows excluded
 * @param componentsComplete false when the source lists only affected components (so a component it
 *                    does not name is operational rather than missing)
 * @param incidents   active incidents, newest first
 * @param maintenances scheduled and in-progress maintenances, soonest first
 */
public record Snapshot(
        String service,
        String url,
        String format,
        Instant fetchedAt,
        Status status,
        String description,
        List<Component> components,
        boolean componentsComplete,
        List<Incident> incidents,
        List<Maintenance> maintenances) {

    public Snapshot {
        Objects.requireNonNull(status, "status");
        components = List.copyOf(components);
        incidents = List.copyOf(incidents);
        maintenances = List.copyOf(maintenances);
    }

    /** The same snapshot under another service name (a catalogue's name for a page that gives none). */
    public Snapshot named(String name) {
        return new Snapshot(name, url, format, fetchedAt, status, description, components, componentsComplete,
                incidents, maintenances);
    }

    /**
     * This snapshot seen by someone who watches only the chosen components: the status becomes the worst
     * of them. A selector is {@code Group / Name}, a bare name (every component so named) or a group name
     * (every component in it); matching ignores case. Selectors that match nothing are left out here and
     * reported by {@link #unmatched}.
     */
    public Snapshot watching(List<String> selectors) {
        return selectors.isEmpty() ? this : watchingIds(resolve(selectors));
    }

    /** The ids of the components {@code selectors} name, in page order; what a watcher keeps. */
    public Set<String> resolve(List<String> selectors) {
        Set<String> ids = new LinkedHashSet<>();
        for (String selector : selectors) {
            matching(selector).forEach(c -> ids.add(c.id()));
        }
        return ids;
    }

    /**
     * This snapshot for someone who watches the components with these ids (ids survive renames, names do
     * not): the status is the worst of those listed here. What stands for a watched component the page no
     * longer lists is the watching's to add (the watch package's {@code WatchedComponents}).
     */
    public Snapshot watchingIds(Set<String> ids) {
        Map<String, Component> chosen = new LinkedHashMap<>();
        for (Component c : components) {
            if (ids.contains(c.id())) {
                chosen.put(c.id(), c);
            }
        }
        List<Status> statuses = chosen.values().stream().map(Component::status).collect(Collectors.toList());
        Status worst = Status.worst(statuses);
        return new Snapshot(service, url, format, fetchedAt, worst, describeWatched(chosen.values(), worst),
                components, componentsComplete, incidents, maintenances);
    }

    /** Selectors that name no component of this page. */
    public List<String> unmatched(List<String> selectors) {
        List<String> missing = new ArrayList<>();
        for (String selector : selectors) {
            if (matching(selector).isEmpty()) {
                missing.add(selector);
            }
        }
        return missing;
    }

    /**
     * One sentence for selectors that match nothing: each with the names close to it, or else a few of
     * the names the page has.
     */
    public String explainUnmatched(List<String> missing) {
        List<String> names = new ArrayList<>();
        for (Component c : components) {
            names.add(c.displayName());
        }
        List<String> parts = new ArrayList<>();
        for (String selector : missing) {
            List<String> close = CloseNames.to(selector, names, 3);
            parts.add("'" + selector + "'" + (close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)"));
        }
        String sentence = "no component named " + String.join(", ", parts) + " on this page";
        boolean anyClose = parts.stream().anyMatch(p -> p.contains("did you mean"));
        if (!anyClose && !names.isEmpty()) {
            List<String> some = names.size() > 8 ? names.subList(0, 8) : names;
            sentence += "; it has " + String.join(", ", some) + (names.size() > 8 ? ", and " + (names.size() - 8) + " more" : "");
        }
        return sentence;
    }

    public List<Component> matching(String selector) {
        String wanted = selector.trim();
        return components.stream()
                .filter(c -> c.displayName().equalsIgnoreCase(wanted)
                        || c.name().equalsIgnoreCase(wanted)
                        || (c.group() != null && c.group().equalsIgnoreCase(wanted)))
                .collect(Collectors.toList());
    }

    private static String describeWatched(Iterable<Component> chosen, Status worst) {
        if (worst == Status.OPERATIONAL) {
            return "Watched components operational";
        }
        List<String> names = new ArrayList<>();
        for (Component c : chosen) {
            if (c.status() == worst) {
                names.add(c.displayName());
            }
        }
        return worst.label() + (names.isEmpty() ? "" : ": " + String.join(", ", names));
    }
}
