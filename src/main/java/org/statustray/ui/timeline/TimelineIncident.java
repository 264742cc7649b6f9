package org.statustray.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.ui.When;
import org.statustray.ui.Words;

/**
 * One incident of the period as the timeline lists it: title, impact, phase, start in the user's zone and
 * how long it lasted ("2 h 5 min", or "ongoing · 40 min" while open; for one the page never closed, when
 * its last word came: StatusTray's ending of it says nothing of how long it lasted). {@code incident} keeps
 * its updates. {@code lead} says how far ahead of the status page StatusTray saw it ("" when it did not).
 */
public record TimelineIncident(Incident incident, String title, String impact, String phase, String started,
        String duration, boolean open, String lead) {

    static TimelineIncident of(Incident i, @Nullable Duration lead, When when, Instant now) {
        Instant start = i.started();
        Instant end = TimelineBands.end(i);
        boolean open = end == null;
        String duration;
        if (start == null) {
            duration = open ? "ongoing" : "";
        } else if (open) {
            duration = "ongoing · " + When.duration(Duration.between(start, now));
        } else if (TimelineBands.UNLISTED.equals(i.status())) { // its end is StatusTray's, not how long it lasted
            Instant last = TimelineBands.paintsUntil(i, false);
            duration = last == null || !last.isAfter(start) ? "no end given"
                    : "no end given · last word " + When.duration(Duration.between(start, last)) + " after the start";
        } else {
            duration = When.duration(Duration.between(start, end));
        }
        String impact = i.impact() == null ? "impact not given"
                : i.impact() == Impact.NONE ? "no impact" : Words.impact(i.impact()) + " impact";
        String started = start == null ? "" : when.time(start, now) + " " + when.zoneName(start);
        String title = i.title() == null || i.title().isBlank() ? "Untitled incident" : i.title().strip();
        return new TimelineIncident(i, title, impact, Words.phase(i.status()), started, duration, open,
                lead == null ? "" : Words.lead(lead));
    }

    /** One line for the incident's heading: "Title · minor impact · Resolved · 3 Feb 14:05 CET · 2 h 5 min". */
    public String heading() {
        StringBuilder sb = new StringBuilder(title).append(" · ").append(impact).append(" · ").append(phase);
        if (!started.isEmpty()) {
            sb.append(" · ").append(started);
        }
        if (!duration.isEmpty()) {
            sb.append(" · ").append(duration);
        }
        if (!lead.isEmpty()) {
            sb.append(" · ").append(lead);
        }
        return sb.toString();
    }
}
