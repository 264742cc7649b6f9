package org.statustray.desktop.sni;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.freedesktop.dbus.types.Variant;
import org.statustray.desktop.TrayMenu;
import org.statustray.desktop.icons.TrayIcons;
import org.statustray.model.Status;

/** The tray menu's entries as dbusmenu items: their properties and the layout tree under the root item 0. */
final class SniMenuItems {
    static final int ROOT = 0;
    private static final int ICON_SIZE = 16;
    private static final Map<Status, byte[]> ICONS = rowIcons();

    private final List<TrayMenu.Entry> entries;

    SniMenuItems(List<TrayMenu.Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    List<TrayMenu.Entry> entries() {
        return entries;
    }

    boolean contains(int id) {
        return id == ROOT || entries.stream().anyMatch(e -> e.id() == id);
    }

    /** The item {@code id} with, for the root, its children (none when {@code depth} is 0). */
    MenuLayout layout(int id, int depth, Collection<String> names) {
        List<Variant<?>> children = new ArrayList<>();
        if (id == ROOT && depth != 0) {
            for (TrayMenu.Entry entry : entries) {
                children.add(new Variant<>(new MenuLayout(entry.id(), properties(entry.id(), names), List.of()),
                        MenuLayout.SIGNATURE));
            }
        }
        return new MenuLayout(id, properties(id, names), children);
    }

    /** The properties of item {@code id} whose names are in {@code names} (all when it is empty). */
    Map<String, Variant<?>> properties(int id, Collection<String> names) {
        Map<String, Variant<?>> all = id == ROOT ? Map.of("children-display", new Variant<>("submenu"))
                : entries.stream().filter(e -> e.id() == id).findFirst().map(SniMenuItems::properties).orElse(Map.of());
        if (names.isEmpty()) {
            return all;
        }
        Map<String, Variant<?>> chosen = new LinkedHashMap<>(all);
        chosen.keySet().retainAll(names);
        return chosen;
    }

    private static Map<String, Variant<?>> properties(TrayMenu.Entry entry) {
        Map<String, Variant<?>> properties = new LinkedHashMap<>();
        if (entry instanceof TrayMenu.Separator) {
            properties.put("type", new Variant<>("separator"));
        } else {
            properties.put("label", new Variant<>(mnemonicSafe(entry.label())));
        }
        if (entry instanceof TrayMenu.Note) {
            properties.put("enabled", new Variant<>(false));
        }
        if (entry instanceof TrayMenu.ServiceRow row) {
            properties.put("icon-data", new Variant<>(ICONS.get(row.status()), "ay"));
        }
        return properties;
    }

    /** dbusmenu reads "_" as the mnemonic marker; a service named "my_api" must show its underscore. */
    static String mnemonicSafe(String label) {
        return label.replace("_", "__");
    }

    private static Map<Status, byte[]> rowIcons() {
        Map<Status, byte[]> icons = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            try {
                ImageIO.write(TrayIcons.render(status, false, ICON_SIZE), "png", png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            icons.put(status, png.toByteArray());
        }
        return icons;
    }
}
