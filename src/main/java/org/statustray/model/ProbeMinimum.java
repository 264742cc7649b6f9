package org.statustray.model;

import java.time.Duration;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The contract's rule for how often a service's own address may be probed: at least every 60 s for any host
 * but this machine (a probe is a request to someone else's service), as often as asked on loopback. The one
 * home of the rule; the loopback test is {@link PollMinimum#isLoopback}'s.
 */
public final class ProbeMinimum {
    public static final int REMOTE_SECONDS = 60;
    public static final int DEFAULT_SECONDS = 60;

    private ProbeMinimum() {
    }

    /** The least interval between probes of an address on {@code host}, in seconds. */
    public static int secondsFor(@Nullable String host) {
        return PollMinimum.isLoopback(host) ? PollMinimum.LOOPBACK_SECONDS : REMOTE_SECONDS;
    }

    public static Duration of(@Nullable String host) {
        return Duration.ofSeconds(secondsFor(host));
    }

    /** The least global probe interval when these hosts are probed: 60 s unless every one is loopback. */
    public static int secondsForAll(Collection<@Nullable String> hosts) {
        return hosts.stream().allMatch(PollMinimum::isLoopback) ? PollMinimum.LOOPBACK_SECONDS : REMOTE_SECONDS;
    }
}
