package org.statustray.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.WebAddress;
import org.statustray.model.Change;
import org.statustray.model.ChangeKind;
import org.statustray.model.Component;
import org.statustray.model.Notice.Urgency;
import org.statustray.model.Notice;
import org.statustray.model.PageTrouble;
import org.statustray.model.ProbeResult;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/** The words of a notification: "OpenAI: degraded", "ChatGPT recovered — Fine-tuning still degraded". */
final class NoticeText {
    private NoticeText() {
    }

    /** A change of overall status; its body holds the incident news of the same read, then {@code alternatives}. */
    static Notice status(Change c, List<Change> sameRead, String alternatives) {
        String summary;
        switch (c.kind()) {
            case RECOVERED:
                summary = c.serviceName() + " recovered";
                break;
            case PARTLY_RECOVERED:
                String still = still(c.stillAffected());
                summary = (c.title() == null || c.title().isEmpty() ? c.serviceName() + " partly recovered"
                        : c.title() + " recovered") + (still.isEmpty() ? "" : " — " + still);
                break;
            default:
                summary = c.serviceName() + ": " + words(c.to());
        }
        Change news = sameRead.stream().filter(x -> x.subjectId() != null && x.kind() != ChangeKind.INCIDENT_RESOLVED)
                .findFirst().orElse(null);
        // The first line: the incident's title when there is one, the page's own words otherwise
        String body = news != null ? join(news.title(), news.detail())
                : join(c.headline() != null ? c.headline() : c.title(), c.detail());
        String thread = news != null ? c.serviceId() + "|" + news.subjectId() : c.serviceId() + "|status";
        Status to = Objects.requireNonNull(c.to(), "a status change says where to");
        return new Notice(c.key(), c.serviceId(), summary, join(body, alternatives), to, urgency(to), thread, c.url(), c.at());
    }

    static Notice incident(Change c) {
        String summary;
        switch (c.kind()) {
            case INCIDENT_OPENED: summary = c.serviceName() + ": " + c.title(); break;
            case INCIDENT_RESOLVED: summary = c.serviceName() + ": resolved — " + c.title(); break;
            case MAINTENANCE_STARTED: summary = c.serviceName() + ": maintenance started — " + c.title(); break;
            case MAINTENANCE_ENDED: summary = c.serviceName() + ": maintenance ended — " + c.title(); break;
            default: summary = c.serviceName() + ": " + c.title() + (c.phase() == null ? "" : " (" + c.phase() + ")");
        }
        Status status = c.kind() == ChangeKind.INCIDENT_RESOLVED ? Status.OPERATIONAL
                : c.kind().name().startsWith("MAINTENANCE") ? Status.MAINTENANCE : Status.DEGRADED;
        return new Notice(c.key(), c.serviceId(), summary, c.detail() == null ? "" : c.detail(), status,
                Urgency.NORMAL, c.serviceId() + "|" + c.subjectId(), c.url(), c.at());
    }

    /**
     * What is still not well after a partial recovery, each with its own status, those of one status together:
     * "API still major outage; Files, Fine-tuning still degraded".
     */
    static String still(List<Component> affected) {
        Map<Status, List<String>> byStatus = new LinkedHashMap<>();
        affected.forEach(a -> byStatus.computeIfAbsent(a.status(), k -> new ArrayList<>()).add(a.displayName()));
        List<String> parts = new ArrayList<>();
        byStatus.forEach((status, names) -> parts.add(String.join(", ", names) + " still " + words(status)));
        return String.join("; ", parts);
    }

    /**
     * The services found in trouble at start, in one notice: a line each ("GitHub: partial outage — Incident
     * with Actions"), the worst first, as urgent as the most urgent of them.
     */
    static Notice inTroubleAtStart(List<Notice> notices, Instant now) {
        List<String> lines = new ArrayList<>();
        List<Notice> worstFirst = notices.stream()
                .sorted(Comparator.comparing((Notice n) -> n.status().ordinal()).reversed()).toList();
        for (Notice n : worstFirst) {
            String first = n.body().lines().findFirst().orElse("").strip();
            lines.add(first.isEmpty() ? n.summary() : n.summary() + " — " + first);
        }
        Urgency urgency = notices.stream().map(Notice::urgency).max(Comparator.naturalOrder()).orElse(Urgency.NORMAL);
        long services = notices.stream().map(Notice::serviceId).distinct().count();
        return new Notice("start-summary|" + now.getEpochSecond(), null, services + " services in trouble",
                String.join("\n", lines), Status.worst(notices.stream().map(Notice::status).toList()), urgency,
                "start-summary", null, now);
    }

