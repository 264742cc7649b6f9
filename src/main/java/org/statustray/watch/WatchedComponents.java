package org.statustray.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * The one home of the rule for watched components a page stops listing. Selectors are resolved to ids on
 * the first read that names them (or, after a restart, on the last page kept), then followed by id, so a
 * rename keeps being followed. What each watched component was last listed with is remembered:
 * <ul>
 * <li>On a page that lists all its components, a watched component missing from a read keeps the status it
 * was last listed with, marked {@linkplain Component#notListedSince() not listed since} then: its
 * disappearance or return alone changes nothing and is never news. If another component now answers to its
 * name (the page regrouped it under a new id), that one is followed instead.</li>
 * <li>On a page that lists only affected components, absence is the page's own word for "not affected": a
 * watched component seen before and missing now is operational. One never seen is not known at all and
 * adds nothing to the status; it is followed from the first read that names it.</li>
 * </ul>
 * Guarded by its {@link ServiceState}.
 */
final class WatchedComponents {
    private record Seen(Component component, Instant at) {
    }

    /** The ids followed and the page as someone watching them sees it. */
    record View(@Nullable Set<String> ids, Snapshot snapshot) {
    }

    private final Map<String, Seen> seen = new LinkedHashMap<>();

    /**
     * {@code read} as watched through {@code selectors}. {@code ids} are the ids followed so far (null: none
     * resolved yet, or forgotten); {@code previous} the page as last shown, which resolves a selector the
     * read does not name; {@code at} when it was read.
     */
    View view(List<String> selectors, @Nullable Set<String> ids, Snapshot read, @Nullable Snapshot previous, Instant at) {
        if (ids == null || ids.isEmpty()) {
            seen.clear();
            ids = resolve(selectors, read, previous);
            if (ids.isEmpty()) {
                return new View(null, read.watching(selectors));
            }
        }
        seen.keySet().retainAll(ids);
        Map<String, Component> listed = new LinkedHashMap<>();
        read.components().forEach(c -> listed.put(c.id(), c));
        Set<String> followed = read.componentsComplete() ? regrouped(selectors, ids, read, listed) : named(selectors, ids, read);
        List<Component> kept = new ArrayList<>();
        for (String id : followed) {
            Component now = listed.get(id);
            Seen last = seen.get(id);
            if (now != null) {
                seen.put(id, new Seen(now, at));
            } else if (last == null) {
                continue; // never seen: nothing to keep
            } else if (read.componentsComplete()) {
                kept.add(last.component().unlistedSince(last.at()));
            } else {
                Component unaffected = new Component(id, last.component().name(), last.component().group(), Status.OPERATIONAL);
                seen.put(id, new Seen(unaffected, at));
                kept.add(unaffected);
            }
        }
        return new View(followed, withComponents(read, kept).watchingIds(followed));
    }

    /** The selectors' ids on the read; a selector it does not name, on the page last shown, as kept there. */
    private Set<String> resolve(List<String> selectors, Snapshot read, @Nullable Snapshot previous) {
        Set<String> ids = new LinkedHashSet<>(read.resolve(selectors));
        if (previous == null || !read.componentsComplete()) {
            return ids;
        }
        for (String selector : read.unmatched(selectors)) {
            for (Component c : previous.matching(selector)) {
                if (ids.add(c.id())) {
                    Instant since = c.notListedSince();
                    seen.put(c.id(), new Seen(new Component(c.id(), c.name(), c.group(), c.status()),
                            since == null ? previous.fetchedAt() : since));
                }
            }
        }
        return ids;
    }

    /** The ids to follow: one missing from the read gives way to a newly listed one of its name. */
    private Set<String> regrouped(List<String> selectors, Set<String> ids, Snapshot read, Map<String, Component> listed) {
        Set<String> followed = new LinkedHashSet<>(ids);
        if (listed.keySet().containsAll(ids)) {
            return followed; // the common read: every watched component where it was
        }
        Set<String> candidates = new LinkedHashSet<>(read.resolve(selectors));
        candidates.removeAll(ids);
        for (String id : ids) {
            Seen last = seen.get(id);
            if (listed.containsKey(id) || last == null || candidates.isEmpty()) {
                continue;
            }
            Component moved = sameName(last.component(), candidates, listed);
            if (moved != null) {
                followed.remove(id);
                followed.add(moved.id());
                candidates.remove(moved.id());
                seen.remove(id);
            }
        }
        return followed;
    }

    /** On a page naming only affected components, a watched one named for the first time joins those followed. */
    private static Set<String> named(List<String> selectors, Set<String> ids, Snapshot read) {
        Set<String> followed = new LinkedHashSet<>(ids);
        followed.addAll(read.resolve(selectors));
        return followed;
    }

    /** The candidate of the same {@code Group / Name}, else the only one of the same bare name. */
    private static @Nullable Component sameName(Component gone, Set<String> candidates, Map<String, Component> listed) {
        List<Component> bare = new ArrayList<>();
        for (String id : candidates) {
            Component c = listed.get(id);
            if (c == null) {
                continue;
            }
            if (c.displayName().equalsIgnoreCase(gone.displayName())) {
                return c;
            }
            if (c.name().equalsIgnoreCase(gone.name())) {
                bare.add(c);
            }
        }
        return bare.size() == 1 ? bare.get(0) : null;
    }

    private static Snapshot withComponents(Snapshot read, List<Component> kept) {
        if (kept.isEmpty()) {
            return read;
        }
        List<Component> all = new ArrayList<>(read.components());
        all.addAll(kept);
        return new Snapshot(read.service(), read.url(), read.format(), read.fetchedAt(), read.status(), read.description(),
                all, read.componentsComplete(), read.incidents(), read.maintenances());
    }
}
