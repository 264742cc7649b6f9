package org.statustray.watch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Change;
import org.statustray.model.ChangeKind;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/**
 * Who else is not operational, and since when, in a notice's words: "Claude: degraded — OpenAI also
 * degraded since 15:04", "Claude recovered — OpenAI still degraded", and on any other notice a body line
 * "Also not operational: OpenAI (degraded since 15:04)". A muted service is never named: muting says "do
 * not tell me about it". Guarded by the {@link WatchPipeline}.
 */
final class OthersDown {
    /** More than this many others are counted, not named: a bubble has room for a line or two. */
    static final int NAMED = 3;
    private static final Set<ChangeKind> INTO_TROUBLE = Set.of(ChangeKind.DEGRADED, ChangeKind.WORSE);

    private final ServiceStates states;
    private final HistoryLog history;
    private final ZoneId zone;
    /** Since when each service has not been operational in this run (forgotten once it is operational). */
    private final Map<String, Instant> since = new HashMap<>();
    /** The kind of change each status notice not yet told stems from, by key. */
    private final Map<String, ChangeKind> kinds = new HashMap<>();

    OthersDown(ServiceStates states, HistoryLog history, ZoneId zone) {
        this.states = states;
        this.history = history;
        this.zone = zone;
    }

    /**
     * After a poll of a service: when it went out of operational is kept (its status change; else, found in
     * trouble as this run began, what the history says; else now).
     */
    void polled(String serviceId, Status shown, List<Change> changes, Instant now) {
        for (Change c : changes) {
            if (c.to() != null && NotificationPolicy.isStatus(c.kind())) {
                kinds.put(c.key(), c.kind());
            }
        }
        if (shown == Status.OPERATIONAL) {
            since.remove(serviceId);
        } else if (shown.isKnown()) { // unknown: not knowing is no news either way, the time is kept
            Instant at = changes.stream().filter(c -> c.to() != null && c.to().isKnown() && c.to() != Status.OPERATIONAL)
                    .map(Change::at).findFirst().orElse(null);
            if (!since.containsKey(serviceId)) {
                Instant kept = at == null ? history.notOperationalSince(serviceId, now) : null;
                since.put(serviceId, at != null ? at : kept != null ? kept : now);
            }
        }
        if (kinds.size() > 1000) {
            kinds.clear(); // keys of notices swallowed by a summary: never asked for
        }
    }

    /** The notice as told now, with the other services not operational (besides {@code also}) in its words. */
    Notice describe(Notice n, Collection<String> also, Instant now) {
        ChangeKind kind = kinds.remove(n.key());
        if (n.serviceId() == null) {
            return n;
        }
        List<String> besides = new ArrayList<>(also);
        besides.add(n.serviceId());
        List<Other> others = others(besides);
        if (others.isEmpty()) {
            return n;
        }
        if (kind != null && INTO_TROUBLE.contains(kind)) {
            return with(n, n.summary() + " — " + also(others, now), n.body());
        }
        if (kind == ChangeKind.RECOVERED) {
            return with(n, n.summary() + " — " + still(others), n.body());
        }
        return with(n, n.summary(), line(n.body(), others, now)); // a partial recovery keeps its own words
    }

    /** "Also not operational: OpenAI (degraded since 15:04)" after {@code body}; the body alone when none. */
    String alsoLine(String body, Collection<String> besides, Instant now) {
        List<Other> others = others(besides);
        return others.isEmpty() ? body : line(body, others, now);
    }

    /** The watched services not muted and not among {@code besides} that are not operational, longest first. */
    private List<Other> others(Collection<String> besides) {
        List<Other> others = new ArrayList<>();
        for (ServiceState st : states.watched()) {
            ServiceConfig s = st.config();
            if (s == null || s.muted() || besides.contains(st.id)) {
                continue;
            }
            Status shown = st.shown();
            String name = s.displayName(st.lastGoodName());
            if (shown.isKnown() && shown != Status.OPERATIONAL) {
                others.add(new Other(name, shown == Status.MAINTENANCE ? "in maintenance" : shown.words(),
                        since.get(st.id)));
            } else if (st.probes.down()) {
                others.add(new Other(name, "not answering from here", st.probes.failingSince()));
            }
        }
        others.sort(Comparator.comparing(Other::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return others;
    }

    private String also(List<Other> others, Instant now) {
        List<String> parts = new ArrayList<>();
        others.stream().limit(NAMED).forEach(o -> parts.add(o.name() + " also " + o.words() + since(o.since(), now)));
        return String.join("; ", parts) + more(others);
    }

    /** Those of one state together: "OpenAI, Cursor still degraded; Gemini still major outage". */
    private static String still(List<Other> others) {
        Map<String, List<String>> byWords = new LinkedHashMap<>();
        others.stream().limit(NAMED).forEach(o -> byWords.computeIfAbsent(o.words(), k -> new ArrayList<>()).add(o.name()));
        List<String> parts = new ArrayList<>();
        byWords.forEach((words, names) -> parts.add(String.join(", ", names) + " still " + words));
        return String.join("; ", parts) + more(others);
    }

    private String line(String body, List<Other> others, Instant now) {
        List<String> parts = new ArrayList<>();
        others.stream().limit(NAMED).forEach(o -> parts.add(o.name() + " (" + o.words() + since(o.since(), now) + ")"));
        String line = "Also not operational: " + String.join(", ", parts) + more(others);
        return body.isEmpty() ? line : body + "\n" + line;
    }

    private static String more(List<Other> others) {
        return others.size() > NAMED ? ", and " + (others.size() - NAMED) + " more" : "";
    }

    /** " since 15:04" in the user's zone, with the day when it is not today ("since 6 Dec 23:50"). */
    private String since(@Nullable Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        boolean today = LocalDate.ofInstant(at, zone).equals(LocalDate.ofInstant(now, zone));
        return " since " + DateTimeFormatter.ofPattern(today ? "HH:mm" : "d MMM HH:mm", Locale.ROOT).withZone(zone).format(at);
    }

    private static Notice with(Notice n, String summary, String body) {
        return new Notice(n.key(), n.serviceId(), summary, body, n.status(), n.urgency(), n.thread(), n.url(), n.at(),
                n.cause(), n.trouble());
    }

    private record Other(String name, String words, @Nullable Instant since) {
    }
}
