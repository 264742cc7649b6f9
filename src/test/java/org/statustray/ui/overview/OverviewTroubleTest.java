package org.statustray.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.Maintenance;
import org.statustray.model.PageTrouble;
import org.statustray.model.ServiceView;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.StatuspageReader;
import org.statustray.testing.Fixtures;
import org.statustray.testing.MovableClock;

/**
 * A big page in trouble, made easy: the affected components (a few, then "and N more"), planned maintenances
 * collapsed to one line past a few, passed ones not planned; and "You seem to be offline" when that is the verdict.
 */
class OverviewTroubleTest {
    static final Instant NOW = Instant.parse("2026-08-10T12:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final OverviewModel model = new OverviewModel(new MovableClock(NOW), BERLIN);

    static ServiceView page(String id, Status status, List<Component> components, List<Maintenance> maintenances) {
        return new ServiceView(id, id.toUpperCase(), "https://status." + id + ".com", status, null, null, NOW, NOW,
                List.of(), maintenances).withComponents(components);
    }

    static List<Component> components(int operational, int degraded, int partial, int major) {
        List<Component> all = new ArrayList<>();
        for (int i = 0; i < operational; i++) {
            all.add(new Component("ok" + i, "Edge " + i, "Europe", Status.OPERATIONAL));
        }
        for (int i = 0; i < degraded; i++) {
            all.add(new Component("d" + i, "Slow " + i, "Europe", Status.DEGRADED));
        }
        for (int i = 0; i < partial; i++) {
            all.add(new Component("p" + i, "Partly " + i, "Asia", Status.PARTIAL_OUTAGE));
        }
        for (int i = 0; i < major; i++) {
            all.add(new Component("m" + i, "Down " + i, null, Status.MAJOR_OUTAGE));
        }
        return all;
    }

    static Maintenance planned(int n, long hoursAhead) {
        Instant starts = NOW.plusSeconds(hoursAhead * 3600);
        return new Maintenance("pm" + n, "Planned " + n, "scheduled", starts, starts.plusSeconds(7200),
                "https://status.big.com/incidents/pm" + n, List.of(), List.of());
    }

    @Test
    void aServiceInTroubleNamesAFewAffectedComponentsWorstFirstAndCountsTheRest() {
        model.update(List.of(page("big", Status.MAJOR_OUTAGE, components(447, 10, 4, 1), List.of())));

        AffectedComponents affected = model.rows().get(0).affected();
        assertThat(affected.named()).extracting(Component::name).containsExactly("Down 0", "Partly 0", "Partly 1");
        assertThat(affected.more()).isEqualTo(12);
        assertThat(affected.text())
                .isEqualTo("Affected: Down 0 (major outage), Partly 0 (partial outage), Partly 1 (partial outage) and 12 more");
        assertThat(model.rows().get(0).accessibleText()).contains(affected.text());
    }

    @Test
    void aFewAffectedAreAllNamedAndNoneAreShownForAServiceNotInTrouble() {
        model.update(List.of(page("small", Status.DEGRADED, components(5, 2, 0, 0), List.of()),
                page("fine", Status.OPERATIONAL, components(5, 0, 0, 0), List.of()),
                page("stale", Status.UNKNOWN, components(1, 0, 0, 2), List.of()).withTrouble(PageTrouble.UNREACHABLE)));

        assertThat(model.rows().get(0).affected().text()).isEqualTo("Affected: Slow 0 (degraded), Slow 1 (degraded)");
        assertThat(model.rows().get(1).affected().isEmpty()).isTrue();
        assertThat(model.rows().get(2).affected().isEmpty()).as("what an unreadable page said is stale").isTrue();
    }

    @Test
    void theRealGithubPackagesIncidentNamesPackages() throws Exception {
        Snapshot read = new StatuspageReader().read(Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json"),
                URI.create("https://www.githubstatus.com/api/v2/summary.json"), NOW);
        model.update(List.of(new ServiceView("github", read.service(), read.url(), read.status(), read.description(),
                null, NOW, NOW, read.incidents(), read.maintenances()).withComponents(read.components())));

        assertThat(model.rows().get(0).affected().text()).isEqualTo("Affected: Packages (partial outage)");
    }

    @Test
    void manyPlannedMaintenancesBecomeOneLineWithTheNextStartAndItsZone() {
        List<Maintenance> many = new ArrayList<>();
        for (int i = 47; i >= 1; i--) {
            many.add(planned(i, 24L * i + 26)); // the soonest: 12 Aug 14:00 UTC
        }
        Maintenance now = new Maintenance("w", "Network work", "in_progress", NOW.minusSeconds(600),
                NOW.plusSeconds(3000), null, List.of(), List.of());
        many.add(now);
        model.update(List.of(page("big", Status.MAINTENANCE, List.of(), many)));

        OverviewRow row = model.rows().get(0);
        assertThat(row.maintenances()).extracting(OverviewRow.MaintenanceLine::title)
                .as("the one under way is still its own line").containsExactly("Network work");
        assertThat(row.plannedSummary()).isEqualTo("47 maintenances planned · next 12 Aug 16:00 CEST");
        assertThat(row.accessibleText()).endsWith("47 maintenances planned · next 12 Aug 16:00 CEST");
    }

    @Test
    void aFewPlannedAreListedOneByOne() {
        model.update(List.of(page("few", Status.OPERATIONAL, List.of(), List.of(planned(2, 50), planned(1, 26),
                planned(3, 80)))));

        OverviewRow row = model.rows().get(0);
        assertThat(row.maintenances()).extracting(OverviewRow.MaintenanceLine::title)
                .containsExactly("Planned 1", "Planned 2", "Planned 3");
        assertThat(row.plannedSummary()).isEmpty();
    }

    @Test
    void maintenancesWhoseWindowHasPassedAreNotShownAsPlanned() {
        Maintenance over = new Maintenance("o", "Last week's upgrade", "scheduled", NOW.minusSeconds(7 * 86400),
                NOW.minusSeconds(7 * 86400 - 7200), null, List.of(), List.of());
        Maintenance noEnd = new Maintenance("n", "Open-ended work", "scheduled", NOW.minusSeconds(3600), null, null,
                List.of(), List.of());
        Maintenance noEndAhead = new Maintenance("a", "Work ahead", "scheduled", NOW.plusSeconds(3600), null, null,
                List.of(), List.of());
        Maintenance noEndUnderWay = new Maintenance("u", "Work under way", "in_progress", NOW.minusSeconds(3600), null,
                null, List.of(), List.of());
        model.update(List.of(page("p", Status.OPERATIONAL, List.of(), List.of(over, noEnd, noEndAhead, noEndUnderWay))));

        OverviewRow row = model.rows().get(0);
        assertThat(row.maintenances()).extracting(OverviewRow.MaintenanceLine::title)
                .containsExactly("Work under way", "Work ahead");
        assertThat(row.maintenances().get(1).meta()).isEqualTo("Scheduled · from today 15:00 CEST · starts in 1 h");
    }

    @Test
    void offlineTheOverviewSaysSoInsteadOfCountingPagesItCannotRead() {
        List<ServiceView> unreachable = new ArrayList<>();
        for (String id : List.of("github", "openai", "anthropic", "slack", "aws", "gcp")) {
            unreachable.add(new ServiceView(id, id, "https://status." + id + ".com", Status.UNKNOWN, null,
                    "no answer", NOW, NOW.minusSeconds(600), List.of(), List.of()).withTrouble(PageTrouble.UNREACHABLE));
        }
        model.update(unreachable);
        assertThat(model.summary().headline()).isEqualTo("6 services cannot be reached");

        model.update(unreachable, true);

        assertThat(model.summary().headline()).isEqualTo("You seem to be offline");
        assertThat(model.summary().details()).doesNotContain("6 services").contains("keeps trying");
        assertThat(model.summary().status()).isEqualTo(Status.UNKNOWN);

        model.update(unreachable, false);
        assertThat(model.summary().headline()).as("back online").isEqualTo("6 services cannot be reached");
    }
}