    /**
     * Services that went into trouble within the grouping wait, in one notice: "3 services degraded: OpenAI,
     * Claude, Cursor", a line each in the order they came, as urgent as the most urgent of them.
     */
    static Notice degradedTogether(List<Notice> notices, List<String> names, Instant now) {
        List<String> lines = new ArrayList<>();
        for (Notice n : notices) {
            String first = n.body().lines().findFirst().orElse("").strip();
            lines.add(first.isEmpty() ? n.summary() : n.summary() + " — " + first);
        }
        Urgency urgency = notices.stream().map(Notice::urgency).max(Comparator.naturalOrder()).orElse(Urgency.NORMAL);
        return new Notice("degrade-group|" + notices.get(0).key(), null,
                names.size() + " services degraded: " + String.join(", ", names), String.join("\n", lines),
                Status.worst(notices.stream().map(Notice::status).toList()), urgency, "degrade-group", null, now);
    }

    /**
     * A page that could not be read three times in a row, told as what it is: unreachable (StatusTray keeps
     * trying) or unreadable (its format may have changed: detect it again).
     */
    static Notice unreadable(Change c) {
        String known = c.from() == null || !c.from().isKnown() ? "" : " Last known: " + words(c.from()) + ".";
        PageTrouble trouble = c.phase() == null ? null
                : c.phase().equals(PageTrouble.UNREADABLE.wireName()) ? PageTrouble.UNREADABLE : PageTrouble.UNREACHABLE;
        String summary;
        String body;
        if (trouble == PageTrouble.UNREADABLE) {
            summary = c.serviceName() + ": status unknown — page unreadable";
            body = "Its status page answers, but not in a format StatusTray can read; its format may have changed ("
                    + c.detail() + ")." + known + " Detect it again from the overview"
                    + (c.url() == null ? "." : ", or run 'statustray detect " + WebAddress.withoutCredentials(c.url()) + "'.");
        } else if (trouble == PageTrouble.UNREACHABLE) {
            summary = c.serviceName() + ": status unknown — page unreachable";
            body = "StatusTray cannot reach its status page: " + c.detail() + "." + known + " It keeps trying.";
        } else {
            summary = c.serviceName() + ": status unknown";
            body = "StatusTray cannot read its status page: " + c.detail() + "." + known;
        }
        return new Notice(c.key(), c.serviceId(), summary, body, Status.UNKNOWN, Urgency.LOW, c.serviceId() + "|status",
                c.url(), c.at(), Notice.Cause.PAGE, trouble);
    }

    /** A service that will not keep still: said once, then nothing until it settles. */
    static Notice unstable(ServiceConfig service, String name, Steadiness st, @Nullable Status now, Instant at) {
        String why = st.cause() == Steadiness.Cause.FLAPPING ? "Its status keeps changing"
                : "It has had more than " + Steadiness.BUDGET + " notifications in " + minutes(Steadiness.WINDOW);
        return new Notice(service.id() + "|unstable|" + at.getEpochSecond(), service.id(), name + " is unstable",
                why + " (now " + words(now) + "). StatusTray holds its notifications until it has kept still for "
                        + minutes(Steadiness.SETTLE) + ".", now == null ? Status.UNKNOWN : now, Urgency.NORMAL,
                service.id() + "|status", service.url(), at);
    }

    /** An unstable service has kept still: where it ended up, and how much was not shown meanwhile. */
    static Notice settled(ServiceConfig service, String name, Steadiness st, @Nullable Status now, Instant at,
            ZoneId zone) {
        String since = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(zone).format(st.unstableSince());
        int held = st.heldBack();
        String body = "No change for " + minutes(Steadiness.SETTLE) + " after " + st.changesWhileUnstable()
                + (st.changesWhileUnstable() == 1 ? " change" : " changes") + " since " + since
                + (held == 0 ? "." : "; " + held + (held == 1 ? " notification was" : " notifications were")
                        + " held back.");
        return new Notice(service.id() + "|settled|" + at.getEpochSecond(), service.id(),
                name + " settled: " + words(now), body, now == null ? Status.UNKNOWN : now, urgency(now),
                service.id() + "|status", service.url(), at);
    }

