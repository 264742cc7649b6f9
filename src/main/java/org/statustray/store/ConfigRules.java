package org.statustray.store;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.statustray.model.PollMinimum;
import org.statustray.model.ProbeMinimum;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;

/** The config file's rules for those who edit settings: ids of services added by address, interval minimums. */
public final class ConfigRules {
    /** The least poll interval for any host but this machine. */
    public static final int REMOTE_MINIMUM_SECONDS = PollMinimum.REMOTE_SECONDS;

    private ConfigRules() {
    }

    /** The id the config file gives a service added by {@code address}: its host (and port), dashed. */
    public static String idFor(URI address) {
        return ConfigParser.idFor(address);
    }

    /** {@link #idFor}, with {@code -2}, {@code -3}… appended while {@code taken} has it (ignoring case). */
    public static String uniqueIdFor(URI address, Collection<String> taken) {
        Set<String> lower = taken.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String base = idFor(address);
        String id = base;
        for (int n = 2; lower.contains(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The least interval a service at {@code address} may be polled at: 30 s, or 1 s for loopback. */
    public static int minimumIntervalFor(String address) {
        return PollMinimum.secondsFor(host(address));
    }

    /** The least global interval: 30 s unless every service is on this machine. */
    public static int minimumGlobalInterval(List<ServiceConfig> services) {
        return services.stream().allMatch(s -> PollMinimum.isLoopback(host(s.url()))) ? 1 : REMOTE_MINIMUM_SECONDS;
    }

    /** The least global probe interval: 60 s unless every address these services are probed at is on this machine. */
    public static int minimumProbeInterval(List<ServiceConfig> services, Catalog catalog) {
        return ProbeMinimum.secondsForAll(ProbeKeys.probedHosts(services, catalog));
    }

    /** Whether two spellings name one page ({@code status.x.com} and {@code https://status.x.com/}). */
    public static boolean sameAddress(String a, String b) {
        return ConfigParser.sameAddress(a, b);
    }

    /**
     * Whether two addresses are one status page, as a duplicate is told when adding or importing: the same
     * address ({@link #sameAddress}) or the same page otherwise spelled (http or https, a default port, an API
     * path in place of the page).
     */
    public static boolean samePage(@Nullable String a, @Nullable String b) {
        return a != null && b != null && (sameAddress(a, b) || PageAddress.samePage(a, b));
    }

    private static @Nullable String host(String address) {
        try {
            return URI.create(address).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
