package org.statustray.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statustray.source.text.OneLine;

/**
 * A status page address as a person types it, or a link as a page gives it. Only http and https addresses
 * with a host name are ever accepted, and none that carries a user name or password: status pages are
 * public, Java's HTTP client never sends such credentials, and kept they would end up in the settings file,
 * the history and every message that names the address. A host in another script is taken in its ASCII
 * (punycode) form, which is also how it is shown from then on.
 */
public final class WebAddress {
    static final String CREDENTIALS = "a status page address cannot carry a user name or password";
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(.*)", Pattern.DOTALL);
    private static final Pattern PORT_AND_PATH = Pattern.compile("\\d+([/?#].*)?", Pattern.DOTALL);
    private static final Pattern USER_INFO = Pattern.compile("(//)[^/?#\\s]*@");

    private WebAddress() {
    }

    /**
     * The URI for {@code typed}; a bare host name ({@code www.githubstatus.com}, {@code localhost:8080})
     * means https.
     *
     * @throws IllegalArgumentException with a one-line reason when it is not an http(s) address; the reason
     *                                  never repeats a password that was typed
     */
    public static URI parse(@Nullable String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!text.contains("://")) {
            Matcher m = SCHEME.matcher(text);
            if (m.matches() && !PORT_AND_PATH.matcher(m.group(2)).matches()) {
                // "file:/etc/passwd", "mailto:a@b.c", "http:/x": a scheme, not a host name and port
                String scheme = m.group(1).toLowerCase(Locale.ROOT);
                throw new IllegalArgumentException(isHttp(scheme) ? notAnAddress(typed) : notHttp(scheme));
            }
            text = "https://" + text;
        }
        URI uri = uri(text).orElseThrow(() -> new IllegalArgumentException(notAnAddress(typed)));
        String refusal = refusal(uri);
        if (refusal != null) {
            boolean noHost = isHttp(uri) && (uri.getHost() == null || uri.getHost().isEmpty());
            throw new IllegalArgumentException(noHost ? notAnAddress(typed) : refusal);
        }
        return uri;
    }

    /**
     * {@code url} when it is a web page that may be opened in a browser: an absolute http(s) address with a
     * host, no credentials and a real port. Anything else a page calls a link ({@code javascript:},
     * {@code file:}, {@code smb:}, {@code https:evil}, {@code https://bank.example@evil.example}) is empty.
     */
    public static Optional<URI> link(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return uri(url.strip()).filter(u -> u.isAbsolute() && refusal(u) == null);
    }

    /** Why {@code uri} is not an address StatusTray fetches or opens, or null when it is one. */
    public static @Nullable String refusal(URI uri) {
        if (!isHttp(uri)) {
            return notHttp(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "the address has no host name";
        }
        if (uri.getRawUserInfo() != null) {
            return CREDENTIALS;
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return "port " + uri.getPort() + " is not a port a web server can listen on";
        }
        return null;
    }

    static boolean isHttp(URI uri) {
        return uri.getScheme() != null && isHttp(uri.getScheme().toLowerCase(Locale.ROOT));
    }

    /** {@code typed} as it may be quoted in a message: one line, cut short, any {@code user:password@} hidden. */
    public static String shown(@Nullable String typed) {
        return OneLine.of(withoutCredentials(typed), 100);
    }

    /** {@code typed} with any {@code user:password@} after {@code //} replaced by {@code …@}; null stays null. */
    public static @Nullable String withoutCredentials(@Nullable String typed) {
        return typed == null ? null : USER_INFO.matcher(typed).replaceAll("$1…@");
    }

    private static boolean isHttp(String lowerScheme) {
        return lowerScheme.equals("http") || lowerScheme.equals("https");
    }

    private static String notHttp(String scheme) {
        return "only http and https URLs can be checked, not " + OneLine.of(scheme, 20) + ":";
    }

    private static String notAnAddress(@Nullable String typed) {
        return "'" + shown(typed) + "' is not a web address";
    }

    private static Optional<URI> uri(String text) {
        try {
            return Optional.of(new URI(asciiHost(text)));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code scheme://authority…} with a host name in another script spelled in ASCII ({@code xn--…}). */
    private static String asciiHost(String text) {
        int start = text.indexOf("://");
        if (start < 0) {
            return text;
        }
        start += 3;
        int end = start;
        while (end < text.length() && "/?#".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String authority = text.substring(start, end);
        if (authority.chars().allMatch(c -> c < 0x80)) {
            return text;
        }
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        boolean port = colon >= 0 && hostPort.substring(colon + 1).chars().allMatch(c -> c >= '0' && c <= '9');
        String host = port ? hostPort.substring(0, colon) : hostPort;
        String ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        return text.substring(0, start) + authority.substring(0, at + 1) + ascii + (port ? hostPort.substring(colon) : "")
                + text.substring(end);
    }
}
