/**
 * The desktop seen from the watching: which tray and which notifier this desktop offers, the tray's menu, and
 * the one place the pollers' results cross to the FX thread. The rooms below hold each kind of desktop part.
 */
@NullMarked
package org.statustray.desktop;

import org.jspecify.annotations.NullMarked;