    /** A service stopped answering from here while its page says operational: the early warning. */
    static Notice notAnswering(ServiceConfig s, String name, Instant since, ProbeResult r) {
        String why = r.error() == null ? "" : " (" + r.error() + ")";
        return new Notice(s.id() + "|probe|down|" + since.truncatedTo(ChronoUnit.MINUTES).getEpochSecond(), s.id(),
                name + " not answering from here for " + roundMinutes(Duration.between(since, r.at()))
                        + " — status page still says operational",
                "Its own address gives no answer" + why + ", while other hosts answer. StatusTray will tell you when "
                        + "its page says more, or when it answers again.",
                Status.DEGRADED, Urgency.NORMAL, EarlyWarning.thread(s.id()), s.url(), r.at(), Notice.Cause.PROBE);
    }

    /** A service told as not answering answers again, and its page never said anything. */
    static Notice answersAgain(ServiceConfig s, String name, Duration silent, Instant at) {
        return new Notice(s.id() + "|probe|back|" + at.getEpochSecond(), s.id(), name + " answers again from here",
                "It did not answer for " + roundMinutes(silent) + "; its status page never reported a problem.",
                Status.OPERATIONAL, Urgency.LOW, EarlyWarning.thread(s.id()), s.url(), at, Notice.Cause.PROBE);
    }

    /** A page's notice, once the page caught up with what the probes saw first. */
    static String withLead(String body, Duration lead) {
        String said = "StatusTray saw it " + roundMinutes(lead) + " before the status page.";
        return body.isEmpty() ? said : body + "\n" + said;
    }

    /** This machine's network, one notice for every service: offline, its names failing, or back. */
    static Notice network(ItIsMe.Machine machine, Instant now) {
        String key = "network|" + machine.name().toLowerCase(Locale.ROOT) + "|" + now.getEpochSecond();
        return switch (machine) {
            case OFFLINE -> new Notice(key, null, "You seem to be offline", "StatusTray can't reach any service; it "
                    + "will tell you when it can. Last known states are kept.", Status.UNKNOWN, Urgency.LOW, "network",
                    null, now, Notice.Cause.NETWORK);
            case DNS_FAILING -> new Notice(key, null, "Name lookups fail on this machine", "No service's name can be "
                    + "looked up from here, though pages reached before still answer; it is this machine's DNS, not the "
                    + "services. StatusTray will tell you when lookups work again.", Status.UNKNOWN, Urgency.LOW,
                    "network", null, now, Notice.Cause.NETWORK);
            case CAPTIVE_PORTAL -> new Notice(key, null, "This network may want you to sign in", "No service's "
                    + "secure address can be reached from here: something on this network answers for all of them, as"
                    + " a hotel or airport sign-in page does. Open a web page to sign in; StatusTray will tell you when"
                    + " services answer again.", Status.UNKNOWN, Urgency.LOW, "network", null, now, Notice.Cause.NETWORK);
            case FINE -> new Notice(key, null, "Back online", "Services can be reached again.", Status.OPERATIONAL,
                    Urgency.LOW, "network", null, now, Notice.Cause.NETWORK);
        };
    }

    /** Whole minutes, rounded; seconds under a minute (a probe on this machine may be a second apart). */
    static String roundMinutes(Duration d) {
        if (d.toSeconds() < 60) {
            return Math.max(1, d.toSeconds()) + " s";
        }
        return (d.toSeconds() + 30) / 60 + " min";
    }

    private static String minutes(Duration d) {
        return d.toMinutes() + " min";
    }

    static String words(@Nullable Status s) {
        return s == null ? "unknown" : s.words();
    }

    private static Urgency urgency(@Nullable Status s) {
        return s == Status.MAJOR_OUTAGE ? Urgency.CRITICAL : s != null && s.isProblem() ? Urgency.NORMAL : Urgency.LOW;
    }

    private static String join(@Nullable String a, @Nullable String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + "\n" + b;
    }
}
