package org.statustray.store;

import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.WebAddress;

/**
 * Whether two addresses are one status page, the way detection treats them: http or https, the host in
 * any case, a default port written or not, a trailing slash, and an API path ({@code /api/v2/summary.json})
 * in place of the page itself all name the same page.
 */
final class PageAddress {
    private PageAddress() {
    }

    static boolean samePage(@Nullable String a, @Nullable String b) {
        String x = key(a);
        return x != null && x.equals(key(b));
    }

    /** The page's host, port and path as compared; null when {@code typed} is not a web address. */
    static @Nullable String key(@Nullable String typed) {
        URI u;
        try {
            u = WebAddress.parse(typed);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int port = u.getPort();
        boolean defaultPort = port == -1 || (port == 80 && "http".equalsIgnoreCase(u.getScheme()))
                || (port == 443 && "https".equalsIgnoreCase(u.getScheme()));
        String path = u.getPath() == null ? "" : u.getPath().toLowerCase(Locale.ROOT);
        int api = path.indexOf("/api/");
        if (api >= 0) {
            path = path.substring(0, api);
        }
        path = path.replaceAll("/+$", "");
        return u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port) + path;
    }
}
