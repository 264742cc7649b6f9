@NullMarked
package org.statustray.fetch;

import org.jspecify.annotations.NullMarked;
