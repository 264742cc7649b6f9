package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.Prober;
import org.statustray.model.Snapshot;
import org.statustray.model.Verdict;
import org.statustray.source.StatuspageReader;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/** {@code check --probe}: the page as read beside the service's own address probed from here. */
class CheckProbesTest {
    private static final Instant AT = Instant.parse("2026-12-07T15:00:00Z");
    private final LocalServer answers = LocalServer.start().json("/v1/models", 401, "{\"error\":\"no key\"}");
    private final Prober prober = new Prober(Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        answers.close();
    }

    private static CheckOutcome page(String fixture) throws Exception {
        Snapshot s = new StatuspageReader().read(Fixtures.bytes(fixture), URI.create("https://www.githubstatus.com"), AT);
        return new CheckOutcome("github", "statuspage", s, null, null);
    }

    private static URI refused() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + s.getLocalPort() + "/");
        }
    }

    private List<CheckOutcome> judge(List<CheckOutcome> pages, Map<String, URI> addresses) throws Exception {
        List<String> typed = pages.stream().map(CheckOutcome::url).toList();
        return CheckProbes.judge(typed, pages, prober, t -> Optional.ofNullable(addresses.get(t)));
    }

    @Test
    void aCalmPageWhoseServiceDoesNotAnswerIsThemNotOnThePageYet() throws Exception {
        List<CheckOutcome> judged = judge(List.of(page("statuspage/summary-githubstatus-2019-05-10.json")),
                Map.of("github", refused()));

        assertThat(judged).singleElement().satisfies(o -> {
            assertThat(o.verdict()).as("its status page answered: the network is fine").isEqualTo(Verdict.THEM_NOT_ON_PAGE_YET);
            assertThat(o.probe()).isNotNull();
            assertThat(o.probe().reachable()).isFalse();
        });
    }

    @Test
    void aTroubledPageWhoseServiceAnswersIsThePageOnly() throws Exception {
        List<CheckOutcome> judged = judge(List.of(page("statuspage/summary-githubstatus-2022-11-25-packages-incident.json")),
                Map.of("github", answers.uri("/v1/models")));

        assertThat(judged.get(0).verdict()).isEqualTo(Verdict.PAGE_ONLY);
        assertThat(judged.get(0).probe().http()).isEqualTo(401);
    }

    @Test
    void nothingAnsweringAtAllIsThisMachine() throws Exception {
        CheckOutcome unreadable = CheckOutcome.failed("github", "statuspage", "connection refused");

        List<CheckOutcome> judged = judge(List.of(unreadable), Map.of("github", refused()));

        assertThat(judged.get(0).verdict()).isEqualTo(Verdict.YOU);
    }

    @Test
    void aPageGivenByItsAddressHasNoServiceAddressToProbe() throws Exception {
        List<CheckOutcome> judged = judge(List.of(page("statuspage/summary-githubstatus-2019-05-10.json")), Map.of());

        assertThat(judged.get(0).verdict()).isEqualTo(Verdict.NO_PROBE);
        assertThat(judged.get(0).probe()).isNull();
        assertThat(CheckTable.render(judged)).doesNotContain("from here: fine");
        assertThat(CheckJson.render(judged)).contains("\"verdict\" : \"no_probe\"").contains("\"probe\" : null");
    }

    @Test
    void theTableAndTheJsonSayTheVerdict() throws Exception {
        List<CheckOutcome> judged = judge(List.of(page("statuspage/summary-githubstatus-2019-05-10.json")),
                Map.of("github", answers.uri("/v1/models")));

        assertThat(CheckTable.render(judged)).contains("  from here: fine (HTTP 401 in ");
        assertThat(CheckJson.render(judged)).contains("\"verdict\" : \"fine\"").contains("\"http\" : 401");
        assertThat(CheckJson.render(List.of(page("statuspage/summary-githubstatus-2019-05-10.json"))))
                .as("without --probe the contract's shape is unchanged").doesNotContain("verdict");
    }
}
