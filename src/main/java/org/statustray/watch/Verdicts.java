package org.statustray.watch;

import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeResult;
import org.statustray.model.Verdict;

/** Is it me or them, for one service: its page's status and its probe, with this machine's own verdict. */
final class Verdicts {
    private Verdicts() {
    }

    /** Null while nothing is known yet: probed, but no probe has ended. */
    static @Nullable Verdict of(ServiceStates states, ServiceState st, boolean probed, ItIsMe.Machine machine) {
        if (!probed) {
            return Verdict.NO_PROBE;
        }
        if (machine != ItIsMe.Machine.FINE) {
            return Verdict.YOU;
        }
        ProbeResult last = st.probes.last();
        if (last == null) {
            return null;
        }
        boolean down = st.probes.down();
        return Verdict.judge(st.shown(), !down, down && ItIsMe.othersAnswer(states, st), true);
    }
}
