package org.statustray.ui.overview;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.Status;
import org.statustray.testing.MovableClock;
import org.statustray.model.ServiceView;
import org.statustray.ui.When;
import static org.assertj.core.api.Assertions.assertThat;

/** The overview's view model without a screen: rows, relative times, unknown, incidents, summary, selection. */
class OverviewModelTest {
    /** 14:45 in Berlin (CET, UTC+1). */
    static final Instant NOW = Instant.parse("2026-02-03T13:45:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final MovableClock clock = new MovableClock(NOW);
    final OverviewModel model = new OverviewModel(clock, BERLIN);

    static ServiceView service(String id, String name, Status status, String description) {
        return new ServiceView(id, name, "https://www." + id + "status.com", status, description, null,
                NOW.minusSeconds(40), NOW.minusSeconds(40), List.of(), List.of());
    }

    static ServiceView unreadable(String id, String reason, Instant lastGoodAt) {
        return new ServiceView(id, id.toUpperCase(), "https://" + id + ".example", Status.UNKNOWN, "All Systems Operational",
                reason, NOW.minusSeconds(10), lastGoodAt, List.of(), List.of());
    }

    static Incident incident(String title, String phase, Impact impact, Instant started, String url) {
        return new Incident("i-" + title.hashCode(), title, phase, impact, started, started, null, url,
                List.of(new IncidentUpdate("u1", phase, started, started, "We are looking into it.")), List.of());
    }

    static Maintenance maintenance(String title, String status, Instant starts, Instant ends) {
        return new Maintenance("m-" + title.hashCode(), title, status, starts, ends,
                "https://status.example/maintenance", List.of(), List.of());
    }

    static List<ServiceView> six(Status... firstStatuses) {
        String[] ids = {"github", "openai", "anthropic", "slack", "aws", "gcp"};
        List<ServiceView> views = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Status s = i < firstStatuses.length ? firstStatuses[i] : Status.OPERATIONAL;
            views.add(s == Status.UNKNOWN ? unreadable(ids[i], "no answer within 30 s", NOW.minusSeconds(3 * 3600))
                    : service(ids[i], ids[i], s, s.label()));
        }
        return views;
    }

    @Test
    void oneRowPerServiceInConfigOrderWithNameStatusWordAndDescription() {
        model.update(List.of(service("github", "GitHub", Status.DEGRADED, "Minor Service Outage"),
                service("openai", "OpenAI", Status.OPERATIONAL, "All Systems Operational"),
                service("slack", "Slack", Status.MAJOR_OUTAGE, null)));

        assertThat(model.rows()).extracting(OverviewRow::id).containsExactly("github", "openai", "slack");
        OverviewRow github = model.rows().get(0);
        assertThat(github.name()).isEqualTo("GitHub");
        assertThat(github.statusWord()).isEqualTo("degraded");
        assertThat(github.description()).isEqualTo("Minor Service Outage");
        assertThat(github.url()).isEqualTo("https://www.githubstatus.com");
        assertThat(model.rows().get(2).statusWord()).isEqualTo("major outage");
        assertThat(model.rows().get(2).description()).isEmpty();
        assertThat(github.accessibleText()).isEqualTo("GitHub, degraded, Minor Service Outage, checked 40 s ago");
    }

    @Test
    void aWatchedComponentThePageNoLongerListsIsToldWithItsLastStatusAndSinceWhen() {
        ServiceView github = new ServiceView("github", "GitHub", "https://www.githubstatus.com", Status.PARTIAL_OUTAGE,
                "Partial Outage: Packages", null, NOW.minusSeconds(40), NOW.minusSeconds(40), List.of(), List.of(), null,
                null, null, List.of(new Component("p", "Packages", null, Status.PARTIAL_OUTAGE, NOW.minusSeconds(43 * 60))));

        model.update(List.of(github));

        assertThat(model.rows().get(0).description())
                .isEqualTo("Partial Outage: Packages · Packages: partial outage (not listed since 3 Feb 14:02)");
    }

    @Test
    void checkedAgoMovesOnOnlyWhenTicked() {
        ServiceView fresh = new ServiceView("new", "New", "https://new.example", Status.UNKNOWN, null, null, null, null,
                List.of(), List.of());
        model.update(List.of(service("github", "GitHub", Status.OPERATIONAL, "ok"), fresh));
        assertThat(model.rows().get(0).checked()).isEqualTo("checked 40 s ago");
        assertThat(model.rows().get(1).checked()).isEqualTo("not checked yet");
        assertThat(model.rows().get(1).statusWord()).isEqualTo("checking…");
        assertThat(model.rows().get(1).unknownReason()).as("not checked is not unreadable").isEmpty();

        clock.advance(Duration.ofSeconds(90));
        assertThat(model.rows().get(0).checked()).isEqualTo("checked 40 s ago");
        model.tick();
        assertThat(model.rows().get(0).checked()).isEqualTo("checked 2 min ago");
        assertThat(model.rows().get(1).checked()).isEqualTo("not checked yet");
    }

