/** See {@code docs/architecture.md}. Null is meant only where a type says {@code @Nullable}. */
@NullMarked
package org.statustray.watch;

import org.jspecify.annotations.NullMarked;
