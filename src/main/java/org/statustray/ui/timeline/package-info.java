@NullMarked
package org.statustray.ui.timeline;

import org.jspecify.annotations.NullMarked;
