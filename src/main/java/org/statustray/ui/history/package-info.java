@NullMarked
package org.statustray.ui.history;

import org.jspecify.annotations.NullMarked;
