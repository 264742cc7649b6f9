@NullMarked
package org.statustray.ui.settings;

import org.jspecify.annotations.NullMarked;
