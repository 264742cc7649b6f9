package org.statustray.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.store.HistoryStore;

/**
 * The history window's view model on a small hand-made store, without a screen: counts, every filter and
 * their combination, sorting on real values, durations, loading and store failures. Exports are in
 * {@link HistoryModelExportTest}, the seeded store in {@link HistoryModelSeededTest}.
 */
class HistoryModelTest {
    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final Map<String, String> NAMES = Map.of("github", "GitHub", "openai", "OpenAI");

    @TempDir
    Path dataDir;
    HistoryStore store;

    @BeforeEach
    void fill() throws Exception {
        store = HistoryStore.open(dataDir);
        fillSmallStore(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Five incidents of three services; slack has no display name, so it is shown by its id. */
    static void fillSmallStore(HistoryStore store) {
        store.upsertIncidents("github", List.of(
                incident("gh-1", "Webhooks delayed, \"partially\"", "resolved", Impact.MAJOR, "2026-03-01T03:00:00Z",
                        "2026-03-01T04:30:00Z",
                        update("investigating", "2026-03-01T03:00:00Z", "We are investigating delays to webhooks,\n\"all\" regions."),
                        update("resolved", "2026-03-01T04:30:00Z",
                                "<p>Fixed, see <a href=\"https://status.example/r/1\">the report</a>.</p><p>Thanks \"all\".</p>")),
                incident("gh-2", "Actions queued jobs delayed", "identified", Impact.MINOR, "2026-03-10T11:00:00Z", null,
                        update("investigating", "2026-03-10T11:00:00Z", "Queued jobs are slow."),
                        update("identified", "2026-03-10T11:30:00Z", "We found the cause in the scheduler."))));
        store.upsertIncidents("openai", List.of(
                incident("oa-1", "Elevated error rates on Chat Completions", "resolved", Impact.CRITICAL,
                        "2026-02-20T10:00:00Z", "2026-02-20T10:20:00Z",
                        update("investigating", "2026-02-20T10:00:00Z", "Errors for API users."),
                        update("resolved", "2026-02-20T10:20:00Z", "**Resolved.** All good.")),
                incident("oa-2", "Login issues", "resolved", null, "2026-03-05T08:00:00Z", "2026-03-05T16:00:00Z",
                        update("investigating", "2026-03-05T08:00:00Z", "Users cannot log in with SSO."))));
        store.upsertIncidents("slack", List.of(
                incident("sl-1", "Some users may have trouble with Calls", "resolved", Impact.NONE,
                        "2026-01-15T00:00:00Z", "2026-01-15T00:45:00Z")));
    }

    static Incident incident(String id, String title, String status, Impact impact, String started, String resolved,
            IncidentUpdate... updates) {
        Instant end = resolved == null ? null : Instant.parse(resolved);
        Instant updated = updates.length == 0 ? end : updates[updates.length - 1].at();
        return new Incident(id, title, status, impact, Instant.parse(started), updated, end,
                "https://status.example/incidents/" + id, List.of(updates), List.of());
    }

    static IncidentUpdate update(String status, String at, String body) {
        return new IncidentUpdate(null, status, Instant.parse(at), Instant.parse(at), body);
    }

    static HistoryModel model(HistoryStore store, ZoneId zone) {
        HistoryModel model = new HistoryModel(store, NAMES::get, Clock.fixed(NOW, zone), zone);
        model.reload(Runnable::run, Runnable::run);
        return model;
    }

    static List<String> ids(List<HistoryRow> rows) {
        return rows.stream().map(r -> r.incident().id()).toList();
    }

    @Test
    void showsEveryIncidentNewestFirstWithServiceNamesAndACount() {
        HistoryModel model = model(store, CHICAGO);

        assertThat(ids(model.rows())).containsExactly("gh-2", "oa-2", "gh-1", "oa-1", "sl-1");
        assertThat(model.rows()).extracting(HistoryRow::serviceName)
                .containsExactly("GitHub", "OpenAI", "GitHub", "OpenAI", "slack");
        assertThat(model.totalCount()).isEqualTo(5);
        assertThat(model.countTextProperty().get()).isEqualTo("5 of 5 incidents");
        assertThat(model.placeholderProperty().get()).isEmpty();
        assertThat(model.errorProperty().get()).isNull();
        assertThat(model.serviceChoices()).extracting(HistoryModel.ServiceChoice::name)
                .containsExactly("All services", "GitHub", "OpenAI", "slack");
    }

    @Test
    void durationsAreResolvedMinusStartedAndTheOpenOneIsOngoing() {
        HistoryModel model = model(store, CHICAGO);

        assertThat(model.rows()).extracting(HistoryRow::durationText)
                .containsExactly("ongoing", "8 h", "1 h 30 min", "20 min", "45 min");
        assertThat(model.rows().get(0).ongoing()).isTrue();
        assertThat(model.rows().get(0).duration()).isNull();
        assertThat(model.rows().get(2).duration()).isEqualTo(Duration.ofMinutes(90));
        assertThat(model.rows()).extracting(HistoryRow::statusText)
                .containsExactly("Identified", "Resolved", "Resolved", "Resolved", "Resolved");
    }

    @Test
    void eachFilterNarrowsTheRowsAndTheCountSaysSo() {
        HistoryModel model = model(store, CHICAGO);

        model.serviceFilterProperty().set("github");
        assertThat(ids(model.rows())).containsExactly("gh-2", "gh-1");
        assertThat(model.countTextProperty().get()).isEqualTo("2 of 5 incidents");
        model.serviceFilterProperty().set(null);

        Map<ImpactFilter, List<String>> byImpact = Map.of(ImpactFilter.ALL, List.of("gh-2", "oa-2", "gh-1", "oa-1", "sl-1"),
                ImpactFilter.NONE, List.of("sl-1"), ImpactFilter.MINOR, List.of("gh-2"), ImpactFilter.MAJOR, List.of("gh-1"),
                ImpactFilter.CRITICAL, List.of("oa-1"), ImpactFilter.NOT_GIVEN, List.of("oa-2"));
        byImpact.forEach((impact, expected) -> {
            model.impactFilterProperty().set(impact);
            assertThat(ids(model.rows())).as(impact.label()).containsExactlyElementsOf(expected);
        });
    }

    @Test
    void everySearchWordMustMatchTheTitleServiceStatusOrAnUpdateBodysPlainText() {
        HistoryModel model = model(store, CHICAGO);
        Map<String, List<String>> searches = Map.of(
                "WEBHOOKS", List.of("gh-1"),
                "scheduler", List.of("gh-2"), // only in a body
                "the report", List.of("gh-1"), // a link's words in an HTML body
                "href", List.of(), // markup is not text
                "resolved good", List.of("oa-1"), // the status and a Markdown body
                "openai login", List.of("oa-2"), // the service's name and the title
                "github delayed", List.of("gh-2", "gh-1"),
                "  github   delayed  webhooks ", List.of("gh-1"),
                "slack calls", List.of("sl-1"));
        searches.forEach((text, expected) -> {
            model.searchTextProperty().set(text);
            assertThat(ids(model.rows())).as(text).containsExactlyElementsOf(expected);
        });
        model.searchTextProperty().set("nothing like this");
        assertThat(model.rows()).isEmpty();
        assertThat(model.placeholderProperty().get()).isEqualTo(HistoryModel.NO_MATCH);
        assertThat(model.countTextProperty().get()).isEqualTo("0 of 5 incidents");
    }

    @Test
    void filtersCombineAndClearFiltersShowsEverythingAgain() {
        HistoryModel model = model(store, CHICAGO);

        model.serviceFilterProperty().set("github");
        model.impactFilterProperty().set(ImpactFilter.MINOR);
        assertThat(ids(model.rows())).containsExactly("gh-2");
        model.searchTextProperty().set("webhooks");
        assertThat(model.rows()).isEmpty();
        model.impactFilterProperty().set(ImpactFilter.ALL);
        model.fromDateProperty().set(LocalDate.of(2026, 2, 28));
        assertThat(ids(model.rows())).containsExactly("gh-1");

        model.clearFilters();
        assertThat(model.rows()).hasSize(5);
        assertThat(model.searchTextProperty().get()).isEmpty();
        assertThat(model.fromDateProperty().get()).isNull();
        assertThat(model.countTextProperty().get()).isEqualTo("5 of 5 incidents");
    }

    @Test
    void theDateRangeIsInTheUsersZoneAndTakesEveryIncidentThatOverlapsIt() {
        HistoryModel chicago = model(store, CHICAGO);
        // 2026-03-01T03:00Z is 28 February, 21:00 in Chicago.
        chicago.fromDateProperty().set(LocalDate.of(2026, 2, 28));
        chicago.toDateProperty().set(LocalDate.of(2026, 2, 28));
        assertThat(ids(chicago.rows())).containsExactly("gh-1");
        chicago.fromDateProperty().set(LocalDate.of(2026, 3, 1));
        chicago.toDateProperty().set(LocalDate.of(2026, 3, 1));
        assertThat(chicago.rows()).isEmpty();
        // The ongoing incident reaches today; either end may stay open.
        chicago.toDateProperty().set(null);
        assertThat(ids(chicago.rows())).containsExactly("gh-2", "oa-2");
        chicago.fromDateProperty().set(LocalDate.of(2026, 3, 10));
        assertThat(ids(chicago.rows())).containsExactly("gh-2");
        chicago.fromDateProperty().set(null);
        chicago.toDateProperty().set(LocalDate.of(2026, 2, 20));
        assertThat(ids(chicago.rows())).containsExactly("oa-1", "sl-1");

        HistoryModel utc = model(store, ZoneOffset.UTC);
        utc.fromDateProperty().set(LocalDate.of(2026, 3, 1));
        utc.toDateProperty().set(LocalDate.of(2026, 3, 1));
        assertThat(ids(utc.rows())).containsExactly("gh-1");
    }

    @Test
    void sortingUsesTheRealStartLengthAndSeverityNotTheirText() {
        HistoryModel model = model(store, CHICAGO);

        model.rows().setComparator(HistoryRow.BY_STARTED);
        assertThat(ids(model.rows())).containsExactly("sl-1", "oa-1", "gh-1", "oa-2", "gh-2");
        // As text, "1 h 30 min" < "20 min" < "45 min" < "8 h" < "ongoing".
        model.rows().setComparator(HistoryRow.BY_DURATION);
        assertThat(ids(model.rows())).containsExactly("oa-1", "sl-1", "gh-1", "oa-2", "gh-2");
        model.rows().setComparator(HistoryRow.BY_DURATION.reversed());
        assertThat(ids(model.rows())).containsExactly("gh-2", "oa-2", "gh-1", "sl-1", "oa-1");
        // As text, "" < "critical" < "major" < "minor" < "none".
        model.rows().setComparator(HistoryRow.BY_IMPACT);
        assertThat(ids(model.rows())).containsExactly("oa-2", "sl-1", "gh-2", "gh-1", "oa-1");
        model.searchTextProperty().set("github");
        assertThat(ids(model.rows())).containsExactly("gh-2", "gh-1");
    }

    @Test
    void theSelectionSurvivesAReloadAndIsDroppedWhenFilteredOut() {
        HistoryModel model = model(store, CHICAGO);
        HistoryRow gh1 = model.rows().get(2);
        model.selectedProperty().set(gh1);

        model.refresh();
        assertThat(model.selectedProperty().get()).isNotSameAs(gh1);
        assertThat(model.selectedProperty().get().incident().id()).isEqualTo("gh-1");
        model.searchTextProperty().set("webhooks");
        assertThat(model.selectedProperty().get().incident().id()).isEqualTo("gh-1");
        model.searchTextProperty().set("scheduler");
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void whileLoadingItSaysSoAndOnlyTheLatestReloadIsShown() {
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        HistoryModel model = new HistoryModel(store, NAMES::get, Clock.fixed(NOW, CHICAGO), CHICAGO);

        model.reload(background::add, fx::add);
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.placeholderProperty().get()).isEqualTo("Loading incidents…");
        assertThat(model.countTextProperty().get()).isEqualTo("Loading…");
        model.refresh(); // ignored: a load is under way
        assertThat(background).hasSize(1);
        background.remove(0).run();
        assertThat(model.rows()).isEmpty(); // read, not yet on the FX thread
        fx.remove(0).run();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.rows()).hasSize(5);

        model.reload(background::add, fx::add);
        background.remove(0).run(); // reads five
        model.reload(background::add, fx::add);
        store.upsertIncidents("slack", List.of(incident("sl-2", "Files slow", "resolved", Impact.MINOR,
                "2026-03-09T10:00:00Z", "2026-03-09T11:00:00Z")));
        background.remove(0).run(); // reads six
        fx.remove(1).run();
        assertThat(model.rows()).hasSize(6);
        fx.remove(0).run(); // the older reload's five: dropped
        assertThat(model.rows()).hasSize(6);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void afterAPollItReadsTheStoreAgainOnlyWhenItsIncidentsChanged() {
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        HistoryModel model = new HistoryModel(store, NAMES::get, Clock.fixed(NOW, CHICAGO), CHICAGO);
        model.refreshIfStoreChanged(); // the window was never opened: nothing to follow
        assertThat(background).isEmpty();
        model.reload(background::add, fx::add);
        background.remove(0).run();
        fx.remove(0).run();
        assertThat(model.rows()).hasSize(5);

        fillSmallStore(store); // a poll that reads the same incidents again
        model.refreshIfStoreChanged();
        assertThat(background).isEmpty();

        store.upsertIncidents("slack", List.of(incident("sl-2", "Files slow", "resolved", Impact.MINOR,
                "2026-03-09T10:00:00Z", "2026-03-09T11:00:00Z")));
        model.refreshIfStoreChanged();
        assertThat(background).hasSize(1);
        background.remove(0).run();
        fx.remove(0).run();
        assertThat(model.rows()).hasSize(6);
        model.refreshIfStoreChanged();
        assertThat(background).isEmpty();

        model.refresh();
        background.remove(0).run(); // read before the next change
        store.upsertIncidents("openai", List.of(incident("oa-2", "Login issues", "resolved", null,
                "2026-03-05T08:00:00Z", "2026-03-05T16:00:00Z",
                update("investigating", "2026-03-05T08:00:00Z", "Users cannot log in with SSO."),
                update("resolved", "2026-03-05T16:00:00Z", "SSO works again."))));
        model.refreshIfStoreChanged(); // a read is under way: looked at again once it is shown
        assertThat(background).isEmpty();
        fx.remove(0).run();
        assertThat(background).hasSize(1);
        background.remove(0).run();
        fx.remove(0).run();
        assertThat(model.rows()).filteredOn(r -> r.incident().id().equals("oa-2")).singleElement()
                .satisfies(r -> assertThat(r.incident().updates()).hasSize(2));
        model.searchTextProperty().set("sso works");
        assertThat(ids(model.rows())).containsExactly("oa-2");
    }

    @Test
    void anEmptyStoreSaysIncidentsWillAppear() throws Exception {
        try (HistoryStore empty = HistoryStore.open(dataDir.resolve("empty"))) {
            HistoryModel model = model(empty, CHICAGO);
            assertThat(model.rows()).isEmpty();
            assertThat(model.placeholderProperty().get()).isEqualTo(HistoryModel.EMPTY_STORE);
            assertThat(model.countTextProperty().get()).isEqualTo("0 of 0 incidents");
        }
    }

    @Test
    void noStoreOrAClosedStoreIsAOneLineMessageNotAnException() {
        HistoryModel none = model(null, CHICAGO);
        assertThat(none.errorProperty().get()).isEqualTo(HistoryModel.NO_STORE);
        assertThat(none.placeholderProperty().get()).isEqualTo(HistoryModel.NO_STORE);
        assertThat(none.rows()).isEmpty();
        assertThat(none.countTextProperty().get()).isEmpty();

        HistoryModel model = model(store, CHICAGO);
        assertThat(model.rows()).hasSize(5);
        store.close();
        model.refresh();
        assertThat(model.errorProperty().get()).isEqualTo("Cannot read incidents: the history store is closed")
                .doesNotContain("\n");
        assertThat(model.placeholderProperty().get()).isEqualTo(model.errorProperty().get());
        assertThat(model.rows()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aDisplayNameThatFailsFallsBackToTheServiceId() {
        HistoryModel model = new HistoryModel(store, id -> {
            throw new IllegalStateException("no config");
        }, Clock.fixed(NOW, CHICAGO), CHICAGO);
        model.reload(Runnable::run, Runnable::run);
        assertThat(model.rows()).extracting(HistoryRow::serviceName).contains("github", "openai", "slack");
        assertThat(model.suggestedFileName("csv")).isEqualTo("statustray-incidents-2026-03-10.csv");
    }
}
