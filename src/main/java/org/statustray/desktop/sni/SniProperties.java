package org.statustray.desktop.sni;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.DBusPath;
import org.freedesktop.dbus.types.Variant;
import org.statustray.desktop.icons.TrayIcons;
import org.statustray.model.TrayState;

/** The StatusNotifierItem's property values for a tray state. */
final class SniProperties {
    static final String ID = "statustray";
    static final String TITLE = "StatusTray";
    private static final String PIXMAPS = "a(iiay)";

    private SniProperties() {
    }

    /** "NeedsAttention" while a service has a problem, else "Active". */
    static String status(TrayState state) {
        return state.worst().isProblem() ? "NeedsAttention" : "Active";
    }

    /** Drawn once per look (status and snooze); a tray state changes far more often than its icon. */
    private static final Map<String, List<SniPixmap>> DRAWN = new java.util.concurrent.ConcurrentHashMap<>();

    static List<SniPixmap> pixmaps(TrayState state) {
        return DRAWN.computeIfAbsent(state.worst() + (state.snoozed() ? "/snoozed" : ""), look -> TrayIcons.SNI_SIZES
                .stream().map(size -> SniPixmap.of(TrayIcons.render(state, size))).toList());
    }

    static Map<String, Variant<?>> of(TrayState state) {
        List<SniPixmap> icon = pixmaps(state);
        Map<String, Variant<?>> p = new LinkedHashMap<>();
        p.put("Category", new Variant<>("ApplicationStatus"));
        p.put("Id", new Variant<>(ID));
        p.put("Title", new Variant<>(TITLE));
        p.put("Status", new Variant<>(status(state)));
        p.put("WindowId", new Variant<>(0));
        p.put("IconName", new Variant<>(""));
        p.put("IconPixmap", new Variant<>(icon, PIXMAPS));
        // Some hosts draw the attention icon while Status is NeedsAttention: it is the same picture.
        p.put("AttentionIconName", new Variant<>(""));
        p.put("AttentionIconPixmap", new Variant<>(icon, PIXMAPS));
        p.put("AttentionMovieName", new Variant<>(""));
        p.put("OverlayIconName", new Variant<>(""));
        p.put("OverlayIconPixmap", new Variant<>(List.of(), PIXMAPS));
        p.put("IconThemePath", new Variant<>(""));
        p.put("ToolTip", new Variant<>(new SniToolTip("", List.of(), TITLE, state.tooltip()), "(sa(iiay)ss)"));
        p.put("ItemIsMenu", new Variant<>(false));
        p.put("Menu", new Variant<>(new DBusPath(DbusMenu.PATH)));
        return Map.copyOf(p);
    }
}
