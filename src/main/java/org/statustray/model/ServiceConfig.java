package org.statustray.model;

import java.util.List;

/**
 * One watched service as the config file describes it, after the catalogue filled in what an entry with
 * only an {@code id} leaves out. {@code pollIntervalSeconds} null means the global interval;
 * {@code addedByUrl} is true for services not from the catalogue (they are re-detected if they move).
 */
public record ServiceConfig(String id, String name, String url, String format, List<String> components,
        Integer pollIntervalSeconds, boolean muted, boolean watchUntilRecovered, boolean addedByUrl) {

    public ServiceConfig {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
