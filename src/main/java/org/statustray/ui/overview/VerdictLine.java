package org.statustray.ui.overview;

import java.time.Instant;
import org.statustray.model.ServiceView;
import org.statustray.model.Verdict;
import org.statustray.ui.When;

/**
 * The overview's line on "is it me or them" for a probed service: "fine · 212 ms · probed 1 min ago",
 * "not answering from here; not on its page yet · probed 1 min ago". Empty for a service not probed or not
 * judged yet. The time is given only while the service answers: a failed probe's time is its timeout.
 */
final class VerdictLine {
    private VerdictLine() {
    }

    static String of(ServiceView v, Instant now) {
        Verdict verdict = v.verdict();
        if (verdict == null || !verdict.probed()) {
            return "";
        }
        boolean answers = verdict == Verdict.FINE || verdict == Verdict.PAGE_ONLY;
        Long ms = v.probeMs();
        Instant at = v.probedAt();
        return OverviewRow.joined(verdict.words(), answers && ms != null ? ms + " ms" : "",
                at == null ? "" : "probed " + When.ago(at, now));
    }

    /** Whether the line is a warning: the service stopped answering before its page said anything. */
    static boolean warns(ServiceView v) {
        return v.verdict() == Verdict.THEM_NOT_ON_PAGE_YET;
    }
}
