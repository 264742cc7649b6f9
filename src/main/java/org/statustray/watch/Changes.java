package org.statustray.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Change;
import org.statustray.model.ChangeKind;
import org.statustray.model.Component;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.PageTrouble;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.text.HtmlText;

/** Builds the {@link Change}s between two snapshots of one service. */
final class Changes {
    private Changes() {
    }

    static Change simple(ChangeKind kind, ServiceConfig service, @Nullable Snapshot s, Instant at, @Nullable Status from,
            Status to, @Nullable String detail) {
        return new Change(kind, service.id(), name(service, s), at, from, to, null, null,
                s == null ? null : s.description(), detail, List.of(), service.url());
    }

    /**
     * The page could not be read {@value ServiceState#FAILURES_BEFORE_UNKNOWN} times in a row: its phase is the
     * trouble's wire name ({@code unreachable}, {@code unreadable}; null when not told), its detail the reason.
     */
    static Change unreadable(ServiceConfig service, @Nullable Snapshot s, Instant at, @Nullable Status from,
            @Nullable PageTrouble trouble, String reason) {
        return new Change(ChangeKind.UNREADABLE, service.id(), name(service, s), at, from, Status.UNKNOWN, null,
                trouble == null ? null : trouble.wireName(), s == null ? null : s.description(), reason, List.of(),
                service.url());
    }

    /** The overall status moved from {@code before} (null on a first read, judged as from operational) to {@code view}. */
    static List<Change> statusChange(ServiceConfig service, @Nullable Set<String> watched, @Nullable Snapshot before, Snapshot view, Instant at) {
        Status from = before == null ? Status.OPERATIONAL : before.status();
        Status to = view.status();
        ChangeKind kind;
        if (!from.isProblem() && to.isProblem()) {
            kind = ChangeKind.DEGRADED;
        } else if (from.isProblem() && to.isProblem()) {
            kind = to.isWorseThan(from) ? ChangeKind.WORSE : ChangeKind.PARTLY_RECOVERED;
        } else if (from.isProblem()) {
            kind = ChangeKind.RECOVERED;
        } else if (to == Status.MAINTENANCE) {
            kind = ChangeKind.MAINTENANCE_STARTED;
        } else {
            kind = ChangeKind.MAINTENANCE_ENDED;
        }
        List<Component> still = kind == ChangeKind.PARTLY_RECOVERED ? problems(view, watched) : List.of();
        String headline = headline(view, watched);
        String title = kind == ChangeKind.PARTLY_RECOVERED && before != null
                ? String.join(", ", names(recovered(before, view, watched))) : headline;
        // First seen (before null): from null, as the history and the watch lines say "first seen"
        return List.of(new Change(kind, service.id(), name(service, view), at, before == null ? null : from, to, null,
                null, title, latestText(view, watched), still, link(service, view), headline));
    }

    /** Same overall status, but some watched components came back while others are still not well. */
    static List<Change> componentRecovery(ServiceConfig service, @Nullable Set<String> watched, Snapshot before, Snapshot view,
            Instant at) {
        List<Component> back = recovered(before, view, watched);
        List<Component> still = problems(view, watched);
        if (back.isEmpty() || still.isEmpty()) {
            return List.of();
        }
        return List.of(new Change(ChangeKind.PARTLY_RECOVERED, service.id(), name(service, view), at, before.status(),
                view.status(), null, null, String.join(", ", names(back)), latestText(view, watched), still,
                link(service, view), headline(view, watched)));
    }

    /**
     * Incidents opened, updated and resolved; maintenances started and ended. While the status stays the
     * same, an incident that leaves the page as another arrives was replaced (some pages issue a new id on
     * every read): that is an update if anything people read changed, and nothing otherwise, never a
     * "resolved" plus a new incident.
     */
    static List<Change> events(ServiceConfig service, @Nullable Set<String> watched, Snapshot before, Snapshot view, Instant at) {
        List<Change> out = new ArrayList<>();
        Map<String, Incident> old = new LinkedHashMap<>();
        before.incidents().stream().filter(i -> concerns(i.componentIds(), watched)).forEach(i -> old.put(i.id(), i));
        List<Incident> opened = new ArrayList<>();
        for (Incident i : view.incidents()) {
            if (!concerns(i.componentIds(), watched)) {
                continue;
            }
            Incident was = old.remove(i.id());
            if (was == null) {
                opened.add(i);
            } else if (!i.status().equals(was.status()) || !Objects.equals(marker(i), marker(was))) {
                out.add(incident(ChangeKind.INCIDENT_UPDATED, service, view, i, at));
            }
        }
        List<Incident> gone = new ArrayList<>(old.values());
        boolean sameStatus = before.status() == view.status();
        for (Incident i : opened) {
            Incident replaced = sameStatus && !gone.isEmpty() ? gone.remove(0) : null;
            if (replaced == null) {
                out.add(incident(ChangeKind.INCIDENT_OPENED, service, view, i, at));
            } else if (!sameWords(i, replaced)) {
                out.add(incident(ChangeKind.INCIDENT_UPDATED, service, view, i, at));
            }
        }
        for (Incident g : gone) {
            out.add(new Change(ChangeKind.INCIDENT_RESOLVED, service.id(), name(service, view), at, null, null,
                    g.id(), "resolved", g.title(), null, List.of(), g.url()));
        }
        Map<String, Maintenance> running = new LinkedHashMap<>();
        before.maintenances().stream().filter(Maintenance::isInProgress).forEach(m -> running.put(m.id(), m));
        for (Maintenance m : view.maintenances()) {
            if (m.isInProgress() && running.remove(m.id()) == null) {
                out.add(new Change(ChangeKind.MAINTENANCE_STARTED, service.id(), name(service, view), at, null, null,
                        m.id(), m.status(), m.title(), text(m.updates()), List.of(), m.url()));
            }
        }
        for (Maintenance m : running.values()) {
            out.add(new Change(ChangeKind.MAINTENANCE_ENDED, service.id(), name(service, view), at, null, null,
                    m.id(), "completed", m.title(), null, List.of(), m.url()));
        }
        return out;
    }

