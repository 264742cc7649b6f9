@NullMarked
package org.statustray.model;

import org.jspecify.annotations.NullMarked;
