package org.statustray.watch;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;

/**
 * Is it this machine? Judged from the evidence at hand, the one place that is: every page poll and probe
 * failing the same way. A captive portal is told from the same evidence, without a request of its own: it
 * stands between this machine and every https address, so every probe's TLS handshake fails.
 */
final class ItIsMe {
    /** Services probed whose probes all fail alike (names, TLS) before that is taken for this machine's doing. */
    static final int WITNESSES = 2;

    enum Machine {
        /** Something answers from here. */
        FINE,
        /** Every polled page got no answer at all, and no probe got one since. */
        OFFLINE,
        /** Pages answer (over connections made before, or by address) but every probe fails to find its name. */
        DNS_FAILING,
        /** Every probe's TLS handshake fails: something on this network (a sign-in page) answers for everyone. */
        CAPTIVE_PORTAL
    }

    private ItIsMe() {
    }

    static Machine judge(ServiceStates states) {
        if (states.everyPolledUnreachable(null)) {
            Instant since = earliestFailedPoll(states);
            for (ServiceState st : states.watched()) {
                Instant answered = st.probes.answeredAt();
                if (answered != null && since != null && !answered.isBefore(since)) {
                    return Machine.FINE; // a probe got an answer while the pages were failing: not this machine
                }
            }
            return Machine.OFFLINE;
        }
        int dns = 0;
        int tls = 0;
        for (ServiceState st : states.watched()) {
            ProbeResult last = st.probes.last();
            if (last == null) {
                continue;
            }
            if (last.failure() == ProbeFailure.DNS) {
                dns++;
            } else if (last.failure() == ProbeFailure.TLS) {
                tls++;
            } else {
                return Machine.FINE;
            }
        }
        if (dns >= WITNESSES && tls == 0) {
            return Machine.DNS_FAILING;
        }
        return tls >= WITNESSES && dns == 0 ? Machine.CAPTIVE_PORTAL : Machine.FINE;
    }

    /**
     * Whether a host other than {@code probed}'s own address answered at last asking: any page polled (its own
     * status page is another host), or another service's probe.
     */
    static boolean othersAnswer(ServiceStates states, ServiceState probed) {
        for (ServiceState st : states.watched()) {
            if (st.polled() && !st.unreachable()) {
                return true;
            }
            ProbeResult last = st == probed ? null : st.probes.last();
            if (last != null && last.hostAnswered()) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable Instant earliestFailedPoll(ServiceStates states) {
        Instant earliest = null;
        for (ServiceState st : states.watched()) {
            Instant checked;
            synchronized (st) {
                checked = st.failures > 0 ? st.lastChecked : null;
            }
            if (checked != null && (earliest == null || checked.isBefore(earliest))) {
                earliest = checked;
            }
        }
        return earliest;
    }
}
