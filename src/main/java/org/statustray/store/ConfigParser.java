package org.statustray.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.WebAddress;
import org.statustray.model.AppConfig;
import org.statustray.model.CatalogEntry;
import org.statustray.model.CloseNames;
import org.statustray.model.PollMinimum;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.source.Formats;

/**
 * The config file's JSON (already parsed) to an {@link AppConfig}. Nothing here fails: an entry that
 * cannot be used is skipped and a value out of range is corrected, each with one line for the user.
 */
final class ConfigParser {
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);
    private final Catalog catalog;
    private final List<String> messages = new ArrayList<>();
    private final ProbeKeys probeKeys;

    private ConfigParser(Catalog catalog) {
        this.catalog = catalog;
        this.probeKeys = new ProbeKeys(catalog, messages);
    }

    record Result(AppConfig config, List<String> messages) {
    }

    static Result parse(JsonNode root, Catalog catalog) {
        ConfigParser p = new ConfigParser(catalog);
        return new Result(p.config(root), List.copyOf(p.messages));
    }

    /** Whether an entry of {@code services} describes a service this version can watch. */
    static boolean usable(JsonNode entry, Catalog catalog) {
        return new ConfigParser(catalog).service(entry).isPresent();
    }

    private AppConfig config(JsonNode root) {
        Integer global = interval(root, "pollIntervalSeconds", "pollIntervalSeconds");
        int interval = global == null ? AppConfig.DEFAULT_INTERVAL_SECONDS : global;
        List<ServiceConfig> services = services(root.get("services"));
        boolean remoteOnGlobal = services.stream()
                .anyMatch(s -> s.pollIntervalSeconds() == null && !PollMinimum.isLoopback(URI.create(s.url()).getHost()));
        if (interval < PollMinimum.REMOTE_SECONDS && remoteOnGlobal) {
            messages.add("pollIntervalSeconds " + interval + " is below the " + PollMinimum.REMOTE_SECONDS
                    + " s minimum for status pages on other hosts; using " + PollMinimum.REMOTE_SECONDS);
            interval = PollMinimum.REMOTE_SECONDS;
        }
        JsonNode n = root.get("notifications");
        if (n != null && !n.isNull() && !n.isObject()) {
            messages.add("notifications in the config is not an object; using the default notification settings");
            n = null;
        }
        return new AppConfig(interval, services, bool(n, "maintenance", "notifications.maintenance"), quietHours(n),
                timeout(root), probeKeys.probes(root), probeKeys.interval(root, services), probeKeys.earlyWarning(n));
    }

    private List<ServiceConfig> services(JsonNode list) {
        List<ServiceConfig> out = new ArrayList<>();
        if (list == null || list.isNull()) {
            return out;
        }
        if (!list.isArray()) {
            messages.add("services in the config is not a list; no service is watched");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (JsonNode entry : list) {
            Optional<ServiceConfig> s = service(entry);
            if (s.isEmpty()) {
                continue;
            }
            ServiceConfig c = s.get();
            if (entry.hasNonNull("id") && !ids.add(c.id().toLowerCase(Locale.ROOT))) {
                messages.add("service '" + c.id() + "' is listed twice in the config; the second is skipped");
                continue;
            }
            String id = c.id();
            for (int n = 2; !entry.hasNonNull("id") && !ids.add(id.toLowerCase(Locale.ROOT)); n++) {
                id = c.id() + "-" + n;
            }
            out.add(new ServiceConfig(id, c.name(), c.url(), c.format(), c.components(), c.pollIntervalSeconds(),
                    c.muted(), c.watchUntilRecovered(), c.addedByUrl(), c.probe()));
        }
        return out;
    }

    private Optional<ServiceConfig> service(JsonNode e) {
        if (e == null || !e.isObject()) {
            messages.add("a service in the config is not an object; skipped");
            return Optional.empty();
        }
        String id = text(e, "id");
        String url = text(e, "url");
        CatalogEntry known = id == null ? null : catalog.byId(id).orElse(null);
        if (url == null && known == null) {
            messages.add(id == null ? "a service in the config has neither id nor url; skipped"
                    : "unknown service id '" + id + "' in the config; skipped" + didYouMean(id));
            return Optional.empty();
        }
        URI uri;
        try {
            uri = WebAddress.parse(url != null ? url : Objects.requireNonNull(known).url());
        } catch (IllegalArgumentException ex) {
            messages.add("service '" + (id != null ? WebAddress.shown(id) : WebAddress.shown(url)) + "' in the config skipped: "
                    + ex.getMessage());
            return Optional.empty();
        }
        boolean fromCatalogue = known != null && (url == null || sameAddress(uri.toString(), known.url()));
        String label = known != null ? known.id() : id != null ? id : idFor(uri);
        String format = text(e, "format");
        if (format == null) {
            format = fromCatalogue ? Objects.requireNonNull(known).format() : Formats.AUTO;
        } else if (!Formats.names().contains(format)) {
            messages.add("service '" + label + "': unknown format '" + format + "', detecting it instead");
            format = Formats.AUTO;
        }
        Integer interval = interval(e, "pollIntervalSeconds", "service '" + label + "': pollIntervalSeconds");
        int minimum = PollMinimum.secondsFor(uri.getHost());
        if (interval != null && interval < minimum) {
            messages.add("service '" + label + "': pollIntervalSeconds " + interval + " is below the " + minimum
                    + " s minimum for " + uri.getHost() + "; using " + minimum);
            interval = minimum;
        }
        String name = text(e, "name");
        return Optional.of(new ServiceConfig(label, name != null ? name : known != null ? known.name() : null,
                uri.toString(), format,
                components(e, fromCatalogue ? Objects.requireNonNull(known).components() : List.of()), interval,
                bool(e, "muted", "service '" + label + "': muted"),
                bool(e, "watchUntilRecovered", "service '" + label + "': watchUntilRecovered"), !fromCatalogue,
                probeKeys.service(e, label)));
    }

    /** A stable id for a service added by address: its host (and port), as letters, digits and dashes. */
    static String idFor(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return uri.getPort() < 0 ? host : host + "-" + uri.getPort();
    }

    /** Two spellings of one address: {@code status.x.com} and {@code https://status.x.com/}. */
    static boolean sameAddress(String a, String b) {
        return strip(normal(a)).equalsIgnoreCase(strip(normal(b)));
    }

    private static String normal(String url) {
        try {
            return WebAddress.parse(url).toString();
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String didYouMean(String id) {
        List<String> ids = new ArrayList<>();
        catalog.all().forEach(c -> ids.add(c.id()));
        List<String> close = CloseNames.to(id, ids, 3);
        return close.isEmpty() ? " (see statustray catalog)" : " (did you mean " + String.join(", ", close) + "?)";
    }

    private List<String> components(JsonNode e, List<String> fallback) {
        JsonNode v = e.get("components");
        if (v == null || v.isNull()) {
            return fallback;
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(c -> {
                if (c.isTextual() && !c.asText().isBlank()) {
                    out.add(c.asText().trim());
                }
            });
        }
        return out;
    }

    private @Nullable QuietHours quietHours(@Nullable JsonNode notifications) {
        JsonNode q = notifications == null ? null : notifications.get("quietHours");
        if (q == null || q.isNull()) {
            return null;
        }
        try {
            return new QuietHours(LocalTime.parse(q.path("start").asText(), CLOCK_TIME),
                    LocalTime.parse(q.path("end").asText(), CLOCK_TIME));
        } catch (DateTimeParseException ex) {
            messages.add("quietHours in the config must look like {\"start\": \"22:00\", \"end\": \"07:00\"};"
                    + " notifications are not held");
            return null;
        }
    }

    /** A whole number of seconds, at least 1; null when absent, or (with a message) when unusable. */
    private @Nullable Integer interval(JsonNode node, String field, String label) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 1) {
            return v.asInt();
        }
        messages.add(label + " must be a whole number of seconds, at least 1, not " + v + "; ignored");
        return null;
    }

    private int timeout(JsonNode root) {
        JsonNode v = root.get("timeoutSeconds");
        if (v == null || v.isNull()) {
            return AppConfig.DEFAULT_TIMEOUT_SECONDS;
        }
        if (v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 1 && v.asInt() <= AppConfig.MAX_TIMEOUT_SECONDS) {
            return v.asInt();
        }
        messages.add("timeoutSeconds must be a whole number of seconds from 1 to " + AppConfig.MAX_TIMEOUT_SECONDS
                + ", not " + v + "; using " + AppConfig.DEFAULT_TIMEOUT_SECONDS);
        return AppConfig.DEFAULT_TIMEOUT_SECONDS;
    }

    private boolean bool(@Nullable JsonNode node, String field, String label) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            messages.add(label + " must be true or false, not " + v + "; using false");
            return false;
        }
        return v.asBoolean();
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank() ? null : v.asText().trim();
    }
}
