package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.AppConfig;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.watch.ProbePlan;

class RealProbingTest {
    private static final Catalog CATALOG = Catalog.builtIn();

    private static ServiceConfig openai(String url, ProbeSetting probe) {
        return new ServiceConfig("openai", null, url, "statuspage", List.of(), null, false, false, false, probe);
    }

    @Test
    void theCataloguesPageIsProbedAtTheCataloguesAddress() {
        assertThat(RealProbing.address(openai("https://status.openai.com/", ProbeSetting.CATALOGUE), CATALOG))
                .contains(URI.create("https://api.openai.com/v1/models"));
    }

    @Test
    void aCatalogueIdMovedToAnotherPageIsNotProbedAtTheCataloguesAddress() {
        // a test or a mirror: probing OpenAI's API for a local page would judge the wrong service
        assertThat(RealProbing.address(openai("http://127.0.0.1:8080", ProbeSetting.CATALOGUE), CATALOG)).isEmpty();
    }

    @Test
    void theServicesOwnAddressWinsAndOffMeansNone() {
        ProbeSetting own = new ProbeSetting.At("https://chatgpt.com/auth/login");
        assertThat(RealProbing.address(openai("https://status.openai.com", own), CATALOG))
                .contains(URI.create("https://chatgpt.com/auth/login"));
        assertThat(RealProbing.address(openai("https://status.openai.com", ProbeSetting.OFF), CATALOG)).isEmpty();
    }

    @Test
    void thePlanFollowsTheSettingsInForce() {
        AppConfig config = new AppConfig(60, List.of(), false, null, 20).withProbes(false, 120);

        ProbePlan plan = RealProbing.plan(config);

        assertThat(plan.on()).isFalse();
        assertThat(plan.interval()).isEqualTo(Duration.ofSeconds(120));
        assertThat(plan.timeout()).isEqualTo(Duration.ofSeconds(20));
    }
}
