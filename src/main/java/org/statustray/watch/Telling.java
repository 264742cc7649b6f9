package org.statustray.watch;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Change;
import org.statustray.model.ChangeKind;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/**
 * When and in what words the notices the policy let through are told: the trouble found at start as one
 * ({@link StartRound}), degradations close together as one ({@link DegradeGroup}), and every notice naming
 * the other services not operational as it is told ({@link OthersDown}). Guarded by the {@link WatchPipeline}.
 */
final class Telling {
    private final ServiceStates states;
    private final StartRound startRound;
    private final DegradeGroup group = new DegradeGroup();
    private final OthersDown others;

    Telling(ServiceStates states, HistoryLog history, ZoneId zone) {
        this.states = states;
        this.startRound = new StartRound(states.watched().stream().map(st -> st.id).toList());
        this.others = new OthersDown(states, history, zone);
    }

    /** Everything as it comes, a notice per service (for {@code watch}, whose lines are one per service). */
    void tellEachAlone() {
        startRound.tellEachAlone();
        group.on(false);
    }

    /** Degradations within {@link DegradeGroup#WAIT} of each other are told as one (the tray app). */
    void groupDegradations() {
        group.on(true);
    }

    /** What to tell now of one poll's notices ({@code shown}: the status the service shows since). */
    List<Notice> afterPoll(String serviceId, List<Change> changes, List<Notice> notices, Status shown, Instant now) {
        others.polled(serviceId, shown, changes, now);
        Set<String> degradations = changes.stream().filter(c -> c.kind() == ChangeKind.DEGRADED).map(Change::key)
                .collect(Collectors.toSet());
        return told(group.offer(startRound.afterPoll(serviceId, notices, now), degradations, couldJoin(), now), now);
    }

    /** Notices of a probe: told as they come, in the same words. */
    List<Notice> other(List<Notice> notices, Instant now) {
        return told(group.offer(notices, Set.of(), couldJoin(), now), now);
    }

    /** Services no longer watched are not waited for. */
    List<Notice> watching(Collection<String> serviceIds, Instant now) {
        return told(startRound.watching(serviceIds, now), now);
    }

    /** Called now and then: what was held long enough is told. */
    List<Notice> tick(Instant now) {
        return told(startRound.tick(now), now);
    }

    private List<Notice> told(List<Notice> notices, Instant now) {
        List<Notice> out = new ArrayList<>();
        notices.forEach(n -> out.add(others.describe(n, List.of(), now)));
        List<Notice> due = group.due(couldJoin(), now).stream().filter(n -> stillTold(n.serviceId())).toList();
        if (DegradeGroup.together(due)) {
            List<String> ids = due.stream().map(Notice::serviceId).distinct().map(String::valueOf).toList();
            List<String> names = ids.stream().map(this::name).toList();
            Notice one = NoticeText.degradedTogether(due, names, now);
            out.add(new Notice(one.key(), null, one.summary(), others.alsoLine(one.body(), ids, now), one.status(),
                    one.urgency(), one.thread(), one.url(), one.at()));
        } else {
            due.forEach(n -> out.add(others.describe(n, List.of(), now)));
        }
        return out;
    }

    /** How many watched services could still go into trouble and join a group: operational and not muted. */
    private int couldJoin() {
        int n = 0;
        for (ServiceState st : states.watched()) {
            ServiceConfig s = st.config();
            n += s != null && !s.muted() && st.shown() == Status.OPERATIONAL ? 1 : 0;
        }
        return n;
    }

    /** A service muted or removed while its degradation was held is not told of. */
    private boolean stillTold(@Nullable String serviceId) {
        ServiceConfig s = serviceId == null ? null : states.get(serviceId).map(ServiceState::config).orElse(null);
        return s != null && !s.muted();
    }

    private String name(String serviceId) {
        ServiceState st = states.get(serviceId).orElse(null);
        ServiceConfig s = st == null ? null : st.config();
        return st == null || s == null ? serviceId : s.displayName(st.lastGoodName());
    }
}
