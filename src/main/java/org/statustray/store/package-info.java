@NullMarked
package org.statustray.store;

import org.jspecify.annotations.NullMarked;
