/**
 * Notifications without a tray of their own: freedesktop.org desktop notifications over D-Bus, and JavaFX
 * pop-ups where there is neither a notification service nor a tray.
 */
@NullMarked
package org.statustray.desktop.notify;

import org.jspecify.annotations.NullMarked;
