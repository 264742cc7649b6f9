package org.statustray.source;

import java.time.Instant;
import org.statustray.model.Impact;
import org.statustray.model.Status;
import org.jspecify.annotations.Nullable;

/**
 * One item of the AWS Service Health Dashboard RSS: a post about one service in one region.
 *
 * @param serviceId {@code <service>-<region>} from the guid, or null when the item names none
 * @param word      the title's prefix as a phase word ({@code performance_issues}), {@code resolved} when closing
 * @param status    what the prefix says about the service now
 * @param closing   true when the post says the service is back to normal
 * @param headline  the title without its prefix and without {@code [RESOLVED]}
 */
record AwsPost(@Nullable String guid, @Nullable String serviceId, String word, Status status, boolean closing, String headline,
        @Nullable Instant at, @Nullable String link, String text) {

    /** The incident impact a status implies; null for a post that changes nothing. */
    @Nullable Impact impact() {
        switch (status) {
            case MAJOR_OUTAGE: return Impact.CRITICAL;
            case PARTIAL_OUTAGE: return Impact.MAJOR;
            case DEGRADED: return Impact.MINOR;
            default: return null;
        }
    }
}
