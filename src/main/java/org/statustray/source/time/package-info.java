/**
 * Times as status pages write them, to an {@code Instant}: ISO-8601 in every offset form, RFC 822 in feeds,
 * JavaScript's {@code Date.toString()}, and the year-less times of posts embedded in feed entries.
 * Unreadable text gives null, never an exception.
 */
@NullMarked
package org.statustray.source.time;

import org.jspecify.annotations.NullMarked;