    @Test
    void aFailedReadBeforeUnknownKeepsTheLastGoodStatusAndSaysTheCheckFailed() {
        model.update(List.of(new ServiceView("aws", "AWS", "https://health.aws.amazon.com", Status.OPERATIONAL,
                "All Systems Operational", "connection refused", NOW.minusSeconds(5), NOW.minus(Duration.ofMinutes(3)),
                List.of(), List.of())));

        OverviewRow aws = model.rows().get(0);
        assertThat(aws.statusWord()).isEqualTo("operational");
        assertThat(aws.isUnreadable()).isFalse();
        assertThat(aws.checked()).isEqualTo("last check failed 5 s ago");
        assertThat(aws.lastGood()).isEqualTo(
                "Could not read the page (connection refused); showing what it said 3 min ago, trying again");
        assertThat(aws.unknownReason()).isEmpty();
        assertThat(model.summary().text()).isEqualTo("1 service operational");
    }

    @Test
    void unknownShowsWhyAndHowOldTheLastGoodDataIsNeverAnOutage() {
        model.update(List.of(unreadable("aws", "no answer within 30 s", NOW.minus(Duration.ofHours(3))),
                unreadable("azure", null, null)));

        OverviewRow aws = model.rows().get(0);
        assertThat(aws.statusWord()).isEqualTo("unknown");
        assertThat(aws.isUnreadable()).isTrue();
        assertThat(aws.unknownReason()).isEqualTo("Cannot read the status page: no answer within 30 s");
        assertThat(aws.lastGood()).isEqualTo("last good data 3 h ago");
        assertThat(aws.description()).as("the page's old words are not today's news").isEmpty();
        assertThat(aws.checked()).isEqualTo("checked 10 s ago");
        OverviewRow azure = model.rows().get(1);
        assertThat(azure.unknownReason()).isEqualTo("Cannot read the status page");
        assertThat(azure.lastGood()).isEqualTo("no data read yet");

        assertThat(model.summary().text()).isEqualTo("2 services cannot be read").doesNotContain("attention");
        assertThat(model.summary().status()).isEqualTo(Status.UNKNOWN);

        clock.advance(Duration.ofHours(2));
        model.tick();
        assertThat(model.rows().get(0).lastGood()).isEqualTo("last good data 5 h ago");
    }

    @Test
    void incidentsAndMaintenancesAreTimedInTheUsersZone() {
        Instant started = Instant.parse("2026-02-03T13:05:00Z");
        ServiceView github = new ServiceView("github", "GitHub", "https://www.githubstatus.com", Status.PARTIAL_OUTAGE,
                "Partial System Outage", null, NOW, NOW,
                List.of(incident("Actions degraded", "identified", Impact.MAJOR, started, "https://www.githubstatus.com/incidents/x"),
                        incident("Old bug", "investigating", null, Instant.parse("2026-02-01T08:00:00Z"), "javascript:alert(1)")),
                List.of(maintenance("Database upgrade", "scheduled", Instant.parse("2026-02-04T01:00:00Z"),
                                Instant.parse("2026-02-04T03:00:00Z")),
                        maintenance("Network work", "in_progress", Instant.parse("2026-02-03T13:00:00Z"),
                                Instant.parse("2026-02-03T15:00:00Z"))));
        model.update(List.of(github));

        OverviewRow row = model.rows().get(0);
        OverviewRow.IncidentLine actions = row.incidents().get(0);
        assertThat(actions.title()).isEqualTo("Actions degraded");
        assertThat(actions.phase()).isEqualTo("Identified");
        assertThat(actions.impact()).isEqualTo("major impact");
        assertThat(actions.since()).isEqualTo("since 14:05 CET · 40 min");
        assertThat(actions.meta()).isEqualTo("Identified · major impact · since 14:05 CET · 40 min");
        assertThat(actions.url()).isEqualTo("https://www.githubstatus.com/incidents/x");
        OverviewRow.IncidentLine old = row.incidents().get(1);
        assertThat(old.since()).isEqualTo("since 1 Feb 09:00 CET · 2 d 5 h");
        assertThat(old.meta()).isEqualTo("Investigating · since 1 Feb 09:00 CET · 2 d 5 h");
        assertThat(old.url()).as("only http/https links").isNull();

        assertThat(row.maintenances()).extracting(OverviewRow.MaintenanceLine::title)
                .as("the one under way first").containsExactly("Network work", "Database upgrade");
        OverviewRow.MaintenanceLine now = row.maintenances().get(0);
        assertThat(now.meta()).isEqualTo("In progress · today 14:00–16:00 CET · ends in 1 h 15 min");
        OverviewRow.MaintenanceLine next = row.maintenances().get(1);
        assertThat(next.meta()).isEqualTo("Scheduled · tomorrow 02:00–04:00 CET · starts in 11 h 15 min");

        OverviewModel utc = new OverviewModel(clock, ZoneOffset.UTC);
        utc.update(List.of(github));
        assertThat(utc.rows().get(0).incidents().get(0).since()).as("the zone is honoured")
                .isEqualTo("since 13:05 Z · 40 min");
        assertThat(utc.rows().get(0).maintenances().get(1).window()).isEqualTo("tomorrow 01:00–03:00 Z");
    }

