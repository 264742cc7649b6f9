package org.statustray.desktop.sni;

import java.util.List;
import org.freedesktop.dbus.Struct;
import org.freedesktop.dbus.annotations.Position;

/** A StatusNotifierItem tooltip, {@code (sa(iiay)ss)}: icon name, icon images, title, text. */
public final class SniToolTip extends Struct {
    @Position(0)
    private final String iconName;
    @Position(1)
    private final List<SniPixmap> icon;
    @Position(2)
    private final String title;
    @Position(3)
    private final String text;

    public SniToolTip(String iconName, List<SniPixmap> icon, String title, String text) {
        this.iconName = iconName;
        this.icon = List.copyOf(icon);
        this.title = title;
        this.text = text;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }
}
