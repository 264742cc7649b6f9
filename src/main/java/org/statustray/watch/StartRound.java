package org.statustray.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Notice;

/**
 * The services already in trouble when StatusTray starts come as one notice, not one each: what the first
 * poll of each service in this run tells of trouble is held until every service watched at start has been
 * polled once (or {@link #LONGEST} after the first of them), then told together; a single service in
 * trouble is told as itself. Anything later, and anything but trouble, is told as it comes. The notices
 * were already through the {@link NotificationPolicy} (sent log, snooze, quiet hours), so a restart tells
 * again only what it would have told anyway. Guarded by the {@link WatchPipeline}.
 */
final class StartRound {
    /** How long the first polls may take before what they found is told anyway: a page may hang a while. */
    static final Duration LONGEST = Duration.ofSeconds(60);

    private final Set<String> waiting;
    private final List<Notice> held = new ArrayList<>();
    private @Nullable Instant firstPoll;
    private boolean over;

    StartRound(Collection<String> serviceIds) {
        waiting = new LinkedHashSet<>(serviceIds);
        over = waiting.isEmpty();
    }

    /** What to tell now, of one poll of a service and of the start's trouble if this poll completes it. */
    List<Notice> afterPoll(String serviceId, List<Notice> notices, Instant now) {
        if (over) {
            return notices;
        }
        if (firstPoll == null) {
            firstPoll = now;
        }
        List<Notice> out = new ArrayList<>();
        boolean first = waiting.remove(serviceId);
        for (Notice n : notices) {
            if (first && inTrouble(n)) {
                held.add(n);
            } else {
                out.add(n);
            }
        }
        out.addAll(endIfDue(now));
        return out;
    }

    /** Services no longer watched are not waited for. */
    List<Notice> watching(Collection<String> serviceIds, Instant now) {
        if (over) {
            return List.of();
        }
        waiting.retainAll(serviceIds);
        return endIfDue(now);
    }

    /** Called now and then: the round ends {@link #LONGEST} after its first poll even if a page never answered. */
    List<Notice> tick(Instant now) {
        return over ? List.of() : endIfDue(now);
    }

    /** No summary: everything is told as it comes (for {@code watch}, whose lines are one per service). */
    void tellEachAlone() {
        over = true;
    }

    boolean isOver() {
        return over;
    }

    private List<Notice> endIfDue(Instant now) {
        Instant first = firstPoll;
        boolean late = first != null && !now.isBefore(first.plus(LONGEST));
        if (!waiting.isEmpty() && !late) {
            return List.of();
        }
        over = true;
        List<Notice> told = List.copyOf(held);
        held.clear();
        long services = told.stream().map(Notice::serviceId).distinct().count();
        return services < 2 ? told : List.of(NoticeText.inTroubleAtStart(told, now));
    }

    /** A page's word that its service is not well (not "cannot be read": that waits three polls anyway). */
    private static boolean inTrouble(Notice n) {
        return n.cause() == Notice.Cause.PAGE && n.serviceId() != null && n.trouble() == null && n.status().isProblem();
    }
}
