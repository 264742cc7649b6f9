package org.statustray.store;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.statustray.model.AppConfig;
import org.statustray.model.CatalogEntry;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;

/**
 * What importing a user catalogue into some settings does, entry by entry: a service new to them is added at
 * the end of the list; one whose page is watched already (by any spelling of its address) is left alone; a bad
 * entry is skipped with its reason; an entry past the {@link ConfigFile#MAX_SERVICES} limit is skipped. An
 * entry carrying a built-in id for another page keeps that page under an id of its own, so that the built-in
 * id (its probe, its alternatives) still means the built-in service; one at the built-in page is the built-in
 * service.
 */
public final class SharedImport {
    public enum Outcome { ADDED, ALREADY_WATCHED, SKIPPED }

    /** One entry's fate, as a line: {@code label: detail}. */
    public record Line(Outcome outcome, String label, String detail) {
        public String text() {
            return label + ": " + detail;
        }
    }

    /** Each entry's fate in file order (the file's own {@code problem} first, if any) and the services to add. */
    public record Plan(List<Line> lines, List<ServiceConfig> added) {
        public Plan {
            lines = List.copyOf(lines);
            added = List.copyOf(added);
        }

        public long count(Outcome outcome) {
            return lines.stream().filter(l -> l.outcome() == outcome).count();
        }

        /** {@code c} watching the added services too, the global interval raised if a page on another host joins. */
        public AppConfig applyTo(AppConfig c) {
            List<ServiceConfig> list = new ArrayList<>(c.services());
            list.addAll(added);
            int interval = Math.max(c.pollIntervalSeconds(), ConfigRules.minimumGlobalInterval(list));
            return new AppConfig(interval, list, c.maintenanceNotifications(), c.quietHours(), c.timeoutSeconds(),
                    c.probes(), c.probeIntervalSeconds(), c.earlyWarning());
        }
    }

    private SharedImport() {
    }

    /** What importing {@code file} (which must have no problem) into {@code current} does. */
    public static Plan plan(AppConfig current, SharedFile file, Catalog catalog) {
        List<Line> lines = new ArrayList<>();
        List<ServiceConfig> added = new ArrayList<>();
        for (SharedEntry entry : file.entries()) {
            ServiceConfig s = entry.service();
            if (s == null) {
                lines.add(new Line(Outcome.SKIPPED, entry.label(), "skipped, " + entry.problem()));
                continue;
            }
            Optional<ServiceConfig> watched = current.services().stream().filter(w -> ConfigRules.samePage(w.url(), s.url())).findFirst();
            Optional<ServiceConfig> twice = added.stream().filter(w -> ConfigRules.samePage(w.url(), s.url())).findFirst();
            if (watched.isPresent()) {
                lines.add(new Line(Outcome.ALREADY_WATCHED, entry.label(), "already watched"
                        + (watched.get().id().equalsIgnoreCase(s.id()) ? "" : " as " + watched.get().id())));
            } else if (twice.isPresent()) {
                lines.add(new Line(Outcome.SKIPPED, entry.label(), "skipped, the same page as " + twice.get().id() + " above"));
            } else if (current.services().size() + added.size() >= ConfigFile.MAX_SERVICES) {
                lines.add(new Line(Outcome.SKIPPED, entry.label(), String.format(Locale.ROOT,
                        "skipped, StatusTray watches at most %,d services", ConfigFile.MAX_SERVICES)));
            } else {
                ServiceConfig kept = placed(s, current, added, catalog);
                added.add(kept);
                lines.add(new Line(Outcome.ADDED, entry.label(), added(s, kept, catalog)));
            }
        }
        return new Plan(lines, added);
    }

    /** The service as it joins: the built-in one at the built-in page, else under an id nobody else has. */
    private static ServiceConfig placed(ServiceConfig s, AppConfig current, List<ServiceConfig> added, Catalog catalog) {
        CatalogEntry known = catalog.byId(s.id()).orElse(null);
        if (known != null && ConfigRules.samePage(known.url(), s.url())) {
            return new ServiceConfig(known.id(), known.name(), known.url(), known.format(),
                    s.components().isEmpty() ? known.components() : s.components(), null, false, false, false);
        }
        List<String> taken = new ArrayList<>();
        current.services().forEach(w -> taken.add(w.id()));
        added.forEach(w -> taken.add(w.id()));
        catalog.all().forEach(c -> taken.add(c.id()));
        boolean free = taken.stream().noneMatch(t -> t.equalsIgnoreCase(s.id()));
        String id = free ? s.id() : ConfigRules.uniqueIdFor(URI.create(s.url()), taken);
        return new ServiceConfig(id, s.name(), s.url(), s.format(), s.components(), null, false, false, true, s.probe());
    }

    private static String added(ServiceConfig asked, ServiceConfig kept, Catalog catalog) {
        if (!kept.addedByUrl()) {
            return "added (the built-in " + kept.name() + ")";
        }
        if (kept.id().equals(asked.id())) {
            return "added";
        }
        Optional<CatalogEntry> known = catalog.byId(asked.id());
        return "added as " + kept.id() + (known.isPresent() ? " ('" + asked.id() + "' is the built-in " + known.get().name()
                + ", at another address)" : " ('" + asked.id() + "' is already the id of another service)");
    }
}
