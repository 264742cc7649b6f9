package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/**
 * The default components of noisy pages name what the real pages name: checked on recorded pages, and for
 * pages that list a product only while it is affected, on the names those pages use.
 */
class CatalogPresetsTest {
    /**
     * Names on Google Cloud's dashboard that no recorded incident here affects, as inket/stts lists them
     * (stts/Services/Generated/GoogleCloudPlatformServices.swift, its {@code dashboardName}s).
     */
    static final Set<String> GCP_NAMES_FROM_STTS = Set.of("Gemini Code Assist", "Gemini Enterprise");
    /**
     * AWS service codes in us-east-1 that the recorded data.json does not name, as inket/stts lists them
     * (stts/Services/Generated/AWSServices.swift, e.g. {@code "lambda-us-east-1"}).
     */
    static final Set<String> AWS_CODES_FROM_STTS = Set.of("s3-us-east-1", "lambda-us-east-1", "rds-us-east-1",
            "cloudwatch-us-east-1", "sqs-us-east-1", "bedrock-us-east-1");
    static final Pattern AWS_SERVICE = Pattern.compile("\"service\"\\s*:\\s*\"([^\"]+)\"");

    final Catalog catalog = Catalog.builtIn();

    @Test
    void atLeastFiveNoisyPagesHaveDefaults() {
        assertThat(catalog.all().stream().filter(e -> !e.components().isEmpty()).map(e -> e.id()))
                .contains("cloudflare", "twilio", "google-cloud", "aws", "gemini", "zoom");
    }

    @Test
    void cloudflaresDefaultsAreItsServicesNotItsPops() throws Exception {
        Snapshot page = new StatuspageReader().read(Fixtures.bytes("statuspage/summary-cloudflarestatus-2026-07-30-462-components.json"),
                URI.create("https://www.cloudflarestatus.com/api/v2/summary.json"), Instant.parse("2026-07-30T17:21:00Z"));
        List<String> preset = components("cloudflare");

        assertThat(page.unmatched(preset)).isEmpty();
        Set<String> watched = page.resolve(preset);
        assertThat(watched).hasSize(preset.size());
        assertThat(page.components()).filteredOn(c -> watched.contains(c.id()))
                .allSatisfy(c -> assertThat(c.group()).isEqualTo("Cloudflare Sites and Services"));
        assertThat(page.watching(preset).status()).as("PoPs in a partial outage that day are not its news")
                .isEqualTo(Status.OPERATIONAL);
    }

    @Test
    void twiliosDefaultsAreGroupsAndComponentsOfItsRealPage() throws Exception {
        Snapshot page = new StatuspageReader().read(Fixtures.bytes("statuspage/summary-twiliostatus-2026-08-12-191-components-47-maintenances.json"),
                URI.create("https://status.twilio.com/api/v2/summary.json"), Instant.parse("2026-08-12T14:00:00Z"));
        List<String> preset = components("twilio");

        assertThat(page.unmatched(preset)).isEmpty();
        assertThat(page.resolve(List.of("PROGRAMMABLE MESSAGING"))).as("a group's name selects its 13 members").hasSize(13);
        assertThat(page.resolve(List.of("programmable voice us1"))).as("ignoring case").hasSize(18);
        assertThat(page.resolve(preset)).hasSize(13 + 18 + 4 + 6 + 1);
    }

    @Test
    void zoomsDefaultsAreTheMeetingsChatAndWebsiteGroupsNotEachRegionsPhoneAndContactCenter() throws Exception {
        Snapshot page = new StatuspageReader().read(Fixtures.bytes("statuspage/summary-zoomstatus-2026-07-30-283-components.json"),
                URI.create("https://www.zoomstatus.com/api/v2/summary.json"), Instant.parse("2026-07-30T17:21:00Z"));
        List<String> preset = components("zoom");

        assertThat(page.unmatched(preset)).isEmpty();
        Set<String> watched = page.resolve(preset);
        assertThat(watched).hasSize(20 + 8 + 8);
        assertThat(page.components()).filteredOn(c -> watched.contains(c.id())).extracting(Component::group)
                .containsOnly("Zoom Meetings", "Zoom Chat", "Zoom Website");
    }

    @Test
    void googleDefaultsAreProductsItsDashboardNames() throws Exception {
        Set<String> named = new HashSet<>(GCP_NAMES_FROM_STTS);
        for (String fixture : List.of("gcp/incidents-gcp-2022-07-01.json", "gcp/incidents-ai-status-2026-02-27-trimmed.json")) {
            JsonNode incidents = new ObjectMapper().readTree(Fixtures.bytes(fixture));
            incidents.forEach(i -> GcpIncidents.products(i, Status.DEGRADED).forEach(p -> named.add(p.name())));
        }

        assertThat(named).containsAll(components("google-cloud")).containsAll(components("gemini"));
        assertThat(named).as("Gemini's API is one the recorded incidents name").contains("Vertex Gemini API");
    }

    @Test
    void awsDefaultsAreServiceCodesInRegionsAsTheReaderNamesThem() throws Exception {
        Snapshot feed = new AwsRssReader().read(Fixtures.bytes("aws/all-rss-aws-2021-12-20.rss"),
                URI.create("https://status.aws.amazon.com/rss/all.rss"), Instant.parse("2021-12-20T00:00:00Z"));
        assertThat(feed.components()).extracting(Component::displayName).contains("us-gov-west-1 / internetconnectivity");

        Set<String> codes = new HashSet<>(AWS_CODES_FROM_STTS);
        Matcher m = AWS_SERVICE.matcher(new String(Fixtures.bytes("aws/data-json-aws-2022-07.json"), StandardCharsets.UTF_8));
        while (m.find()) {
            codes.add(m.group(1));
        }
        for (String selector : components("aws")) {
            String[] regionAndCode = selector.split(" / ");
            String code = regionAndCode.length == 2 ? regionAndCode[1] + "-" + regionAndCode[0] : selector;
            assertThat(codes).as(selector).contains(code);
        }
    }

    /** Azure's feed names no components, so default components there would hide every event. */
    @Test
    void azureHasNoDefaultsForItsFeedListsNoComponents() throws Exception {
        Snapshot feed = new AzureReader().read(Fixtures.bytes("azure/feed-azure-2026-04-16-empty.rss"),
                URI.create("https://azure.status.microsoft/en-us/status/feed/"), Instant.parse("2026-04-16T12:00:00Z"));
        assertThat(feed.components()).isEmpty();
        assertThat(components("azure")).isEmpty();
    }

    private List<String> components(String id) {
        return catalog.byId(id).orElseThrow().components();
    }
}
