package org.statustray.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A service's probe setting, the address it resolves to, and the probe minimum. */
class ProbeSettingTest {
    static final CatalogEntry ACME = new CatalogEntry("acme", "Acme", "AI", "statuspage", "https://status.acme.test",
            List.of(), List.of(), "https://api.acme.test/v1/models");

    static ServiceConfig acme(ProbeSetting probe, boolean addedByUrl) {
        return new ServiceConfig("acme", "Acme", addedByUrl ? "https://elsewhere.test" : "https://status.acme.test",
                "statuspage", List.of(), null, false, false, addedByUrl, probe);
    }

    @Test
    void anAddressOfItsOwnWinsFalseMeansNoneAndAbsentMeansTheCataloguesForTheCataloguesService() {
        assertThat(acme(new ProbeSetting.At("https://app.acme.test/login"), false).probeAddress(ACME))
                .contains(URI.create("https://app.acme.test/login"));
        assertThat(acme(ProbeSetting.OFF, false).probeAddress(ACME)).isEmpty();
        assertThat(acme(ProbeSetting.CATALOGUE, false).probeAddress(ACME)).contains(URI.create("https://api.acme.test/v1/models"));
        assertThat(acme(ProbeSetting.CATALOGUE, true).probeAddress(ACME)).as("pointed at another page").isEmpty();
        assertThat(acme(ProbeSetting.CATALOGUE, false).probeAddress(null)).isEmpty();
        assertThat(new ServiceConfig("acme", null, "https://status.acme.test", "statuspage", List.of(), null, false,
                false, false).probe()).as("no probe key").isEqualTo(ProbeSetting.CATALOGUE);
    }

    @Test
    void onlyHttpAndHttpsAddressesWithAHostAreProbeAddresses() {
        assertThat(ProbeSetting.address(" HTTPS://api.acme.test/v1 ")).isEqualTo(URI.create("HTTPS://api.acme.test/v1"));
        assertThat(ProbeSetting.address("http://127.0.0.1:8001/health").getPort()).isEqualTo(8001);
        assertThatThrownBy(() -> ProbeSetting.address("ftp://acme.test")).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> ProbeSetting.address("api.acme.test/v1")).hasMessageContaining("http:// or https://");
        assertThatThrownBy(() -> ProbeSetting.address("https:///v1")).hasMessageContaining("has no host");
        assertThatThrownBy(() -> ProbeSetting.address("https://a b")).hasMessageContaining("not a web address");
        assertThatThrownBy(() -> new ProbeSetting.At("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void probesAreAtLeastAMinuteApartExceptOnThisMachine() {
        assertThat(ProbeMinimum.secondsFor("api.openai.com")).isEqualTo(60);
        assertThat(ProbeMinimum.secondsFor("localhost")).isEqualTo(PollMinimum.LOOPBACK_SECONDS);
        assertThat(ProbeMinimum.secondsForAll(Arrays.asList("127.0.0.1", "[::1]"))).isEqualTo(1);
        assertThat(ProbeMinimum.secondsForAll(Arrays.asList("127.0.0.1", "api.openai.com"))).isEqualTo(60);
        assertThat(ProbeMinimum.secondsForAll(Arrays.asList((String) null))).as("a host we cannot tell").isEqualTo(60);
        assertThat(ProbeMinimum.secondsForAll(List.of())).as("nothing probed").isEqualTo(1);
    }
}
