package org.statustray.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One post in an incident's timeline. {@code at} is when the post says it happened (Statuspage's
 * {@code display_at}); {@code postedAt} is when it was written, later for backfilled updates.
 * {@code body} is the source's text as published (it may hold HTML or Markdown).
 */
public record IncidentUpdate(@Nullable String id, @Nullable String status, @Nullable Instant at,
        @Nullable Instant postedAt, String body) {
}
