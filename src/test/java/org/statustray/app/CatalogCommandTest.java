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
        JsonNode none = new ObjectMapper().readTree(CliRun.of("catalog", "assemblyai", "--json").out());

        assertThat(found.get(0).get("id").asText()).isEqualTo("openai");
        assertThat(found.get(0).get("probe").asText()).isEqualTo("https://api.openai.com/v1/models");
        assertThat(none.get(0).get("id").asText()).isEqualTo("assemblyai");
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
    void noMatchSaysSoAndBadOptionsAreUsageErrors() {
        assertThat(CliRun.of("catalog", "zzzz-nothing").out()).startsWith("no service in the catalogue matches");
        assertThat(CliRun.of("catalog", "--bogus").exit()).isEqualTo(64);
    }
}
