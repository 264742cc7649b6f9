package org.statustray.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The contract's rule for how often a page may be polled: at least every 30 s for any host but this machine
 * (a status page is shared by everyone who watches it), as often as asked on loopback (tests, local pages).
 * The one home of the rule and of the loopback exception (which {@link ProbeMinimum} shares): the settings
 * and the schedules all ask here.
 */
public final class PollMinimum {
    public static final int REMOTE_SECONDS = 30;
    /** Loopback has no minimum in the contract; one second keeps a zero from becoming a busy loop. */
    public static final int LOOPBACK_SECONDS = 1;

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");

    private PollMinimum() {
    }

    /** The least interval between polls of a page on {@code host}, in seconds. */
    public static int secondsFor(@Nullable String host) {
        return isLoopback(host) ? LOOPBACK_SECONDS : REMOTE_SECONDS;
    }

    public static Duration of(@Nullable String host) {
        return Duration.ofSeconds(secondsFor(host));
    }

    /** Loopback by name ({@code localhost}, {@code *.localhost}) or address literal, without any DNS lookup. */
    public static boolean isLoopback(@Nullable String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (IPV4.matcher(h).matches()) {
            return h.startsWith("127.");
        }
        if (IPV6.matcher(h).matches()) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress(); // an IPv6 literal: parsed, never looked up
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }
}
