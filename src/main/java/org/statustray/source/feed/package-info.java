/**
 * RSS and Atom, parsed safely (no DTD, no external entity, ever) and reduced to a {@link Feed} of entries:
 * what the feed readers share.
 */
@NullMarked
package org.statustray.source.feed;

import org.jspecify.annotations.NullMarked;
