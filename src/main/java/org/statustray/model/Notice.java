package org.statustray.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A desktop notification to show. {@code thread} groups notices that should replace each other's bubble
 * (every update of one incident); {@code url} is the status page or incident to open; {@code cause} what
 * it stems from; {@code trouble} is set on a notice that a page cannot be read (unreachable or unreadable).
 */
public record Notice(String key, @Nullable String serviceId, String summary, String body, Status status,
        Urgency urgency, @Nullable String thread, @Nullable String url, Instant at, Cause cause,
        @Nullable PageTrouble trouble) {

    public enum Urgency { LOW, NORMAL, CRITICAL }

    /**
     * What a notice stems from: the status page said it, the service stopped or started answering from here
     * while its page said nothing, or this machine is off the network. Notices about StatusTray itself
     * (its settings, its history) count as {@code PAGE}: they claim nothing about the network.
     */
    public enum Cause { PAGE, PROBE, NETWORK }

    /** A notice that is not about a page that cannot be read. */
    public Notice(String key, @Nullable String serviceId, String summary, String body, Status status,
            Urgency urgency, @Nullable String thread, @Nullable String url, Instant at, Cause cause) {
        this(key, serviceId, summary, body, status, urgency, thread, url, at, cause, null);
    }

    /** A notice of what a page said (or of StatusTray itself). */
    public Notice(String key, @Nullable String serviceId, String summary, String body, Status status,
            Urgency urgency, @Nullable String thread, @Nullable String url, Instant at) {
        this(key, serviceId, summary, body, status, urgency, thread, url, at, Cause.PAGE);
    }

    /** The same notice in another bubble thread with more words: a page that caught up with a probe. */
    public Notice rethreaded(@Nullable String newThread, String newBody) {
        return new Notice(key, serviceId, summary, newBody, status, urgency, newThread, url, at, cause, trouble);
    }
}
