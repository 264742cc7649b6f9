package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/**
 * {@code check} prints only http and https links, the ones the app would open. A Statuspage incident or
 * maintenance without an http(s) {@code shortlink} gets its link from the page's own {@code page.url}, which a
 * page may set to anything: GitHub's real summary of 25 Nov 2022, with a real Claude maintenance added, served
 * with that address replaced and the shortlinks taken out.
 */
class CheckLinksTest {
    static final ObjectMapper JSON = new ObjectMapper();
    final LocalServer server = LocalServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)//", "JAVASCRIPT:alert(document.cookie)", "file:///etc/passwd",
            "data:text/html;base64,PHNjcmlwdD4=", "/status", "https:evil"})
    void linksThatAreNotWebAddressesAreLeftOut(String pageUrl) throws Exception {
        server.json("/gh/api/v2/summary.json", 200, page(pageUrl));

        CliRun table = CliRun.of("check", server.root() + "/gh");
        CliRun json = CliRun.of("check", server.root() + "/gh", "--json");

        assertThat(table.out()).contains("incident: Incident with Packages and Pages", "maintenance: ")
                .doesNotContain(pageUrl).doesNotContainIgnoringCase("javascript");
        JsonNode result = JSON.readTree(json.out()).get(0);
        assertThat(result.get("incidents")).singleElement().satisfies(i -> assertThat(i.get("url").isNull()).isTrue());
        assertThat(result.get("maintenances")).singleElement().satisfies(m -> assertThat(m.get("url").isNull()).isTrue());
        assertThat(json.out()).doesNotContain(pageUrl);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.githubstatus.com", "http://status.example.com/"})
    void webAddressesStayLinks(String pageUrl) throws Exception {
        server.json("/gh/api/v2/summary.json", 200, page(pageUrl));

        JsonNode result = JSON.readTree(CliRun.of("check", server.root() + "/gh", "--json").out()).get(0);

        String base = pageUrl.replaceAll("/$", "");
        assertThat(result.at("/incidents/0/url").asText()).isEqualTo(base + "/incidents/ljwdk6qml8z8");
        assertThat(result.at("/maintenances/0/url").asText()).isEqualTo(base + "/incidents/16z0qdmy3qv2");
        assertThat(CliRun.of("check", server.root() + "/gh").out()).contains("    " + base + "/incidents/ljwdk6qml8z8");
    }

    /** The real page with {@code page.url} replaced, a real maintenance (made upcoming) added, no shortlinks. */
    static byte[] page(String pageUrl) throws Exception {
        ObjectNode page = (ObjectNode) JSON.readTree(Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json"));
        ((ObjectNode) page.get("page")).put("url", pageUrl);
        page.get("incidents").forEach(i -> ((ObjectNode) i).remove("shortlink"));
        JsonNode claude = JSON.readTree(Fixtures.bytes("statuspage/scheduled-maintenances-claude-2026-09-15.json"));
        ObjectNode maintenance = (ObjectNode) claude.get("scheduled_maintenances").get(1).deepCopy();
        maintenance.put("status", "scheduled").put("scheduled_for", "2099-01-01T10:00:00.000Z")
                .put("scheduled_until", "2099-01-01T12:00:00.000Z").remove("shortlink");
        ((ArrayNode) page.withArray("scheduled_maintenances")).removeAll().add(maintenance);
        return JSON.writeValueAsString(page).getBytes(StandardCharsets.UTF_8);
    }
}
