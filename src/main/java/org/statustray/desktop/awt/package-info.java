/** The tray icon through AWT's system tray (XEmbed trays, Windows, macOS), and balloons from that icon. */
@NullMarked
package org.statustray.desktop.awt;

import org.jspecify.annotations.NullMarked;
