package org.statustray.ui.overview;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.Status;

/**
 * The overview's header: a headline over every service ("2 of 6 services need attention"), the rest in
 * smaller words ("1 cannot be reached · 1 cannot be read · 1 under maintenance"), and the mark beside it. A
 * service that cannot be read is counted apart from those with problems: unknown never reads as an outage. Those
 * whose page cannot be reached at all are told apart from those whose page answers but does not read.
 *
 * @param status the header mark's status, null when no service is watched
 */
public record OverviewSummary(String headline, String details, @Nullable Status status) {
    static final OverviewSummary WAITING = new OverviewSummary("Waiting for the first check…", "", null);

    /** Headline and details in one line. */
    public String text() {
        return OverviewRow.joined(headline, details);
    }

    static final String OFFLINE = "You seem to be offline";
    static final String OFFLINE_DETAILS = "StatusTray cannot reach any status page from here; each service shows "
            + "what its page last said, and StatusTray keeps trying";

    /**
     * When this machine seems offline (watch's verdict), that is the headline: the pages that cannot be reached
     * say nothing of their services.
     */
    static OverviewSummary of(List<OverviewRow> rows, boolean offline) {
        return offline && !rows.isEmpty() ? new OverviewSummary(OFFLINE, OFFLINE_DETAILS, Status.UNKNOWN) : of(rows);
    }

    static OverviewSummary of(List<OverviewRow> rows) {
        int total = rows.size();
        int problems = 0;
        int unreadable = 0;
        int unreachable = 0;
        int waiting = 0;
        int maintenance = 0;
        List<Status> problemStatuses = new ArrayList<>();
        for (OverviewRow r : rows) {
            if (r.status().isProblem()) {
                problems++;
                problemStatuses.add(r.status());
            } else if (r.waiting()) {
                waiting++;
            } else if (r.isUnreachable()) {
                unreachable++;
            } else if (r.isUnreadable()) {
                unreadable++;
            } else if (r.status() == Status.MAINTENANCE) {
                maintenance++;
            }
        }
        if (total == 0) {
            return new OverviewSummary("No services watched", "", null);
        }
        if (waiting == total) {
            return new OverviewSummary("Checking " + services(total) + "…", "", Status.UNKNOWN);
        }
        List<String> parts = new ArrayList<>();
        Status status;
        if (problems > 0) {
            parts.add(total == 1 ? "1 service needs attention"
                    : problems + " of " + services(total) + (problems == 1 ? " needs" : " need") + " attention");
            if (unreachable > 0) {
                parts.add(unreachable + " cannot be reached");
            }
            if (unreadable > 0) {
                parts.add(unreadable + " cannot be read");
            }
            status = Status.worst(problemStatuses);
        } else if (unreachable > 0 || unreadable > 0) {
            if (unreachable > 0) {
                parts.add(services(unreachable) + " cannot be reached");
            }
            if (unreadable > 0) {
                parts.add(unreachable > 0 ? unreadable + " cannot be read" : services(unreadable) + " cannot be read");
            }
            status = Status.UNKNOWN;
        } else if (maintenance > 0) {
            int operational = total - maintenance - waiting;
            parts.add(total == 1 ? "1 service under maintenance" : operational + " of " + services(total) + " operational");
            status = Status.MAINTENANCE;
        } else {
            parts.add(total == 1 ? "1 service operational"
                    : waiting == 0 ? "All " + services(total) + " operational"
                    : total - waiting + " of " + services(total) + " operational");
            status = Status.OPERATIONAL;
        }
        if (maintenance > 0 && (problems > 0 || unreadable > 0 || unreachable > 0 || total > 1)) {
            parts.add(maintenance + " under maintenance");
        }
        if (waiting > 0) {
            parts.add(waiting + " not checked yet");
        }
        return new OverviewSummary(parts.get(0), String.join(" · ", parts.subList(1, parts.size())), status);
    }

    private static String services(int n) {
        return n == 1 ? "1 service" : n + " services";
    }
}
