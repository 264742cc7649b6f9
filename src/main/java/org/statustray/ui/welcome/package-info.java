@NullMarked
package org.statustray.ui.welcome;

import org.jspecify.annotations.NullMarked;
