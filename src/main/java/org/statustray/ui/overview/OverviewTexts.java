package org.statustray.ui.overview;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.MaintenancePhase;
import org.statustray.model.PageTrouble;
import org.statustray.model.Status;
import org.statustray.ui.SafeText;
import org.statustray.model.ServiceView;
import org.statustray.ui.UnlistedWords;
import org.statustray.ui.When;
import org.statustray.ui.Words;

/** How the overview words a service: pure functions of a {@link ServiceView}, the time now and the user's zone. */
final class OverviewTexts {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final When when;

    OverviewTexts(When when) {
        this.when = when;
    }

    OverviewRow row(ServiceView v, Instant now) {
        return row(v, now, false);
    }

    /** {@code detecting}: "Detect again" was asked and the service has not been checked since. */
    OverviewRow row(ServiceView v, Instant now, boolean detecting) {
        Status status = v.status() == null ? Status.UNKNOWN : v.status();
        boolean waiting = status == Status.UNKNOWN && v.lastChecked() == null;
        String name = blank(v.name()) ? v.id() : v.name().strip();
        PageTrouble trouble = blank(v.failure()) || v.lastChecked() == null ? null : v.trouble();
        String word = waiting ? "checking…" : status == Status.UNKNOWN && trouble != null ? trouble.word()
                : Words.status(status);
        // An unknown service's description is what the page said before it stopped answering: not today's news.
        String description = status == Status.UNKNOWN ? "" : withUnlisted(stripped(v.description()), v, now);
        // A failed read or two keeps the last good status (never a false outage), but says so.
        boolean failing = status != Status.UNKNOWN && v.lastChecked() != null && !blank(v.failure());
        String checked = v.lastChecked() == null ? "not checked yet"
                : (failing ? "last check failed " : "checked ") + When.ago(v.lastChecked(), now);
        String reason = "";
        String lastGood = "";
        if (status == Status.UNKNOWN && !waiting) {
            String host = host(v.url());
            String sentence = trouble == null ? "" : trouble.sentence(host, stripped(v.failure()));
            reason = trouble != null ? (host != null && sentence.startsWith(host) ? sentence : capitalized(sentence))
                    : "Cannot read the status page" + (blank(v.failure()) ? "" : ": " + stripped(v.failure()));
            lastGood = v.lastGoodAt() == null ? "no data read yet" : "last good data " + When.ago(v.lastGoodAt(), now);
        } else if (failing) {
            lastGood = "Could not " + (trouble == PageTrouble.UNREACHABLE ? "reach" : "read") + " the page ("
                    + stripped(v.failure()) + "); showing what it said "
                    + (v.lastGoodAt() == null ? "before" : When.ago(v.lastGoodAt(), now)) + ", trying again";
        }
        List<OverviewRow.IncidentLine> incidents = v.activeIncidents().stream().map(i -> incident(i, now)).toList();
        PlannedMaintenances plan = PlannedMaintenances.of(v.maintenances(), now);
        List<OverviewRow.MaintenanceLine> maintenances = plan.listed().stream().map(m -> maintenance(m, now)).toList();
        // what the page said of its components is stale once it cannot be read
        AffectedComponents affected = status == Status.UNKNOWN ? AffectedComponents.NONE
                : AffectedComponents.of(status, v.components());
        boolean detectAgain = trouble == PageTrouble.UNREADABLE;
        return new OverviewRow(v.id(), name, webAddress(v.url()), status, waiting, word, description, checked,
                reason, lastGood, incidents, maintenances, VerdictLine.of(v, now), VerdictLine.warns(v), trouble,
                detectAgain, detectAgain && detecting, affected, planned(plan, now));
    }

    /** "47 maintenances planned · next 12 Aug 14:00 CEST" for those not listed one by one, or "". */
    String planned(PlannedMaintenances plan, Instant now) {
        if (plan.planned() == 0) {
            return "";
        }
        Instant next = plan.next();
        return OverviewRow.joined(plan.planned() + " maintenances planned",
                next == null ? "" : "next " + when.time(next, now) + " " + when.zoneName(next));
    }

    /** The description, then each watched component the page no longer lists, with its last status. */
    private String withUnlisted(String description, ServiceView v, Instant now) {
        StringBuilder sb = new StringBuilder(description);
        for (Component c : v.unlisted()) {
            sb.append(sb.length() == 0 ? "" : " · ").append(UnlistedWords.of(c, when, now));
        }
        return sb.toString();
    }

