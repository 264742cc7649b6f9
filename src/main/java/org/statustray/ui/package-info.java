@NullMarked
package org.statustray.ui;

import org.jspecify.annotations.NullMarked;
