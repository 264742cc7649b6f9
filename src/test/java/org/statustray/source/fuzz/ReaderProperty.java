package org.statustray.source.fuzz;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.statustray.model.Component;
import org.statustray.model.History;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Snapshot;
import org.statustray.source.HistoryReader;
import org.statustray.source.MultiEndpointReader;
import org.statustray.source.StatusReader;
import org.statustray.source.UnreadableException;

/**
 * What every reader promises for any bytes at all: a well-formed snapshot (and history, where it reads
 * one) or an {@link UnreadableException}. Anything else it throws is a finding, and so is a snapshot the
 * rest of the app could trip over: a missing id, title, phase or update body, an incident that is over,
 * incidents or maintenances out of their documented order. Plain checks rather than AssertJ keep each
 * execution cheap for the fuzzer.
 */
final class ReaderProperty {
    private static final URI PAGE = URI.create("https://status.example.com/");
    private static final Instant FETCHED = Instant.parse("2024-06-01T12:00:00Z");

    private ReaderProperty() {
    }

    static void holdsFor(StatusReader reader, byte[] body) {
        URI url = reader.endpoint(PAGE);
        try {
            snapshot(reader.read(body, url, FETCHED), reader.format(), url);
        } catch (UnreadableException e) {
            unreadable(e);
        }
        if (reader instanceof MultiEndpointReader) {
            // the same bytes for every extra endpoint: one input then reaches the incidents, groups and schedules code
            MultiEndpointReader multi = (MultiEndpointReader) reader;
            List<byte[]> extras = Collections.nCopies(multi.extraEndpoints(PAGE).size(), body);
            try {
                snapshot(multi.read(body, extras, url, FETCHED), reader.format(), url);
            } catch (UnreadableException e) {
                unreadable(e);
            }
        }
        if (reader instanceof HistoryReader) {
            HistoryReader history = (HistoryReader) reader;
            try {
                history(history.readHistory(body, history.historyEndpoint(PAGE)));
            } catch (UnreadableException e) {
                unreadable(e);
            }
        }
    }

    private static void snapshot(Snapshot s, String format, URI url) {
        check(s != null, "no snapshot");
        check(format.equals(s.format()), "format " + s.format());
        check(url.toString().equals(s.url()), "url " + s.url());
        check(FETCHED.equals(s.fetchedAt()), "fetchedAt " + s.fetchedAt());
        check(s.service() != null && !s.service().isBlank(), "no service name");
        check(s.description() != null, "no description");
        for (Component c : s.components()) {
            check(!c.id().isBlank() && !c.name().isBlank(), "blank component " + c);
        }
        for (Incident i : s.incidents()) {
            incident(i);
            check(i.isActive(), "a snapshot lists only active incidents: " + i.status());
        }
        for (Maintenance m : s.maintenances()) {
            maintenance(m);
        }
        check(ordered(s.incidents(), newestFirst(Incident::started)) || ordered(s.incidents(), newestFirst(Incident::updated)),
                "incidents newest first, by start or by latest update");
        check(ordered(s.maintenances(), Comparator.comparing(Maintenance::starts, Comparator.nullsLast(Comparator.naturalOrder()))),
                "maintenances soonest first");
    }

    private static void history(History h) {
        check(h != null, "no history");
        h.incidents().forEach(ReaderProperty::incident);
        h.maintenances().forEach(ReaderProperty::maintenance);
    }

    private static void incident(Incident i) {
        check(i.id() != null && i.title() != null && i.status() != null, "incident without id, title or status: " + i);
        updates(i.updates());
        i.componentIds().forEach(id -> check(id != null, "null component id"));
    }

    private static void maintenance(Maintenance m) {
        check(m.id() != null && m.title() != null && m.status() != null, "maintenance without id, title or status: " + m);
        updates(m.updates());
    }

    /**
     * Not their order: a feed keeps its posts in page order, which is the timeline even where one post's
     * date is unreadable or mistyped; the JSON readers sort theirs.
     */
    private static void updates(List<IncidentUpdate> updates) {
        updates.forEach(u -> check(u.body() != null, "update without a body (changes key updates by it)"));
    }

    private static Comparator<Incident> newestFirst(Function<Incident, Instant> time) {
        return Comparator.comparing(time, Comparator.nullsLast(Comparator.reverseOrder()));
    }

    private static <T> boolean ordered(List<T> list, Comparator<T> order) {
        for (int k = 1; k < list.size(); k++) {
            if (order.compare(list.get(k - 1), list.get(k)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static void unreadable(UnreadableException e) {
        String m = e.getMessage();
        check(m != null && !m.isBlank() && m.indexOf('\n') < 0, "unreadable without a one-line reason");
    }

    private static void check(boolean holds, String what) {
        if (!holds) {
            throw new AssertionError(what);
        }
    }
}
