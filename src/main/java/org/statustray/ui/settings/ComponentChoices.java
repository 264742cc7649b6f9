package org.statustray.ui.settings;

import java.util.ArrayList;
import java.util.HashSet;
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

    /**
     * The selectors after every component of {@code group} was ticked or unticked: ticked, the group is
     * watched by its name (and so takes in members added later) instead of member by member.
     */
    static List<String> toggleGroup(@Nullable Snapshot page, List<String> selectors, String group, boolean watched) {
        if (page == null) {
            return selectors;
        }
        Set<String> members = new HashSet<>();
        page.components().stream().filter(c -> group.equals(c.group())).forEach(c -> members.add(c.id()));
        Map<String, String> out = new LinkedHashMap<>();
        for (String s : selectors) {
            List<Component> named = page.matching(s);
            if (!named.isEmpty() && named.stream().allMatch(c -> members.contains(c.id()))) {
                continue; // the group's own business: replaced by the group, or gone with it
            }
            if (!watched && named.stream().anyMatch(c -> members.contains(c.id()))) {
                named.stream().filter(c -> !members.contains(c.id()))
                        .forEach(c -> out.put(key(c.displayName()), c.displayName()));
            } else {
                out.put(key(s), s);
            }
        }
        if (watched) {
            boolean nameIsOnlyTheGroup = page.matching(group).stream().allMatch(c -> members.contains(c.id()));
            if (nameIsOnlyTheGroup) {
                out.put(key(group), group);
            } else { // a component elsewhere shares the group's name: name the members one by one
                page.components().stream().filter(c -> members.contains(c.id()))
                        .forEach(c -> out.put(key(c.displayName()), c.displayName()));
            }
        }
        return List.copyOf(out.values());
    }

    private static String key(String selector) {
        return selector.trim().toLowerCase(Locale.ROOT);
    }
}
