package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.testing.LocalServer;

/** {@code check --timeout}: what it accepts is what its message says, and nothing it accepts breaks the run. */
class CheckTimeoutTest {
    final LocalServer server = LocalServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "600.5", "NaN", "soon"})
    void valuesOutsideTheRangeAreUsageErrorsThatSayTheRange(String value) {
        CliRun run = CliRun.of("check", "https://www.githubstatus.com", "--timeout", value);

        assertThat(run.exit()).isEqualTo(64);
        assertThat(run.err().lines()).singleElement().isEqualTo(
                "statustray: --timeout takes a number of seconds more than 0 and at most 600, not '" + value + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0001", "0.3", "600"})
    void everyValueInTheRangeRunsTheCheck(String value) {
        server.json("/calm/api/v2/summary.json", 200, CheckCommandTest.CALM);

        CliRun run = CliRun.of("check", server.root() + "/calm", "--format", "statuspage", "--timeout", value, "--json");

        assertThat(run.exit()).as(run.err()).isIn(0, 3); // a tenth of a millisecond may well pass before the answer
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("Exception");
        assertThat(run.out()).startsWith("[");
    }
}
