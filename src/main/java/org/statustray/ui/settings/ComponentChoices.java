package org.statustray.ui.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.Snapshot;

/**
 * Watched components as check boxes over a page's selectors ("Group / Name", a bare name or a whole group).
 * Ticking or unticking one component keeps every other selector as it was, so a group stays a group
 * (and takes in components added to it later) until one of its members is unticked.
 */
final class ComponentChoices {
    private ComponentChoices() {
    }

    /** Every component of {@code page} (ticked when a selector names it), then selectors it does not list. */
    static List<ComponentChoice> of(@Nullable Snapshot page, List<String> selectors) {
        List<ComponentChoice> rows = new ArrayList<>();
        if (page != null) {
            Set<String> chosen = page.resolve(selectors);
            for (Component c : page.components()) {
                rows.add(new ComponentChoice(c, c.displayName(), chosen.contains(c.id())));
            }
        }
        for (String s : page == null ? selectors : page.unmatched(selectors)) {
            rows.add(new ComponentChoice(null, s, true));
        }
        return rows;
    }

    /** The selectors after {@code choice} was ticked ({@code watched}) or unticked. */
    static List<String> toggle(@Nullable Snapshot page, List<String> selectors, ComponentChoice choice,
            boolean watched) {
        Map<String, String> out = new LinkedHashMap<>();
        if (choice.component() == null || page == null) {
            selectors.forEach(s -> out.put(key(s), s));
            if (watched) {
                out.put(key(choice.label()), choice.label());
            } else {
                out.remove(key(choice.label()));
            }
            return List.copyOf(out.values());
        }
        Component target = choice.component();
        for (String s : selectors) {
            List<Component> named = page.matching(s);
            boolean coversTarget = named.stream().anyMatch(c -> c.id().equals(target.id()));
            if (watched || !coversTarget) {
                out.put(key(s), s);
            } else {
                named.stream().filter(c -> !c.id().equals(target.id()))
                        .forEach(c -> out.put(key(c.displayName()), c.displayName()));
            }
        }
        if (watched && !page.resolve(List.copyOf(out.values())).contains(target.id())) {
            out.put(key(target.displayName()), target.displayName());
        }
        return List.copyOf(out.values());
    }

    private static String key(String selector) {
        return selector.trim().toLowerCase(Locale.ROOT);
    }
}
