package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statustray.model.AlternativeGroups;
import org.statustray.model.CatalogEntry;

/** The catalogue's "alternativeGroups": data that must hold together. */
class CatalogAlternativesTest {
    /** Services meant to be in two groups at once (none yet); any other such service is a slip. */
    static final Set<String> IN_TWO_GROUPS_ON_PURPOSE = Set.of();

    final Catalog catalog = Catalog.builtIn();
    final AlternativeGroups groups = catalog.alternativeGroups();

    @Test
    void everyGroupMemberIsInTheCatalogue() {
        assertThat(groups.groups()).isNotEmpty();
        groups.groups().forEach((key, ids) -> {
            assertThat(key).matches("[a-z0-9][a-z0-9-]*");
            assertThat(ids).as("group %s", key).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
            ids.forEach(id -> assertThat(catalog.byId(id)).as("%s in group %s", id, key).isPresent()
                    .get().extracting(CatalogEntry::id).isEqualTo(id));
        });
    }

    @Test
    void noServiceIsInTwoGroupsUnlessMeant() {
        Map<String, String> groupOf = new HashMap<>();
        groups.groups().forEach((key, ids) -> ids.forEach(id -> {
            String before = groupOf.put(id, key);
            assertThat(before == null || IN_TWO_GROUPS_ON_PURPOSE.contains(id))
                    .as("%s is in %s and %s", id, before, key).isTrue();
        }));
    }

    @Test
    void theAiModelApisStandInForEachOther() {
        assertThat(groups.alternativesTo("anthropic")).contains("openai", "mistral").doesNotContain("anthropic");
        assertThat(groups.standsInFor("anthropic", "openai")).isTrue();
        assertThat(groups.standsInFor("github", "openai")).isFalse();
        assertThat(groups.alternativesTo("github")).containsExactly("gitlab", "bitbucket");
        assertThat(groups.alternativesTo("no-such-service")).isEmpty();
        assertThat(groups.alternativesTo("npm")).as("a registry has no stand-in").isEmpty();
    }

    @Test
    void aCatalogueWithoutTheKeyHasNoGroups() throws Exception {
        var root = new ObjectMapper().readTree("{\"version\": 1, \"services\": []}");
        assertThat(Catalog.alternativeGroups(root).groups()).isEmpty();
        var odd = new ObjectMapper().readTree("{\"alternativeGroups\": {\"x\": [\"a\", \"b\"], \"y\": \"not a list\"}}");
        assertThat(Catalog.alternativeGroups(odd).groups()).containsEntry("x", List.of("a", "b"))
                .containsEntry("y", List.of());
    }
}
