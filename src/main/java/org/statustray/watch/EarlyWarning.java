package org.statustray.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Change;
import org.statustray.model.ChangeKind;
import org.statustray.model.Incident;
import org.statustray.model.Notice;
import org.statustray.model.Snapshot;
import org.statustray.model.ProbeResult;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/**
 * Telling a service that stops answering before its page says so: once it has failed
 * {@value ProbeRecord#FAILURES_TO_CONFIRM} probes in a row (a failure between answers is nothing) while its
 * page says operational, this machine is fine and other hosts answer. When the page then reports the problem,
 * its notice replaces that bubble and says how far ahead StatusTray was; when the service answers again
 * before the page said anything, one quiet notice says so. The notices still go through the
 * {@link NotificationPolicy} (mute, snooze, quiet hours). Called by the {@link WatchPipeline} under its lock.
 */
final class EarlyWarning {
    /** The bubble thread of a service's probe notices, which its page's notice takes over. */
    static String thread(String serviceId) {
        return serviceId + "|probe";
    }

    private EarlyWarning() {
    }

    /** Takes one probe's result into the service's state: the notice it calls for, if any. */
    static @Nullable Notice afterProbe(ServiceStates states, ServiceConfig s, ServiceState st, ProbeResult result,
            @Nullable Instant remembered, boolean earlyWarning) {
        ProbeRecord r = st.probes;
        Instant warned = r.warnedAt();
        boolean pageSaid = r.pageSaid();
        Instant since = r.failingSince();
        r.take(result, remembered);
        String name = s.displayName(st.lastGoodName());
        if (result.reachable()) {
            return earlyWarning && warned != null && !pageSaid && since != null
                    ? NoticeText.answersAgain(s, name, Duration.between(since, result.at()), result.at()) : null;
        }
        Instant failingSince = r.failingSince();
        if (!earlyWarning || warned != null || !r.down() || r.pageSaid() || failingSince == null
                || st.shown() != Status.OPERATIONAL || ItIsMe.judge(states) != ItIsMe.Machine.FINE
                || !ItIsMe.othersAnswer(states, st)) {
            return null;
        }
        r.warned(result.at());
        return NoticeText.notAnswering(s, name, failingSince, result);
    }

    /**
     * The page's changes of one poll: when it now reports a problem the probes saw first, how far ahead they
     * were (null otherwise). The service's notices of that poll then take over the early warning's bubble.
     */
    static @Nullable Duration afterPage(ServiceState st, List<Change> changes) {
        for (Change c : changes) {
            boolean worse = c.kind() == ChangeKind.DEGRADED || c.kind() == ChangeKind.WORSE;
            if (worse && c.to() != null && c.to().isProblem()) {
                return st.probes.pageCaughtUp(c.at());
            }
        }
        return null;
    }

    /** The page's notices after it caught up: in the warning's bubble (if one was told), with the lead said. */
    static List<Notice> caughtUp(ServiceState st, List<Notice> notices, Duration lead) {
        boolean warned = st.probes.warnedAt() != null;
        return notices.stream().map(n -> !Objects.equals(n.serviceId(), st.id) || !n.status().isProblem() ? n
                : n.rethreaded(warned ? thread(st.id) : n.thread(), NoticeText.withLead(n.body(), lead))).toList();
    }

    /** The id of the newest active incident of a page, the one a lead over the page is recorded against. */
    static @Nullable String newestActive(@Nullable Snapshot page) {
        return page == null ? null : page.incidents().stream().filter(Incident::isActive)
                .max(Comparator.comparing(Incident::started, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(Incident::id).orElse(null);
    }
}
