package org.statustray.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.statustray.model.CatalogEntry;
import org.statustray.model.ProbeMinimum;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;

/**
 * The config file's probe keys: {@code "probe"} in a service, {@code "probes"} and {@code "probeIntervalSeconds"}
 * at the top, {@code "earlyWarning"} in {@code notifications}. Like the rest of the parser nothing here fails: a value that cannot be used is ignored (the
 * default applies) or raised to the minimum, each with one line in {@code messages}.
 */
final class ProbeKeys {
    private final Catalog catalog;
    private final List<String> messages;

    ProbeKeys(Catalog catalog, List<String> messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    /** A service's {@code "probe"}: an http(s) address, {@code false}, or absent (the catalogue's). */
    ProbeSetting service(JsonNode entry, String label) {
        JsonNode v = entry.get("probe");
        if (v == null || v.isNull()) {
            return ProbeSetting.CATALOGUE;
        }
        if (v.isBoolean() && !v.asBoolean()) {
            return ProbeSetting.OFF;
        }
        if (!v.isTextual()) {
            messages.add("service '" + label + "': probe must be an address (\"https://…\") or false, not " + v
                    + "; ignored");
            return ProbeSetting.CATALOGUE;
        }
        if (v.asText().isBlank()) {
            return ProbeSetting.CATALOGUE;
        }
        try {
            return new ProbeSetting.At(ProbeSetting.address(v.asText()).toString());
        } catch (IllegalArgumentException e) {
            messages.add("service '" + label + "': probe ignored: " + e.getMessage());
            return ProbeSetting.CATALOGUE;
        }
    }

    /** {@code "probes"}: true unless the file says false. */
    boolean probes(JsonNode root) {
        JsonNode v = root.get("probes");
        if (v == null || v.isNull()) {
            return true;
        }
        if (!v.isBoolean()) {
            messages.add("probes must be true or false, not " + v + "; using true");
            return true;
        }
        return v.asBoolean();
    }

    /** {@code notifications.earlyWarning}: true unless the file says false ({@code notifications} may be absent). */
    boolean earlyWarning(@Nullable JsonNode notifications) {
        JsonNode v = notifications == null ? null : notifications.get("earlyWarning");
        if (v == null || v.isNull()) {
            return true;
        }
        if (!v.isBoolean()) {
            messages.add("notifications.earlyWarning must be true or false, not " + v + "; using true");
            return true;
        }
        return v.asBoolean();
    }

    /** {@code "probeIntervalSeconds"}: 60 by default, at least 60 unless every address probed is on this machine. */
    int interval(JsonNode root, List<ServiceConfig> services) {
        JsonNode v = root.get("probeIntervalSeconds");
        if (v == null || v.isNull()) {
            return ProbeMinimum.DEFAULT_SECONDS;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < 1) {
            messages.add("probeIntervalSeconds must be a whole number of seconds, at least 1, not " + v + "; using "
                    + ProbeMinimum.DEFAULT_SECONDS);
            return ProbeMinimum.DEFAULT_SECONDS;
        }
        int seconds = v.asInt();
        int minimum = ProbeMinimum.secondsForAll(probedHosts(services, catalog));
        if (seconds < minimum) {
            messages.add("probeIntervalSeconds " + seconds + " is below the " + minimum
                    + " s minimum for probing services on other hosts; using " + minimum);
            return minimum;
        }
        return seconds;
    }

    /** The hosts of the addresses these services would be probed at. */
    static List<@Nullable String> probedHosts(List<ServiceConfig> services, Catalog catalog) {
        List<@Nullable String> hosts = new ArrayList<>();
        for (ServiceConfig s : services) {
            CatalogEntry known = catalog.byId(s.id()).orElse(null);
            s.probeAddress(known).map(URI::getHost).ifPresent(hosts::add);
        }
        return hosts;
    }
}
