package org.statustray.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statustray.model.AppConfig;
import org.statustray.model.CatalogEntry;
import org.statustray.model.ProbeMinimum;
import org.statustray.model.ProbeSetting;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;

/**
 * An {@link AppConfig} written into the JSON tree the file already holds, so that keys StatusTray does not
 * know (at the top, in {@code notifications}, in each service) stay where they were. A catalogue service
 * is written as just its id plus what differs from the catalogue. Entries this version could not use
 * (an unknown id, a non-web address) are kept as they are: the user never saw them in Settings, so
 * cannot have meant to remove them.
 */
final class ConfigWriter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConfigWriter() {
    }

    static ObjectNode merge(@Nullable JsonNode previous, AppConfig config, Catalog catalog) {
        ObjectNode root = previous != null && previous.isObject() ? ((ObjectNode) previous).deepCopy() : NODES.objectNode();
        root.put("pollIntervalSeconds", config.pollIntervalSeconds());
        if (!config.probes() || root.has("probes")) {
            root.put("probes", config.probes());
        }
        if (config.probeIntervalSeconds() != ProbeMinimum.DEFAULT_SECONDS || root.has("probeIntervalSeconds")) {
            root.put("probeIntervalSeconds", config.probeIntervalSeconds());
        }
        List<JsonNode> oldEntries = new ArrayList<>();
        JsonNode oldList = root.get("services");
        if (oldList != null && oldList.isArray()) {
            oldList.forEach(oldEntries::add);
        }
        ArrayNode services = NODES.arrayNode();
        Set<JsonNode> merged = Collections.newSetFromMap(new IdentityHashMap<>());
        for (ServiceConfig s : config.services()) {
            ObjectNode old = matching(oldEntries, s);
            merged.add(old);
            services.add(service(s, old, catalog.byId(s.id()).orElse(null)));
        }
        for (JsonNode old : oldEntries) {
            if (!merged.contains(old) && !ConfigParser.usable(old, catalog)) {
                services.add(old.deepCopy());
            }
        }
        root.set("services", services);
        JsonNode oldNotifications = root.get("notifications");
        ObjectNode notifications = oldNotifications != null && oldNotifications.isObject()
                ? (ObjectNode) oldNotifications : root.putObject("notifications");
        notifications.put("maintenance", config.maintenanceNotifications());
        notifications.set("quietHours", quietHours(config.quietHours()));
        if (!config.earlyWarning() || notifications.has("earlyWarning")) {
            notifications.put("earlyWarning", config.earlyWarning());
        }
        root.set("notifications", notifications);
        return root;
    }

    private static ObjectNode service(ServiceConfig s, @Nullable ObjectNode old, @Nullable CatalogEntry known) {
        ObjectNode e = old != null ? old.deepCopy() : NODES.objectNode();
        e.put("id", s.id());
        boolean catalogueAddress = known != null && !s.addedByUrl();
        putUnless(e, "name", s.name(), known != null && Objects.equals(s.name(), known.name()));
        putUnless(e, "url", s.url(), catalogueAddress);
        putUnless(e, "format", s.format(),
                catalogueAddress && s.format().equals(Objects.requireNonNull(known).format()));
        if (catalogueAddress ? s.components().equals(Objects.requireNonNull(known).components())
                : s.components().isEmpty()) {
            e.remove("components");
        } else {
            s.components().forEach(e.putArray("components")::add);
        }
        if (s.pollIntervalSeconds() == null) {
            e.remove("pollIntervalSeconds");
        } else {
            e.put("pollIntervalSeconds", s.pollIntervalSeconds());
        }
        putFlag(e, "muted", s.muted());
        putFlag(e, "watchUntilRecovered", s.watchUntilRecovered());
        if (s.probe() instanceof ProbeSetting.At at) {
            e.put("probe", at.url());
        } else if (s.probe() instanceof ProbeSetting.Off) {
            e.put("probe", false);
        } else {
            e.remove("probe");
        }
        return e;
    }

    /** The old entry for this service: same id, or (for an entry without one) the same address. */
    private static @Nullable ObjectNode matching(List<JsonNode> oldEntries, ServiceConfig s) {
        for (JsonNode old : oldEntries) {
            if (!old.isObject()) {
                continue;
            }
            String oldId = old.hasNonNull("id") ? old.get("id").asText() : null;
            if (oldId != null ? oldId.equalsIgnoreCase(s.id())
                    : old.hasNonNull("url") && ConfigParser.sameAddress(old.get("url").asText(), s.url())) {
                return (ObjectNode) old;
            }
        }
        return null;
    }

    private static void putUnless(ObjectNode e, String field, @Nullable String value, boolean sameAsCatalogue) {
        if (sameAsCatalogue || value == null) {
            e.remove(field);
        } else {
            e.put(field, value);
        }
    }

    /** Written when true, or when the file already had the key; a false nobody wrote stays unwritten. */
    private static void putFlag(ObjectNode e, String field, boolean value) {
        if (value || e.has(field)) {
            e.put(field, value);
        }
    }

    private static JsonNode quietHours(@Nullable QuietHours q) {
        if (q == null) {
            return NODES.nullNode();
        }
        ObjectNode n = NODES.objectNode();
        n.put("start", String.format("%02d:%02d", q.start().getHour(), q.start().getMinute()));
        n.put("end", String.format("%02d:%02d", q.end().getHour(), q.end().getMinute()));
        return n;
    }
}
