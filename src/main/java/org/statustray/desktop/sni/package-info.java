/**
 * The tray icon as a StatusNotifierItem on the D-Bus session bus, with its dbusmenu: the D-Bus interfaces,
 * the types they carry, and the item and menu we export.
 */
@NullMarked
package org.statustray.desktop.sni;

import org.jspecify.annotations.NullMarked;
