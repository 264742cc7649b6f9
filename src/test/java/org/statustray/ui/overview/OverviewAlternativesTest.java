package org.statustray.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.ServiceView;
import org.statustray.model.Status;
import org.statustray.source.Catalog;
import org.statustray.testing.MovableClock;

/** A row in trouble names its watched stand-ins that are well, by the built-in catalogue's groups. */
class OverviewAlternativesTest {
    static final Instant NOW = Instant.parse("2026-02-03T13:45:00Z");

    final OverviewModel model = new OverviewModel(new MovableClock(NOW), ZoneId.of("Europe/Berlin"));

    static ServiceView view(String id, String name, Status status) {
        return new ServiceView(id, name, "https://status." + id + ".com", status, null, null, NOW.minusSeconds(40),
                NOW.minusSeconds(40), List.of(), List.of(), null, null, null);
    }

    OverviewRow row(String id) {
        return model.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aServiceInTroubleNamesTheStandInsThatAreOperational() {
        model.alternatives(Catalog.builtIn().alternativeGroups());
        model.update(List.of(view("openai", "OpenAI", Status.PARTIAL_OUTAGE), view("anthropic", "Anthropic",
                Status.OPERATIONAL), view("mistral", "Mistral AI", Status.OPERATIONAL),
                view("github", "GitHub", Status.OPERATIONAL)));

        assertThat(row("openai").alternatives()).isEqualTo("Anthropic and Mistral AI are operational.");
        assertThat(row("openai").accessibleText()).contains("Anthropic and Mistral AI are operational.");
        assertThat(row("anthropic").alternatives()).as("a service that is well needs no stand-in").isEmpty();
        assertThat(row("github").alternatives()).isEmpty();
    }

    @Test
    void standInsInTroubleUnknownOrInMaintenanceAreNotNamed() {
        model.alternatives(Catalog.builtIn().alternativeGroups());
        model.update(List.of(view("openai", "OpenAI", Status.DEGRADED), view("anthropic", "Anthropic",
                Status.DEGRADED), view("mistral", "Mistral AI", Status.UNKNOWN), view("xai", "xAI",
                Status.MAINTENANCE), view("github", "GitHub", Status.MAJOR_OUTAGE),
                view("gitlab", "GitLab", Status.OPERATIONAL)));

        assertThat(row("openai").alternatives()).isEmpty();
        assertThat(row("anthropic").alternatives()).isEmpty();
        assertThat(row("mistral").alternatives()).as("unknown is not trouble").isEmpty();
        assertThat(row("github").alternatives()).isEqualTo("GitLab is operational.");
    }

    @Test
    void withoutGroupsNoRowNamesAnyStandIn() {
        model.update(List.of(view("openai", "OpenAI", Status.DEGRADED), view("anthropic", "Anthropic",
                Status.OPERATIONAL)));

        assertThat(model.rows()).extracting(OverviewRow::alternatives).containsOnly("");
    }
}
