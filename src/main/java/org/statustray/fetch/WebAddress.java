package org.statustray.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** A status page address as a person types it. Only http and https are ever accepted. */
public final class WebAddress {
    private WebAddress() {
    }

    /**
     * The URI for {@code typed}; a bare host name ({@code www.githubstatus.com}) means https.
     *
     * @throws IllegalArgumentException with a one-line reason when it is not an http(s) address
     */
    public static URI parse(String typed) {
        String text = typed.trim();
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + typed + "' is not a web address");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("only http and https URLs can be checked, not " + scheme + ":");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("'" + typed + "' is not a web address");
        }
        return uri;
    }
}