    @Test
    void aMaintenanceAcrossMidnightAndSummerTimeShowsBothEnds() {
        OverviewTexts texts = new OverviewTexts(new When(BERLIN));
        assertThat(texts.window(Instant.parse("2026-02-03T21:00:00Z"), Instant.parse("2026-02-04T01:00:00Z"), NOW))
                .isEqualTo("today 22:00 – tomorrow 02:00 CET");
        assertThat(texts.window(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-29T02:00:00Z"), NOW))
                .isEqualTo("29 Mar 01:00 CET–04:00 CEST");
        assertThat(texts.window(Instant.parse("2026-02-03T21:00:00Z"), null, NOW)).isEqualTo("from today 22:00 CET");
        assertThat(texts.window(null, null, NOW)).isEmpty();
    }

    @Test
    void summarySaysWhatNeedsAttentionAndKeepsUnknownApart() {
        model.update(six());
        assertThat(model.summary().text()).isEqualTo("All 6 services operational");
        assertThat(model.summary().status()).isEqualTo(Status.OPERATIONAL);

        model.update(six(Status.DEGRADED, Status.MAJOR_OUTAGE));
        assertThat(model.summary().text()).isEqualTo("2 of 6 services need attention");
        assertThat(model.summary().status()).isEqualTo(Status.MAJOR_OUTAGE);

        model.update(six(Status.DEGRADED, Status.UNKNOWN, Status.MAINTENANCE));
        assertThat(model.summary().text())
                .isEqualTo("1 of 6 services needs attention · 1 cannot be read · 1 under maintenance");
        assertThat(model.summary().headline()).isEqualTo("1 of 6 services needs attention");
        assertThat(model.summary().details()).isEqualTo("1 cannot be read · 1 under maintenance");
        assertThat(model.summary().status()).isEqualTo(Status.DEGRADED);

        model.update(six(Status.OPERATIONAL, Status.UNKNOWN));
        assertThat(model.summary().text()).isEqualTo("1 service cannot be read");

        model.update(six(Status.MAINTENANCE));
        assertThat(model.summary().text()).isEqualTo("5 of 6 services operational · 1 under maintenance");
        assertThat(model.summary().status()).isEqualTo(Status.MAINTENANCE);

        model.update(List.of(service("github", "GitHub", Status.PARTIAL_OUTAGE, null)));
        assertThat(model.summary().text()).isEqualTo("1 service needs attention");

        ServiceView waiting = new ServiceView("x", "X", null, Status.UNKNOWN, null, null, null, null, null, null);
        model.update(List.of(waiting, service("github", "GitHub", Status.OPERATIONAL, null)));
        assertThat(model.summary().text()).isEqualTo("1 of 2 services operational · 1 not checked yet");
        model.update(List.of(waiting));
        assertThat(model.summary().text()).isEqualTo("Checking 1 service…");
    }

    @Test
    void noServicesIsToldOnlyAfterAnUpdateSaysSo() {
        assertThat(model.summary().text()).isEqualTo("Waiting for the first check…");
        assertThat(model.noServicesProperty().get()).isFalse();
        model.update(null);
        assertThat(model.rows()).isEmpty();
        assertThat(model.noServicesProperty().get()).isTrue();
        assertThat(model.summary().text()).isEqualTo("No services watched");
        assertThat(model.summary().status()).isNull();
        assertThat(model.selectedId()).isNull();
    }

    @Test
    void badFieldsStillMakeARow() {
        List<ServiceView> views = new ArrayList<>();
        views.add(null);
        views.add(new ServiceView("odd", null, "file:///etc/passwd", null, "  ", null, NOW, null, null, null));
        model.update(views);
        OverviewRow odd = model.rows().get(0);
        assertThat(odd.name()).isEqualTo("odd");
        assertThat(odd.status()).isEqualTo(Status.UNKNOWN);
        assertThat(odd.url()).isNull();
        assertThat(odd.unknownReason()).isEqualTo("Cannot read the status page");
    }

    @Test
    void selectionStaysOnTheSameServiceAcrossUpdates() {
        model.update(six());
        assertThat(model.selectedId()).as("the first row to start").isEqualTo("github");

        model.select("slack");
        model.select("not-a-service");
        assertThat(model.selectedId()).isEqualTo("slack");
        assertThat(model.selectedIndex()).isEqualTo(3);

        List<ServiceView> reordered = new ArrayList<>(six(Status.MAJOR_OUTAGE));
        reordered.add(0, reordered.remove(3));
        model.update(reordered);
        assertThat(model.selectedId()).isEqualTo("slack");
        assertThat(model.selectedIndex()).isZero();
        clock.advance(Duration.ofMinutes(1));
        model.tick();
        assertThat(model.selectedId()).isEqualTo("slack");

        model.select("aws");
        List<ServiceView> withoutAws = new ArrayList<>(six());
        withoutAws.remove(4);
        model.update(withoutAws);
        assertThat(model.selectedId()).as("its neighbour takes the place of a removed service").isEqualTo("gcp");
    }
}
