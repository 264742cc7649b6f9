/**
 * The status pictures, drawn in code at any size: the tray icon, and the same icons for notifications and
 * menus (as PNG files where a notification server takes a file).
 */
@NullMarked
package org.statustray.desktop.icons;

import org.jspecify.annotations.NullMarked;
