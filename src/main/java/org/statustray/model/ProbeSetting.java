package org.statustray.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a service's {@code "probe"} key says: nothing ({@link Catalogue}: the catalogue's probe address, if
 * the service is the catalogue's), {@code false} ({@link Off}) or an address of its own ({@link At}).
 */
public sealed interface ProbeSetting {
    ProbeSetting CATALOGUE = new Catalogue();
    ProbeSetting OFF = new Off();

    /** No {@code "probe"} key: the catalogue decides. */
    record Catalogue() implements ProbeSetting {
    }

    /** {@code "probe": false}: this service is never probed. */
    record Off() implements ProbeSetting {
    }

    /** {@code "probe": "https://…"}: an http or https address, checked by {@link #address}. */
    record At(String url) implements ProbeSetting {
        public At {
            address(url);
        }
    }

    /**
     * {@code text} as a probe address: an absolute http or https URI with a host.
     *
     * @throws IllegalArgumentException with the reason, in words for the user, when it is not one
     */
    static URI address(@Nullable String text) {
        String t = text == null ? "" : text.strip();
        URI uri;
        try {
            uri = new URI(t);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + t + "' is not a web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("a probe address must start with http:// or https:// (not '" + t + "')");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + t + "' has no host");
        }
        return uri;
    }

    /** The address to probe, given the catalogue's probe for this service (null when it has none). */
    default Optional<URI> resolve(@Nullable String catalogueProbe) {
        if (this instanceof At at) {
            return Optional.of(address(at.url()));
        }
        return this instanceof Catalogue && catalogueProbe != null ? Optional.of(address(catalogueProbe))
                : Optional.empty();
    }
}
