package org.statustray.model;

import java.util.List;

/** A service StatusTray knows by name: where its status page is and which format it speaks. */
public record CatalogEntry(String id, String name, String category, String format, String url,
        List<String> components, List<String> aliases) {

    public CatalogEntry {
        components = components == null ? List.of() : List.copyOf(components);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
