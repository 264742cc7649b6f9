package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CatalogCommandTest {
    @Test
    void jsonListsEveryService() throws Exception {
        CliRun run = CliRun.of("catalog", "--json");

        assertThat(run.exit()).isZero();
        JsonNode all = new ObjectMapper().readTree(run.out());
        assertThat(all.size()).isGreaterThanOrEqualTo(300);
        assertThat(all.get(0).has("id") && all.get(0).has("name") && all.get(0).has("format") && all.get(0).has("url")
                && all.get(0).has("category")).isTrue();
    }

    @Test
    void jsonCarriesAnEntrysProbeAddressAndLeavesItOutWhereThereIsNone() throws Exception {
        JsonNode found = new ObjectMapper().readTree(CliRun.of("catalog", "openai", "--json").out());
        JsonNode none = new ObjectMapper().readTree(CliRun.of("catalog", "cursor", "--json").out());

        assertThat(found.get(0).get("id").asText()).isEqualTo("openai");
        assertThat(found.get(0).get("probe").asText()).isEqualTo("https://api.openai.com/v1/models");
        assertThat(none.get(0).get("id").asText()).isEqualTo("cursor");
        assertThat(none.get(0).has("probe")).isFalse();
    }

    @Test
    void jsonCarriesAnEntrysAlternativesAndLeavesThemOutWhereThereAreNone() throws Exception {
        JsonNode github = new ObjectMapper().readTree(CliRun.of("catalog", "github", "--json").out()).get(0);
        JsonNode npm = new ObjectMapper().readTree(CliRun.of("catalog", "npm", "--json").out()).get(0);

        assertThat(github.get("alternativeGroups").toString()).isEqualTo("[\"code-hosting\"]");
        assertThat(github.get("alternatives").toString()).isEqualTo("[\"gitlab\",\"bitbucket\"]");
        assertThat(npm.get("id").asText()).isEqualTo("npm");
        assertThat(npm.has("alternatives") || npm.has("alternativeGroups")).isFalse();
    }

    @Test
    void aQueryFindsOpenAiFirst() {
        CliRun run = CliRun.of("catalog", "openai");

        assertThat(run.exit()).isZero();
        assertThat(run.out().lines().skip(1).findFirst().orElse("")).startsWith("openai").contains("OpenAI")
                .contains("https://status.openai.com");
    }

    @Test
    void jsonCarriesComponentsProbeAndAliasesForEveryEntryThatHasThem() throws Exception {
        JsonNode all = new ObjectMapper().readTree(CliRun.of("catalog", "--json").out());
        int withComponents = 0;
        int withProbe = 0;
        for (JsonNode n : all) {
            org.statustray.model.CatalogEntry e = org.statustray.source.Catalog.builtIn().byId(n.get("id").asText()).orElseThrow();
            assertThat(n.has("components")).as(e.id()).isEqualTo(!e.components().isEmpty());
            assertThat(n.has("aliases")).as(e.id()).isEqualTo(!e.aliases().isEmpty());
            assertThat(n.path("probe").isTextual()).as(e.id()).isEqualTo(e.probe() != null);
            withComponents += n.has("components") ? 1 : 0;
            withProbe += n.has("probe") ? 1 : 0;
        }
        assertThat(withComponents).isGreaterThanOrEqualTo(5);
        assertThat(withProbe).isGreaterThanOrEqualTo(40);
        JsonNode gemini = new ObjectMapper().readTree(CliRun.of("catalog", "gemini", "--json").out()).get(0);
        assertThat(gemini.get("id").asText()).isEqualTo("gemini");
        assertThat(gemini.get("components").toString())
                .isEqualTo("[\"Vertex Gemini API\",\"Gemini Code Assist\",\"Gemini Enterprise\"]");
        assertThat(gemini.get("aliases").toString()).contains("Gemini API");
        assertThat(gemini.get("probe").asText()).isEqualTo("https://generativelanguage.googleapis.com/v1beta/models");
    }

    @Test
    void whatPeopleTypeFindsWhatTheyMeanFirst() {
        for (String[] typedAndMeant : new String[][] {{"openai", "openai"}, {"chatgpt", "openai"}, {"gemini", "gemini"},
                {"claude", "anthropic"}, {"gh", "github"}}) {
            CliRun run = CliRun.of("catalog", typedAndMeant[0]);
            assertThat(run.exit()).isZero();
            assertThat(run.out().lines().skip(1).findFirst().orElse("")).as(typedAndMeant[0]).startsWith(typedAndMeant[1] + " ");
        }
    }

    @Test
    void noMatchSaysSoAndBadOptionsAreUsageErrors() {
        assertThat(CliRun.of("catalog", "zzzz-nothing").out()).startsWith("no service in the catalogue matches");
        assertThat(CliRun.of("catalog", "--bogus").exit()).isEqualTo(64);
    }
}