    private static Change incident(ChangeKind kind, ServiceConfig service, Snapshot view, Incident i, Instant at) {
        return new Change(kind, service.id(), name(service, view), at, null, null, i.id(), i.status(), i.title(),
                text(i.updates()), List.of(), i.url());
    }

    private static boolean concerns(List<String> componentIds, @Nullable Set<String> watched) {
        return watched == null || componentIds.isEmpty() || componentIds.stream().anyMatch(watched::contains);
    }

    /** Whether a person would read the two as the same: title, phase and the latest update's text. */
    private static boolean sameWords(Incident a, Incident b) {
        IncidentUpdate x = a.latestUpdate();
        IncidentUpdate y = b.latestUpdate();
        return Objects.equals(a.title(), b.title()) && Objects.equals(a.status(), b.status())
                && Objects.equals(x == null ? null : x.body(), y == null ? null : y.body());
    }

    private static @Nullable String marker(Incident i) {
        IncidentUpdate u = i.latestUpdate();
        return u == null ? null : u.id() + "@" + u.at() + "#" + u.body().hashCode();
    }

    private static List<Component> problems(Snapshot s, @Nullable Set<String> watched) {
        List<Component> out = new ArrayList<>();
        for (Component c : s.components()) {
            if (c.status().isProblem() && (watched == null || watched.contains(c.id()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static List<Component> recovered(Snapshot before, Snapshot view, @Nullable Set<String> watched) {
        Map<String, Component> now = new LinkedHashMap<>();
        view.components().forEach(c -> now.put(c.id(), c));
        List<Component> back = new ArrayList<>();
        for (Component c : problems(before, watched)) {
            Component n = now.get(c.id());
            if (n != null && !n.status().isProblem()) {
                back.add(n);
            }
        }
        return back;
    }

    private static List<String> names(List<Component> components) {
        List<String> out = new ArrayList<>();
        components.forEach(c -> out.add(c.displayName()));
        return out;
    }

    /**
     * What a person reads first of a status change: the title of the newest open incident that concerns what
     * is watched, else the page's own words (its description).
     */
    private static @Nullable String headline(Snapshot s, @Nullable Set<String> watched) {
        Incident i = headIncident(s, watched);
        return i != null && !i.title().isBlank() ? i.title() : s.description();
    }

    /** The latest update of the incident the headline names, else of the newest incident, as plain text; or null. */
    private static @Nullable String latestText(Snapshot s, @Nullable Set<String> watched) {
        Incident i = headIncident(s, watched);
        if (i != null) {
            return text(i.updates());
        }
        return s.incidents().isEmpty() ? null : text(s.incidents().get(0).updates());
    }

    private static @Nullable Incident headIncident(Snapshot s, @Nullable Set<String> watched) {
        return s.incidents().stream().filter(i -> i.isActive() && concerns(i.componentIds(), watched)).findFirst()
                .orElse(null);
    }

    private static @Nullable String text(List<IncidentUpdate> updates) {
        if (updates.isEmpty()) {
            return null;
        }
        String t = HtmlText.toText(updates.get(updates.size() - 1).body());
        return t.length() > 500 ? t.substring(0, 497) + "..." : t;
    }

    private static String link(ServiceConfig service, Snapshot view) {
        String first = view.incidents().isEmpty() ? null : view.incidents().get(0).url();
        return first == null ? service.url() : first;
    }

    private static String name(ServiceConfig service, @Nullable Snapshot s) {
        return service.displayName(s == null ? null : s.service());
    }
}
