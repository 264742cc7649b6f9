package org.statustray.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A service StatusTray knows by name: where its status page is and which format it speaks; {@code probe}, an
 * address of the service itself that answers without credentials (null when the catalogue has none).
 */
public record CatalogEntry(String id, String name, String category, String format, String url,
        List<String> components, List<String> aliases, @Nullable String probe) {

    public CatalogEntry {
        components = components == null ? List.of() : List.copyOf(components);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
