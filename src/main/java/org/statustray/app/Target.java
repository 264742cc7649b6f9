package org.statustray.app;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.WebAddress;
import org.statustray.model.CatalogEntry;
import org.statustray.source.Catalog;
import org.statustray.source.Formats;

/**
 * What one argument of {@code check} names: a catalogue id ({@code openai}), which brings its address,
 * format, default components and name, or a web address.
 */
record Target(URI uri, String format, List<String> components, @Nullable String name) {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /**
     * @param format the format asked for on the command line; a catalogue entry's own format replaces
     *               {@code auto}
     * @throws IllegalArgumentException with a one-line reason when it is neither
     */
    static Target of(String raw, String format) {
        String text = raw.trim();
        if (ID.matcher(text).matches()) {
            CatalogEntry entry = Catalog.builtIn().byId(text).orElse(null);
            if (entry != null) {
                String chosen = format.equals(Formats.AUTO) && Formats.named(entry.format()).isPresent() ? entry.format() : format;
                return new Target(WebAddress.parse(entry.url()), chosen, entry.components(), entry.name());
            }
        }
        return new Target(WebAddress.parse(text), format, List.of(), null);
    }
}
