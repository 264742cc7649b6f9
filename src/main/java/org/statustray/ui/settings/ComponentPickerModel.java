package org.statustray.ui.settings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.Status;

/**
 * The rules of a component picker for pages of any size (Cloudflare lists hundreds): a filter, the page's
 * own groups with a tick each (all, some or none of its members ticked), and what is not operational
 * first — groups with such a member before the others, and such members first in their group; otherwise
 * the page's order. Components outside any group stand alone among the groups.
 */
final class ComponentPickerModel {
    /** How much of a group is ticked. */
    enum Tick { NONE, SOME, ALL }

    /** One line of the picker: a group's heading or a component (in a group or alone). */
    sealed interface Row permits GroupRow, ComponentRow {
    }

    /** A group: its tick, how many members it has and how many of them are ticked, and its worst status. */
    record GroupRow(String group, Tick tick, int members, int ticked, Status worst) implements Row {
    }

    record ComponentRow(Component component, boolean ticked, boolean inGroup) implements Row {
    }

    private List<Component> components = List.of();
    private final Set<String> ticked = new LinkedHashSet<>();
    private String filter = "";

    /** Shows {@code page} with {@code tickedIds} ticked; the filter stays as typed. */
    void show(List<Component> page, Set<String> tickedIds) {
        components = List.copyOf(page);
        ticked.clear();
        components.stream().map(Component::id).filter(tickedIds::contains).forEach(ticked::add);
    }

    void setFilter(@Nullable String typed) {
        filter = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    int size() {
        return components.size();
    }

    /** The lines to show for the filter: a group when its name or any member matches, with the members that do. */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Component>> item : items().entrySet()) {
            List<Component> members = item.getValue();
            String group = members.get(0).group();
            if (group == null) {
                Component alone = members.get(0);
                if (matches(alone.name())) {
                    rows.add(new ComponentRow(alone, ticked.contains(alone.id()), false));
                }
                continue;
            }
            boolean groupMatches = matches(group);
            List<Component> shown = members.stream().filter(c -> groupMatches || matches(c.name())).toList();
            if (!shown.isEmpty()) {
                rows.add(groupRow(group, members));
                shown.forEach(c -> rows.add(new ComponentRow(c, ticked.contains(c.id()), true)));
            }
        }
        return rows;
    }

    /** The components the filter lets through (what "N shown" counts). */
    long shown() {
        return rows().stream().filter(r -> r instanceof ComponentRow).count();
    }

    Tick groupTick(String group) {
        return groupRow(group, members(group)).tick();
    }

    void tick(String componentId, boolean on) {
        if (on) {
            ticked.add(componentId);
        } else {
            ticked.remove(componentId);
        }
    }

    /** Ticks or unticks every member of {@code group}, shown or not. */
    void tickGroup(String group, boolean on) {
        members(group).forEach(c -> tick(c.id(), on));
    }

    /** The ticked components in the page's order. */
    List<Component> tickedComponents() {
        return components.stream().filter(c -> ticked.contains(c.id())).toList();
    }

    List<Component> members(String group) {
        return components.stream().filter(c -> group.equals(c.group())).toList();
    }

    /** The groups and lone components, not operational first, each group's members sorted the same way. */
    private Map<String, List<Component>> items() {
        Map<String, List<Component>> items = new LinkedHashMap<>();
        for (Component c : components) {
            String key = c.group() == null ? "c:" + c.id() : "g:" + c.group();
            items.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
        }
        Map<String, List<Component>> sorted = new LinkedHashMap<>();
        items.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> rank(worst(e.getValue()))))
                .forEach(e -> sorted.put(e.getKey(), e.getValue().stream()
                        .sorted(Comparator.comparingInt(c -> rank(c.status()))).toList()));
        return sorted;
    }

    private GroupRow groupRow(String group, List<Component> members) {
        int on = (int) members.stream().filter(c -> ticked.contains(c.id())).count();
        Tick tick = on == 0 ? Tick.NONE : on == members.size() ? Tick.ALL : Tick.SOME;
        return new GroupRow(group, tick, members.size(), on, worst(members));
    }

    private boolean matches(String text) {
        return filter.isEmpty() || text.toLowerCase(Locale.ROOT).contains(filter);
    }

    private static Status worst(List<Component> members) {
        return members.stream().map(Component::status).min(Comparator.comparingInt(ComponentPickerModel::rank))
                .orElse(Status.OPERATIONAL);
    }

    /** Worst first: outages, then degraded, maintenance, unknown, and operational last. */
    private static int rank(Status s) {
        return switch (s) {
            case MAJOR_OUTAGE -> 0;
            case PARTIAL_OUTAGE -> 1;
            case DEGRADED -> 2;
            case MAINTENANCE -> 3;
            case UNKNOWN -> 4;
            case OPERATIONAL -> 5;
        };
    }
}
