package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue, entry by entry, as the file has it (the {@link Catalog} parser skips entries it
 * cannot use, so this reads the JSON itself). Each test lists every offender at once.
 */
class CatalogHonestyTest {
    private static JsonNode root = new ObjectMapper().createObjectNode();

    @BeforeAll
    static void readTheShippedFile() throws IOException {
        try (InputStream in = CatalogHonestyTest.class.getResourceAsStream("/org/statustray/catalog.json")) {
            root = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyEntryHasAnHttpsAddressAKnownFormatAndACategory() {
        assertThat(CatalogRules.basics(root)).isEmpty();
    }

    @Test
    void idsAreUniqueIgnoringCase() {
        assertThat(CatalogRules.duplicateIds(root)).isEmpty();
    }

    /** A cloud's product entries share its dashboard, each watching other components (Google Gemini, Firebase's products beside Firebase). */
    @Test
    void addressesAreUniqueExceptForEntriesWatchingDifferentComponents() {
        assertThat(CatalogRules.sharedAddresses(root)).isEmpty();
    }

    @Test
    void aliasesCollideWithNoOtherAliasIdOrName() {
        assertThat(CatalogRules.aliasCollisions(root)).isEmpty();
    }

    @Test
    void eachFormatsAddressesHaveThatFormatsShape() {
        assertThat(CatalogRules.addressShapes(root)).isEmpty();
    }

    @Test
    void probesAreHttpsAndNotOnTheStatusPagesHost() {
        assertThat(CatalogRules.probes(root)).isEmpty();
    }

    /** Also: only on a format whose reader lists components (a feed's or Azure's would match nothing). */
    @Test
    void componentsAreNonBlankAndUniqueWithinTheirEntry() {
        assertThat(CatalogRules.components(root)).isEmpty();
    }

    @Test
    void alternativeGroupsNameOnlyExistingIds() {
        assertThat(CatalogRules.alternativeMembers(root)).isEmpty();
    }

    /** The rules themselves: a catalogue breaking each one is caught, every offender named. */
    @Test
    void theRulesCatchEveryOffenderNotJustTheFirst() throws IOException {
        JsonNode bad = new ObjectMapper().readTree("""
                {"alternativeGroups": {"g": ["a", "ghost"]},
                 "services": [
                  {"id": "a", "name": "A", "category": "X", "format": "statuspage", "url": "https://status.a.com/x?y=1",
                   "aliases": ["B"], "probe": "http://status.a.com/", "components": ["API", " ", "api"]},
                  {"id": "A", "name": "Other A", "category": "", "format": "nope", "url": "http://b.com"},
                  {"id": "b", "name": "B", "category": "X", "format": "statusio", "url": "https://api.status.io/1.0/status/xyz"},
                  {"id": "c", "name": "C", "category": "X", "format": "feed", "url": "https://status.c.com/", "components": ["All"]},
                  {"id": "d", "name": "D", "category": "X", "format": "feed", "url": "https://status.c.com", "components": ["all"]}
                 ]}""");

        assertThat(CatalogRules.basics(bad)).containsExactlyInAnyOrder(
                "A: category missing", "A: format 'nope' unknown", "A: address not https: http://b.com");
        assertThat(CatalogRules.duplicateIds(bad)).containsExactly("a, A: the same id");
        assertThat(CatalogRules.sharedAddresses(bad)).containsExactly(
                "c, d: the same address without different component presets");
        assertThat(CatalogRules.aliasCollisions(bad)).containsExactly("a: alias 'B' is b's id or name");
        assertThat(CatalogRules.addressShapes(bad)).containsExactlyInAnyOrder(
                "a: statuspage address is not a page root: https://status.a.com/x?y=1",
                "b: statusio address is not https://api.status.io/1.0/status/<24 hex>: https://api.status.io/1.0/status/xyz",
                "c: feed address has no path: https://status.c.com/",
                "d: feed address has no path: https://status.c.com");
        assertThat(CatalogRules.probes(bad)).containsExactly("a: probe not https or on the page's host: http://status.a.com/");
        assertThat(CatalogRules.components(bad)).containsExactlyInAnyOrder(
                "a: blank component", "a: component 'api' twice",
                "c: components on a feed page, which lists none (they would hide every event)",
                "d: components on a feed page, which lists none (they would hide every event)");
        assertThat(CatalogRules.alternativeMembers(bad)).containsExactly("alternative group g: no entry 'ghost'");
    }

    @Test
    void aShapeRuleHasNoExceptionsLeftThatTheCatalogueNoLongerNeeds() {
        List<String> ids = CatalogRules.entries(root).stream().map(n -> n.path("id").asText()).toList();
        assertThat(ids).containsAll(CatalogRules.PATH_EXCEPTIONS.keySet());
    }
}
