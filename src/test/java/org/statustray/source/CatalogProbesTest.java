package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.statustray.model.CatalogEntry;
import org.statustray.model.ProbeSetting;

/** The catalogue's probe addresses: well formed, the service's own, where they are asked for, and documented. */
class CatalogProbesTest {
    static final List<String> ASKED_FOR = List.of("openai", "anthropic", "google-cloud", "mistral", "cohere", "groq",
            "huggingface", "github", "gitlab", "slack", "discord", "zoom", "cloudflare", "aws", "azure", "stripe",
            "twilio", "atlassian", "vercel", "netlify", "npm", "docker-hub");
    static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| `(https://[^`]+)` \\|", Pattern.MULTILINE);

    final Catalog catalog = Catalog.builtIn();

    @Test
    void everyProbeIsAnHttpsAddressOfTheServiceNotItsStatusPage() {
        for (CatalogEntry e : catalog.all()) {
            if (e.probe() == null) {
                continue;
            }
            URI probe = ProbeSetting.address(e.probe());
            assertThat(probe.getScheme()).as(e.id()).isEqualTo("https");
            assertThat(probe.getHost()).as(e.id()).isNotEqualToIgnoringCase(URI.create(e.url()).getHost());
            assertThat(probe.getHost()).as(e.id()).doesNotContain("status");
        }
    }

    @Test
    void atLeastThirtyServicesHaveOneAmongThemTheMostWatched() {
        assertThat(catalog.all().stream().filter(e -> e.probe() != null).count()).isGreaterThanOrEqualTo(30);
        for (String id : ASKED_FOR) {
            assertThat(catalog.byId(id)).as(id).hasValueSatisfying(e -> assertThat(e.probe()).as(id).isNotNull());
        }
        assertThat(catalog.byId("openai").orElseThrow().probe()).isEqualTo("https://api.openai.com/v1/models");
    }

    @Test
    void everyAiEntryHasAProbeOrIsListedWithTheReasonItHasNone() throws Exception {
        String docs = Files.readString(Path.of("docs/probes.md"));
        String withoutSection = docs.substring(docs.indexOf("## AI entries without a probe"));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        Matcher m = Pattern.compile("`([a-z0-9-]+)`").matcher(withoutSection.substring(0, withoutSection.indexOf("\n## ", 5) < 0
                ? withoutSection.length() : withoutSection.indexOf("\n## ", 5)));
        while (m.find()) {
            listed.add(m.group(1));
        }
        java.util.Set<String> unprobedAi = new java.util.TreeSet<>();
        catalog.all().stream().filter(e -> e.category().equals("AI") && e.probe() == null).forEach(e -> unprobedAi.add(e.id()));

        assertThat(listed.stream().filter(id -> catalog.byId(id).isPresent()).toList()).containsExactlyElementsOf(unprobedAi);
        for (String id : catalog.alternativeGroups().groups().get("ai-models")) {
            assertThat(catalog.byId(id).orElseThrow().probe()).as(id).isNotNull();
        }
    }

    @Test
    void docsProbesListsEveryProbeAsTheCatalogueHasIt() throws Exception {
        Map<String, String> documented = new TreeMap<>();
        Matcher m = TABLE_ROW.matcher(Files.readString(Path.of("docs/probes.md")));
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        Map<String, String> catalogued = new TreeMap<>();
        catalog.all().stream().filter(e -> e.probe() != null).forEach(e -> catalogued.put(e.id(), e.probe()));

        assertThat(documented).isEqualTo(catalogued);
    }
}
