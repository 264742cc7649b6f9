package org.statustray.model;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One watched service as the config file describes it, after the catalogue filled in what an entry with
 * only an {@code id} leaves out. {@code name} is null when neither the entry nor the catalogue gives one
 * (the page's own name is shown then); {@code pollIntervalSeconds} null means the global interval;
 * {@code addedByUrl} is true for services not from the catalogue (they are re-detected if they move);
 * {@code probe} is what its {@code "probe"} key says (see {@link #probeAddress}).
 */
public record ServiceConfig(String id, @Nullable String name, String url, String format, List<String> components,
        @Nullable Integer pollIntervalSeconds, boolean muted, boolean watchUntilRecovered, boolean addedByUrl,
        ProbeSetting probe) {

    public ServiceConfig {
        components = components == null ? List.of() : List.copyOf(components);
        probe = probe == null ? ProbeSetting.CATALOGUE : probe;
    }

    /** A service whose {@code "probe"} key is absent. */
    public ServiceConfig(String id, @Nullable String name, String url, String format, List<String> components,
            @Nullable Integer pollIntervalSeconds, boolean muted, boolean watchUntilRecovered, boolean addedByUrl) {
        this(id, name, url, format, components, pollIntervalSeconds, muted, watchUntilRecovered, addedByUrl,
                ProbeSetting.CATALOGUE);
    }

    /** This service with its {@code "probe"} key saying {@code setting}. */
    public ServiceConfig withProbe(ProbeSetting setting) {
        return new ServiceConfig(id, name, url, format, components, pollIntervalSeconds, muted, watchUntilRecovered,
                addedByUrl, setting);
    }

    /**
     * The address to probe for this service, if any, whether or not probing is on ({@link AppConfig#probes}).
     * An address of its own wins; {@code "probe": false} means none; otherwise the catalogue's probe, but
     * only for the catalogue's service ({@code known} is the entry with this id; a service the user pointed
     * at another page keeps none, since the catalogue's address is not that page's service).
     */
    public Optional<URI> probeAddress(@Nullable CatalogEntry known) {
        String catalogues = known != null && !addedByUrl && known.id().equalsIgnoreCase(id) ? known.probe() : null;
        return probe.resolve(catalogues);
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
