package org.statustray.source;

import java.net.URI;
import java.net.URISyntaxException;

/** Turns a page root into an endpoint URL, keeping any path prefix the page lives under. */
final class Endpoints {
    private Endpoints() {
    }

    /** {@code given} itself when its path already ends with one of {@code endpointSuffixes}. */
    static boolean pathEndsWithAny(URI given, String... endpointSuffixes) {
        String path = given.getPath() == null ? "" : given.getPath();
        for (String suffix : endpointSuffixes) {
            if (path.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    /** The page root of an endpoint address: everything before {@code marker} in its path (the whole when absent). */
    static URI rootBefore(URI given, String marker) {
        String path = given.getPath() == null ? "" : given.getPath();
        int at = path.indexOf(marker);
        return at < 0 ? given : under(given.resolve("/"), path.substring(0, at));
    }

    /** The page root with {@code path} appended; query and fragment dropped. */
    static URI under(URI root, String path) {
        String base = root.getPath() == null ? "" : root.getPath();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            return new URI(root.getScheme(), root.getRawAuthority() == null ? null : root.getAuthority(),
                    base + path, null, null);
        } catch (URISyntaxException e) {
            return root.resolve(path);
        }
    }
}
