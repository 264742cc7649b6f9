/**
 * One pure reader per status-page format: a page's bytes in, a {@code Snapshot} out, no network and no clock
 * beyond the time it is handed. The sub-packages hold what the readers share (text, times, JSON, feeds).
 */
@NullMarked
package org.statustray.source;

import org.jspecify.annotations.NullMarked;
