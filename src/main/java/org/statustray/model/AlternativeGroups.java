package org.statustray.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Services that can stand in for each other (the catalogue's {@code "alternativeGroups"}): each group's key
 * ("ai-models") and its members' service ids, in the catalogue's order. A service belongs to the groups that
 * name its id, whatever address it is watched at; a service added by address has an id of its own and no group.
 */
public record AlternativeGroups(Map<String, List<String>> groups) {
    public static final AlternativeGroups NONE = new AlternativeGroups(Map.of());

    public AlternativeGroups {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (groups != null) {
            groups.forEach((key, ids) -> copy.put(key, ids == null ? List.of() : List.copyOf(ids)));
        }
        groups = Collections.unmodifiableMap(copy);
    }

    /** The keys of the groups {@code serviceId} is in (ids match whatever their case). */
    public List<String> groupsOf(String serviceId) {
        List<String> keys = new ArrayList<>();
        groups.forEach((key, ids) -> {
            if (ids.stream().anyMatch(id -> id.equalsIgnoreCase(serviceId))) {
                keys.add(key);
            }
        });
        return keys;
    }

    /** The other members of {@code serviceId}'s groups, each once, in the catalogue's order; none without a group. */
    public List<String> alternativesTo(String serviceId) {
        Set<String> out = new LinkedHashSet<>();
        for (List<String> ids : groups.values()) {
            if (ids.stream().anyMatch(id -> id.equalsIgnoreCase(serviceId))) {
                ids.stream().filter(id -> !id.equalsIgnoreCase(serviceId)).forEach(id -> out.add(id.toLowerCase(Locale.ROOT)));
            }
        }
        return List.copyOf(out);
    }

    /** Whether {@code candidateId} can stand in for {@code serviceId}. */
    public boolean standsInFor(String candidateId, String serviceId) {
        return alternativesTo(serviceId).contains(candidateId.toLowerCase(Locale.ROOT));
    }

    /**
     * "Claude is operational.", "Claude and Gemini are operational.", "Claude, Gemini and Mistral are
     * operational."; empty for no names. The one wording the overview and the notifications share.
     */
    public static String operationalSentence(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0) + " is operational.";
        }
        String all = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return all + " are operational.";
    }
}
