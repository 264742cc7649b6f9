package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.testing.Fixtures;

/** The cState reader on the recorded index.json files, plus the words and forms they do not show. */
class CstateReaderTest {
    static final URI URL = URI.create("https://status.torproject.org/index.json");
    static final Instant NOW = Instant.parse("2025-05-01T15:30:00Z");
    final CstateReader reader = new CstateReader();

    Snapshot read(String fixture) throws UnreadableException {
        return reader.read(Fixtures.bytes("cstate/" + fixture), URL, NOW);
    }

    Snapshot readJson(String json) throws UnreadableException {
        return reader.read(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8), URL, NOW);
    }

    @Test
    void torAllSystemsOkButThePageSaysDisrupted() throws Exception {
        Snapshot s = read("index-torproject-2025-05-01-all-ok-summary-disrupted.json");

        assertThat(s.format()).isEqualTo("cstate");
        assertThat(s.service()).isEqualTo("Tor Project status");
        assertThat(s.status()).as("the page's own word wins over its systems").isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.description()).isEqualTo("Partial Outage");
        assertThat(s.componentsComplete()).isTrue();
        assertThat(s.components()).hasSize(15).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.OPERATIONAL));
        assertThat(s.components()).map(Component::group).containsOnly(
                "Tor Network", "Tor Project websites", "Internal systems", "Deprecated");
        assertThat(s.components().get(0)).isEqualTo(
                new Component("v3 Onion Services", "v3 Onion Services", "Tor Network", Status.OPERATIONAL));
        assertThat(s.matching("Internal systems")).map(Component::name)
                .containsExactly("GitLab", "Email", "Mailing lists", "DNS");
        assertThat(s.incidents()).isEmpty();
        assertThat(s.maintenances()).isEmpty();
    }

    @Test
    void torIssueListedUnderThreeSystemsIsOneIncident() throws Exception {
        Snapshot s = read("index-torproject-2025-05-01-disrupted-issues-edited-in-source.json");

        assertThat(s.status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.components()).filteredOn(c -> c.status() == Status.PARTIAL_OUTAGE).map(Component::id)
                .containsExactly("v3 Onion Services", "Directory Authorities", "metrics.torproject.org");
        assertThat(s.components()).filteredOn(c -> c.status() == Status.OPERATIONAL).hasSize(12);
        assertThat(s.incidents()).as("the same permalink is the same issue").singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo(
                    "https://status.torproject.org/issues/2025-04-10-bridgedb-graphs-on-metrics-website/");
            assertThat(i.url()).isEqualTo(i.id());
            assertThat(i.title()).as("the first listing's title").isEqualTo("Made up problem with v3 Onion Service");
            assertThat(i.status()).isEqualTo("unresolved");
            assertThat(i.isActive()).isTrue();
            assertThat(i.impact()).isEqualTo(Impact.MAJOR);
            assertThat(i.started()).as("Go's '+0000 UTC'").isEqualTo(Instant.parse("2025-04-10T13:00:00Z"));
            assertThat(i.updated()).isEqualTo(Instant.parse("2025-04-10T13:47:08Z"));
            assertThat(i.resolved()).as("resolvedAt is '<no value>'").isNull();
            assertThat(i.componentIds())
                    .containsExactly("v3 Onion Services", "Directory Authorities", "metrics.torproject.org");
        });
        assertThat(s.maintenances()).isEmpty();
    }

    @Test
    void schulloginMinifiedWithAZoneNamePrintedAsAnOffset() throws Exception {
        Snapshot s = read("index-schullogin-2025-09-minified-trimmed.json");

        assertThat(s.service()).isEqualTo("Verfügbarkeit digitaler Dienste für Schulen in Sachsen");
        assertThat(s.status()).isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.components()).hasSize(6);
        assertThat(s.components()).map(Component::group).containsOnly("Schullogin", "Dienste in Schullogin");
        assertThat(s.matching("Schullogin / Anmeldung")).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(Status.PARTIAL_OUTAGE));
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Schullogin: vereinzelte Anmelde-Probleme bei SaxSVS-Accounts");
            assertThat(i.started()).isEqualTo(Instant.parse("2025-09-10T10:00:00Z"));
            assertThat(i.updated()).as("'+0200 +0200'").isEqualTo(Instant.parse("2025-09-12T17:20:02Z"));
            assertThat(i.componentIds()).containsExactly("Anmeldung");
        });
    }

    @Test
    void apiOneHasNoSystemStatusesOnlyThePageWord() throws Exception {
        Snapshot s = read("index-docs-example-cstate4-api1.json");

        assertThat(s.service()).isEqualTo("Eggsample Status");
        assertThat(s.status()).as("summaryStatus written after the systems").isEqualTo(Status.PARTIAL_OUTAGE);
        assertThat(s.components()).map(Component::displayName).containsExactly("North Coast / Gateway",
                "East Coast / Backup Gateway", "Uncategorized / API", "Uncategorized / Media Proxy");
        assertThat(s.components()).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.UNKNOWN));
        assertThat(s.incidents()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ok, OPERATIONAL", "notice, MAINTENANCE", "disrupted, PARTIAL_OUTAGE", "down, MAJOR_OUTAGE",
        "Down, MAJOR_OUTAGE", "degraded, DEGRADED", "'<no value>', UNKNOWN", "whatever, UNKNOWN"})
    void cstateWords(String word, Status status) {
        assertThat(CstateReader.status(word)).isEqualTo(status);
    }

    @Test
    void anUnresolvedNoticeIsMaintenanceUnderWayAndDownIsCritical() throws Exception {
        Snapshot s = readJson("{'is':'index','cStateVersion':'6.0.1','apiVersion':'2.0','title':'T',"
                + "'systems':["
                + "{'name':'A','category':'C','status':'notice','unresolvedIssues':[{'is':'issue','title':'Upgrade',"
                + "'createdAt':'2026-01-02 03:04:05 -0500 EST','permalink':'https://s/issues/up/',"
                + "'severity':'notice','resolved':false,'resolvedAt':'2026-01-02 10:00:00'}]},"
                + "{'name':'B','category':'C','status':'down','unresolvedIssues':[{'title':'Gone',"
                + "'createdAt':'2026-01-02 04:00:00 +0000 UTC','permalink':'https://s/issues/gone/',"
                + "'severity':'down','resolved':false}]}]}");

        assertThat(s.status()).as("no summaryStatus: the worst system").isEqualTo(Status.MAJOR_OUTAGE);
        assertThat(s.maintenances()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("in_progress");
            assertThat(m.starts()).isEqualTo(Instant.parse("2026-01-02T08:04:05Z"));
            assertThat(m.ends()).isEqualTo(Instant.parse("2026-01-02T10:00:00Z"));
            assertThat(m.componentIds()).containsExactly("A");
        });
        assertThat(s.incidents()).singleElement().satisfies(i -> assertThat(i.impact()).isEqualTo(Impact.CRITICAL));
    }

    @Test
    void aResolvedIssueAndHugosZeroDateAreLeftOut() throws Exception {
        Snapshot s = readJson("{'cStateVersion':'6.0','summaryStatus':'ok','systems':[{'name':'A','status':'ok',"
                + "'unresolvedIssues':[{'title':'old','resolved':true},"
                + "{'title':'undated','severity':'disrupted','createdAt':'0001-01-01 00:00:00 +0000 UTC'}]}]}");

        assertThat(s.service()).as("no title: the host").isEqualTo("status.torproject.org");
        assertThat(s.incidents()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("undated");
            assertThat(i.started()).isNull();
        });
    }

    @Test
    void aRawLineBreakInADescriptionIsRead() throws Exception {
        Snapshot s = readJson("{'is':'index','cStateVersion':'6.0','description':'two\nlines\t','summaryStatus':'ok',"
                + "'systems':[{'name':'A','description':'x\ny','status':'ok','unresolvedIssues':[]}]}");

        assertThat(s.components()).singleElement().satisfies(c -> assertThat(c.group()).isNull());
    }

    @Test
    void systemsOfOneNameKeepDistinctIds() throws Exception {
        Snapshot s = readJson("{'cStateVersion':'6.0','systems':[{'name':'API','category':'EU','status':'ok'},"
                + "{'name':'API','category':'US','status':'down'},{'name':'API','status':'ok'}]}");

        assertThat(s.components()).map(Component::id).containsExactly("API", "US / API", "API #2");
        assertThat(s.status()).isEqualTo(Status.MAJOR_OUTAGE);
    }

    @ParameterizedTest
    @CsvSource({
        "'{\"is\":\"issue\",\"title\":\"x\",\"createdAt\":\"2019-10-04 18:05:00 +0000 UTC\"}', no cStateVersion",
        "'{\"is\":\"index\",\"cStateVersion\":\"6.0\"}', 'systems' is not a list",
        "'{\"is\":\"index\",\"cStateVersion\":\"6.0\",\"systems\":{}}', 'systems' is not a list",
        "'{\"cStateVersion\":6,\"systems\":[]}', no cStateVersion",
        "'{\"data\":{\"id\":\"1\",\"type\":\"status_page\"},\"included\":[]}', no cStateVersion",
        "'[]', no cStateVersion"})
    void refusesWhatIsNotTheHomePagesIndexJson(String body, String reason) {
        assertThatThrownBy(() -> reader.read(body.getBytes(StandardCharsets.UTF_8), URL, NOW))
                .isInstanceOf(UnreadableException.class).hasMessageContaining(reason);
    }

    static Stream<String> otherFormatsFixtures() throws IOException {
        Path root = Path.of("src/test/resources/fixtures");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .filter(p -> !p.getParent().endsWith("cstate") && !p.endsWith("README.md"))
                    .map(p -> root.relativize(p).toString()).sorted().collect(Collectors.toList());
            assertThat(names).hasSizeGreaterThan(20);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("otherFormatsFixtures")
    void refusesEveryOtherFormatsPayload(String fixture) {
        assertThatThrownBy(() -> reader.read(Fixtures.bytes(fixture), URL, NOW))
                .isInstanceOf(UnreadableException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank().doesNotContain("\n"));
    }

    @ParameterizedTest
    @CsvSource({
        "https://status.torproject.org, https://status.torproject.org/index.json",
        "https://status.torproject.org/, https://status.torproject.org/index.json",
        "https://example.org/status/, https://example.org/status/index.json",
        "https://status.torproject.org/index.json, https://status.torproject.org/index.json"})
    void endpointIsIndexJsonUnderThePageRoot(String given, String endpoint) {
        assertThat(reader.endpoint(URI.create(given))).isEqualTo(URI.create(endpoint));
    }
}
