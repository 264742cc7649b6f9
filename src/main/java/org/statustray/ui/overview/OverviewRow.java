package org.statustray.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statustray.model.PageTrouble;
import org.statustray.model.Status;

/**
 * One service as the overview shows it, every text already spelled out. {@code unknownReason} is empty
 * unless the service cannot be read; {@code lastGood} unless it cannot be read or its last read failed
 * (the last good status is still shown); {@code waiting} is true before its first
 * check; {@code url} fields are http/https or null. {@code verdict} is the line on "is it me or them" (empty
 * when the service is not probed), a warning when {@code verdictWarns}. {@code trouble} is why its last check
 * failed (null: it did not, or it is not told); {@code detectAgain} whether the row offers "Detect again" (its page
 * answers but does not read: it may have moved platform), {@code detecting} whether that was asked and the
 * service has not been checked since. {@code affected} names the components its page shows in trouble (none
 * unless the service is); {@code plannedSummary} stands for planned maintenances too many to list one by one
 * ("47 maintenances planned · next 12 Aug 14:00 CEST"; empty: every one is in {@code maintenances});
 * {@code alternatives} names the watched stand-ins that are operational while this one is in trouble (empty: none).
 */
public record OverviewRow(String id, String name, @Nullable String url, Status status, boolean waiting, String statusWord,
        String description, String checked, String unknownReason, String lastGood, List<IncidentLine> incidents,
        List<MaintenanceLine> maintenances, String verdict, boolean verdictWarns, @Nullable PageTrouble trouble,
        boolean detectAgain, boolean detecting, AffectedComponents affected, String plannedSummary,
        String alternatives) {

    public OverviewRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(affected, "affected");
        incidents = List.copyOf(incidents);
        maintenances = List.copyOf(maintenances);
        alternatives = alternatives == null ? "" : alternatives;
    }

    /** A row that names no stand-ins. */
    public OverviewRow(String id, String name, @Nullable String url, Status status, boolean waiting, String statusWord,
            String description, String checked, String unknownReason, String lastGood, List<IncidentLine> incidents,
            List<MaintenanceLine> maintenances, String verdict, boolean verdictWarns, @Nullable PageTrouble trouble,
            boolean detectAgain, boolean detecting, AffectedComponents affected, String plannedSummary) {
        this(id, name, url, status, waiting, statusWord, description, checked, unknownReason, lastGood, incidents,
                maintenances, verdict, verdictWarns, trouble, detectAgain, detecting, affected, plannedSummary, "");
    }

    /** This row naming {@code sentence}'s stand-ins ("Anthropic and Mistral AI are operational."). */
    public OverviewRow withAlternatives(String sentence) {
        return new OverviewRow(id, name, url, status, waiting, statusWord, description, checked, unknownReason,
                lastGood, incidents, maintenances, verdict, verdictWarns, trouble, detectAgain, detecting, affected,
                plannedSummary, sentence);
    }

    /** The button's words: "Detect again", "Detecting…" once asked. */
    public String detectAgainText() {
        return detecting ? "Detecting…" : "Detect again";
    }

    /** An active incident: "Investigating", "major impact", "since 14:05 CET · 40 min". */
    public record IncidentLine(String title, String phase, String impact, String since, @Nullable String url) {
        /** "Investigating · major impact · since 14:05 CET · 40 min", leaving out what is empty. */
        public String meta() {
            return joined(phase, impact, since);
        }
    }

    /** A maintenance under way or planned: "In progress", "today 14:00–16:00 CET", "ends in 1 h 20 min". */
    public record MaintenanceLine(String title, String status, String window, String relative, @Nullable String url) {
        public String meta() {
            return joined(status, window, relative);
        }
    }

    /** Checked, and could not be read (reached or not): unknown, which is not an outage. */
    public boolean isUnreadable() {
        return status == Status.UNKNOWN && !waiting;
    }

    /** Checked, unknown, and its page could not be reached at all. */
    public boolean isUnreachable() {
        return isUnreadable() && trouble == PageTrouble.UNREACHABLE;
    }

    /** What a screen reader says for the row. */
    public String accessibleText() {
        String fromHere = verdictWarns ? "warning: " + verdict : verdict;
        List<String> parts = new ArrayList<>(List.of(name, statusWord, description, affected.text(), fromHere,
                alternatives, unknownReason, lastGood, checked));
        if (!incidents.isEmpty()) {
            parts.add(incidents.size() == 1 ? "1 active incident" : incidents.size() + " active incidents");
        }
        if (!maintenances.isEmpty()) {
            parts.add(maintenances.size() == 1 ? "1 maintenance" : maintenances.size() + " maintenances");
        }
        parts.add(plannedSummary);
        return String.join(", ", parts.stream().filter(s -> s != null && !s.isBlank()).toList());
    }

    static String joined(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(" · ", kept);
    }
}
