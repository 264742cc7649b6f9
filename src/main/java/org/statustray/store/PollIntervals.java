package org.statustray.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The contract's minimum poll interval: 30 s for any host but loopback, which may be polled as often as asked. */
final class PollIntervals {
    static final int REMOTE_MINIMUM_SECONDS = 30;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private PollIntervals() {
    }

    /** Loopback by its name or address literal; no name is ever looked up. */
    static boolean isLoopback(@Nullable String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!IPV4.matcher(h).matches() && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress(); // a literal: parsed, not resolved
        } catch (UnknownHostException e) {
            return false;
        }
    }

    static int minimumFor(@Nullable String host) {
        return isLoopback(host) ? 1 : REMOTE_MINIMUM_SECONDS;
    }
}
