package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.Change;
import org.statustray.model.Component;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * Watched components are names; the ids they resolve to belong to one platform. A page read in another format
 * than the read before (it moved platform) has its watched names resolved again on the new components; one the
 * new page does not name keeps its last status, not listed since, as on any page that stops listing it.
 */
class MovedFormatWatchTest {
    static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");
    static final ServiceConfig OPENAI = new ServiceConfig("openai", "OpenAI", "https://status.openai.com", "statuspage",
            List.of("ChatGPT"), null, false, false, false);

    @Test
    void watchedNamesAreResolvedAgainOnTheNewPlatformsComponents() {
        ChangeDetector detector = new ChangeDetector();
        Snapshot statuspage = page("statuspage", new Component("sp-chatgpt", "ChatGPT", null, Status.OPERATIONAL),
                new Component("sp-api", "API", null, Status.MAJOR_OUTAGE));
        detector.observe(OPENAI, read(statuspage), T0);
        assertThat(detector.shown("openai")).isEqualTo(Status.OPERATIONAL);

        Snapshot incidentio = page("incidentio", new Component("01JCHATGPT", "ChatGPT", null, Status.DEGRADED),
                new Component("01JAPI", "API", null, Status.OPERATIONAL));
        detector.observe(OPENAI, read(incidentio), T0.plusSeconds(60));
        detector.observe(OPENAI, read(incidentio), T0.plusSeconds(120)); // confirms the change

        assertThat(detector.shown("openai")).as("ChatGPT found again by name, not lost with its old id")
                .isEqualTo(Status.DEGRADED);
    }

    @Test
    void aWatchedNameTheNewPlatformDoesNotListKeepsItsLastStatusAndIsNoNews() {
        ChangeDetector detector = new ChangeDetector();
        Snapshot statuspage = page("statuspage", new Component("sp-chatgpt", "ChatGPT", null, Status.PARTIAL_OUTAGE),
                new Component("sp-api", "API", null, Status.OPERATIONAL));
        detector.observe(OPENAI, read(statuspage), T0);
        detector.observe(OPENAI, read(statuspage), T0.plusSeconds(30));
        assertThat(detector.shown("openai")).isEqualTo(Status.PARTIAL_OUTAGE);

        Snapshot cstate = page("cstate", new Component("API", "API", null, Status.OPERATIONAL));
        List<Change> moved = new java.util.ArrayList<>(detector.observe(OPENAI, read(cstate), T0.plusSeconds(60)).changes());
        moved.addAll(detector.observe(OPENAI, read(cstate), T0.plusSeconds(120)).changes());

        assertThat(moved).as("a move of platform alone is not a recovery").isEmpty();
        assertThat(detector.shown("openai")).isEqualTo(Status.PARTIAL_OUTAGE);
    }

    private static PageResult read(Snapshot s) {
        return new PageResult.Read(java.net.URI.create(s.url()), s.format(), s, Validators.NONE);
    }

    private static Snapshot page(String format, Component... components) {
        Status worst = Status.worst(List.of(components).stream().map(Component::status).toList());
        return new Snapshot("OpenAI", "https://status.openai.com/" + format, format, T0, worst, worst.label(),
                List.of(components), true, List.of(), List.of());
    }
}
