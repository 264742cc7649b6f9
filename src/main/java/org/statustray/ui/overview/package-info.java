@NullMarked
package org.statustray.ui.overview;

import org.jspecify.annotations.NullMarked;
