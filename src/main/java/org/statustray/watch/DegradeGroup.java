package org.statustray.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Notice;

/**
 * Services that go into trouble within a short wait of each other come as one notice, as alert managers
 * group alerts: a service's degradation is held {@link #WAIT} from the first one held, then those held are
 * told together when they are {@link #AT_LEAST} services or more, else each as itself. A degradation is not
 * held when no group could form (too few services left that are operational to join it), and those held
 * are told at once when no service is left that could still join. Anything else is told
 * as it comes; a later word of a held service (worse, recovered, an incident update) first lets its own
 * degradation go, alone, so that each service's changes stay in order. The notices were already through the
 * {@link NotificationPolicy} (sent log, snooze, quiet hours): a restart neither tells them again nor groups
 * them again. Guarded by the {@link WatchPipeline}.
 */
final class DegradeGroup {
    /** How long a degradation waits for others; Alertmanager's group_wait is of this order. */
    static final Duration WAIT = Duration.ofMinutes(2);
    /** How many services make a group: two are told each, the second naming the first. */
    static final int AT_LEAST = 3;

    private final List<Notice> held = new ArrayList<>();
    private @Nullable Instant opened;
    private boolean on;

    /** Groups from now on (the tray app); off, every notice is told as it comes ({@code watch}: a line each). */
    void on(boolean grouping) {
        on = grouping;
    }

    /**
     * What to tell now of these notices; {@code degradations} are the keys of those that go into trouble,
     * {@code couldJoin} how many services not held are operational (and not muted): who could still join.
     */
    List<Notice> offer(List<Notice> notices, Set<String> degradations, int couldJoin, Instant now) {
        List<Notice> out = new ArrayList<>();
        for (Notice n : notices) {
            long heldServices = held.stream().map(Notice::serviceId).distinct().count();
            boolean mayGroup = heldServices + 1 + couldJoin >= AT_LEAST;
            if (on && mayGroup && n.serviceId() != null && degradations.contains(n.key())) {
                if (opened == null) {
                    opened = now;
                }
                held.add(n);
            } else {
                out.addAll(release(n.serviceId()));
                out.add(n);
            }
        }
        return out;
    }

    /** The held degradations of one service, taken out to be told alone. */
    List<Notice> release(@Nullable String serviceId) {
        if (serviceId == null) {
            return List.of();
        }
        List<Notice> own = held.stream().filter(h -> Objects.equals(h.serviceId(), serviceId)).toList();
        held.removeAll(own);
        if (held.isEmpty()) {
            opened = null;
        }
        return own;
    }

    /** Once the wait is over, or nobody could still join: everything held, in the order it came (else none). */
    List<Notice> due(int couldJoin, Instant now) {
        Instant first = opened;
        if (first == null || couldJoin > 0 && now.isBefore(first.plus(WAIT))) {
            return List.of();
        }
        List<Notice> out = List.copyOf(held);
        held.clear();
        opened = null;
        return out;
    }

    /** Whether these held notices are told as one. */
    static boolean together(List<Notice> notices) {
        return notices.stream().map(Notice::serviceId).distinct().count() >= AT_LEAST;
    }
}
