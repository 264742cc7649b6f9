package org.statustray.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a probe goes, taken apart from its URI: the host to resolve, the port, whether it speaks TLS, and the
 * request line's target and {@code Host} header.
 */
record ProbeAddress(String host, int port, boolean https, String requestTarget, String hostHeader) {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** @throws IllegalArgumentException with {@link WebAddress#refusal}'s reason when it is not an http(s) address */
    static ProbeAddress of(URI uri) {
        String refusal = WebAddress.refusal(uri);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
        boolean https = uri.getScheme().toLowerCase(Locale.ROOT).equals("https");
        int defaultPort = https ? 443 : 80;
        int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
        String bracketed = uri.getHost(); // an IPv6 literal keeps its brackets here, as the Host header wants
        String host = bracketed.startsWith("[") ? bracketed.substring(1, bracketed.length() - 1) : bracketed;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new ProbeAddress(host, port, https, target, port == defaultPort ? bracketed : bracketed + ":" + port);
    }

    /** An IP address written out, which needs no DNS and takes no SNI name. */
    static boolean isLiteral(String host) {
        return host.contains(":") || IPV4.matcher(host).matches();
    }

    /** {@code host:port} as messages name it. */
    String shown() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
