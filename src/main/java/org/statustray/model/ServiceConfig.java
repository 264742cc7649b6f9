package org.statustray.model;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One watched service as the config file describes it, after the catalogue filled in what an entry with
 * only an {@code id} leaves out. {@code name} is null when neither the entry nor the catalogue gives one
 * (the page's own name is shown then); {@code pollIntervalSeconds} null means the global interval;
 * {@code addedByUrl} is true for services not from the catalogue (they are re-detected if they move).
 */
public record ServiceConfig(String id, @Nullable String name, String url, String format, List<String> components,
        @Nullable Integer pollIntervalSeconds, boolean muted, boolean watchUntilRecovered, boolean addedByUrl) {

    public ServiceConfig {
        components = components == null ? List.of() : List.copyOf(components);
    }

    /**
     * The name to show: the configured one, else the page's own ({@code pageName}, null before the first
     * read), else the page's host, else the id. The one place this fallback is decided.
     */
    public String displayName(@Nullable String pageName) {
        if (name != null && !name.isBlank()) {
            return name;
        }
        if (pageName != null && !pageName.isBlank()) {
            return pageName;
        }
        try {
            String host = url == null ? null : URI.create(url).getHost();
            return host != null ? host : id;
        } catch (IllegalArgumentException e) {
            return id;
        }
    }
}
