/** The all-services window: every watched service as a band on one time axis, and when they were down together. */
@NullMarked
package org.statustray.ui.all;

import org.jspecify.annotations.NullMarked;