    OverviewRow.IncidentLine incident(Incident i, Instant now) {
        Instant start = start(i);
        String since = start == null ? "" : "since " + clockOrDay(start, now) + " " + when.zoneName(start)
                + (now.isAfter(start) ? " · " + When.duration(Duration.between(start, now)) : "");
        String impact = i.impact() == null || i.impact() == Impact.NONE ? "" : Words.impact(i.impact()) + " impact";
        return new OverviewRow.IncidentLine(blank(i.title()) ? "Untitled incident" : i.title().strip(),
                Words.phase(i.status()), impact, since, webAddress(i.url()));
    }

    OverviewRow.MaintenanceLine maintenance(Maintenance m, Instant now) {
        String relative = "";
        if (MaintenancePhase.of(m, now) == MaintenancePhase.UNDER_WAY && m.ends() != null && m.ends().isAfter(now)) {
            relative = "ends in " + When.duration(Duration.between(now, m.ends()));
        } else if (m.isUpcoming() && m.starts() != null && m.starts().isAfter(now)) {
            relative = "starts in " + When.duration(Duration.between(now, m.starts()));
        }
        return new OverviewRow.MaintenanceLine(blank(m.title()) ? "Maintenance" : m.title().strip(),
                Words.phase(m.status()), window(m.starts(), m.ends(), now), relative, webAddress(m.url()));
    }

    /** "today 14:00–16:00 CET", "3 Feb 22:00 – 4 Feb 02:00 CET", "from tomorrow 09:00 CET", or "". */
    String window(@Nullable Instant starts, @Nullable Instant ends, Instant now) {
        if (starts == null && ends == null) {
            return "";
        }
        if (starts == null || ends == null) {
            Instant at = Objects.requireNonNull(starts == null ? ends : starts);
            return (starts == null ? "until " : "from ") + dayAndClock(at, now) + " " + when.zoneName(at);
        }
        String startZone = when.zoneName(starts);
        String endZone = when.zoneName(ends);
        boolean oneZone = startZone.equals(endZone);
        String from = dayAndClock(starts, now) + (oneZone ? "" : " " + startZone);
        if (local(starts).toLocalDate().equals(local(ends).toLocalDate())) {
            return from + "–" + CLOCK.format(local(ends)) + " " + endZone;
        }
        return from + " – " + dayAndClock(ends, now) + " " + endZone;
    }

    /** "14:05" today, else "3 Feb 14:05". */
    private String clockOrDay(Instant at, Instant now) {
        return local(at).toLocalDate().equals(local(now).toLocalDate()) ? CLOCK.format(local(at)) : when.time(at, now);
    }

    /** "today 14:05", "tomorrow 09:00", "yesterday 23:00", "3 Feb 14:05", "3 Feb 2027 14:05". */
    private String dayAndClock(Instant at, Instant now) {
        LocalDate day = local(at).toLocalDate();
        LocalDate today = local(now).toLocalDate();
        String dayWord;
        if (day.equals(today)) {
            dayWord = "today";
        } else if (day.equals(today.plusDays(1))) {
            dayWord = "tomorrow";
        } else if (day.equals(today.minusDays(1))) {
            dayWord = "yesterday";
        } else {
            dayWord = (day.getYear() == today.getYear() ? DAY : DAY_YEAR).format(day);
        }
        return dayWord + " " + CLOCK.format(local(at));
    }

    private ZonedDateTime local(Instant at) {
        return at.atZone(when.zone());
    }

    /** When the incident began: its start, else its first update. */
    private static @Nullable Instant start(Incident i) {
        if (i.started() != null) {
            return i.started();
        }
        for (IncidentUpdate u : i.updates()) {
            Instant at = u.at() != null ? u.at() : u.postedAt();
            if (at != null) {
                return at;
            }
        }
        return null;
    }

    private static @Nullable String webAddress(@Nullable String url) {
        return url != null && SafeText.isWebAddress(url) ? url.strip() : null;
    }

    /** The page's host ("status.x.com"), or null when the address has none. */
    private static @Nullable String host(@Nullable String url) {
        try {
            return url == null ? null : URI.create(url.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String stripped(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
