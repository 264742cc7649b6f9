package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/** The rule for watched components a page stops listing, and what the detector makes of it. */
class WatchedComponentsTest {
    static final Instant T0 = Pages.T0;
    static final List<String> API = List.of("API");
    final WatchedComponents watched = new WatchedComponents();

    @Test
    void aComponentMissingFromAFullListKeepsItsLastStatusMarkedSinceItWasLastListed() {
        WatchedComponents.View first = watched.view(API, null, page(true, api("a1", Status.DEGRADED)), null, at(0));
        assertThat(first.ids()).containsExactly("a1");

        WatchedComponents.View gone = watched.view(API, first.ids(), page(true, web()), first.snapshot(), at(1));
        WatchedComponents.View still = watched.view(API, gone.ids(), page(true, web()), gone.snapshot(), at(2));

        assertThat(still.snapshot().status()).isEqualTo(Status.DEGRADED);
        assertThat(still.snapshot().description()).isEqualTo("Degraded Performance: API");
        assertThat(still.snapshot().components()).filteredOn(c -> !c.listed()).singleElement()
                .isEqualTo(new Component("a1", "API", null, Status.DEGRADED, at(0)));
        assertThat(still.snapshot()).isEqualTo(gone.snapshot());

        WatchedComponents.View back = watched.view(API, still.ids(), page(true, api("a1", Status.DEGRADED), web()),
                still.snapshot(), at(3));
        assertThat(back.snapshot().components()).allMatch(Component::listed);
        assertThat(back.snapshot().status()).isEqualTo(Status.DEGRADED);
    }

    @Test
    void aComponentListedAgainUnderANewIdButItsNameIsFollowedThere() {
        WatchedComponents.View first = watched.view(API, null, page(true, api("a1", Status.OPERATIONAL), web()), null, at(0));

        WatchedComponents.View regrouped = watched.view(API, first.ids(), page(true, web(), api("a2", Status.OPERATIONAL)),
                first.snapshot(), at(1));

        assertThat(regrouped.ids()).containsExactly("a2");
        assertThat(regrouped.snapshot().components()).extracting(Component::id).containsExactly("w1", "a2");
        WatchedComponents.View worse = watched.view(API, regrouped.ids(), page(true, web(), api("a2", Status.MAJOR_OUTAGE)),
                regrouped.snapshot(), at(2));
        assertThat(worse.snapshot().status()).isEqualTo(Status.MAJOR_OUTAGE);
    }

    @Test
    void aRenamedComponentIsFollowedByItsIdAndNoOtherOfTheOldNameIsTaken() {
        WatchedComponents.View first = watched.view(API, null, page(true, api("a1", Status.OPERATIONAL)), null, at(0));

        Component renamed = new Component("a1", "Public API", null, Status.PARTIAL_OUTAGE);
        WatchedComponents.View next = watched.view(API, first.ids(), page(true, renamed, api("a9", Status.OPERATIONAL)),
                first.snapshot(), at(1));

        assertThat(next.ids()).containsExactly("a1");
        assertThat(next.snapshot().status()).isEqualTo(Status.PARTIAL_OUTAGE);
    }

    @Test
    void onAPageThatNamesOnlyAffectedComponentsAbsenceIsOperationalAndNeverSeenIsNothing() {
        WatchedComponents.View never = watched.view(API, null, page(false), null, at(0));
        assertThat(never.ids()).isNull();
        assertThat(never.snapshot().status()).isEqualTo(Status.OPERATIONAL);
        assertThat(never.snapshot().components()).isEmpty();

        WatchedComponents.View affected = watched.view(API, never.ids(), page(false, api("a1", Status.PARTIAL_OUTAGE)),
                never.snapshot(), at(1));
        assertThat(affected.snapshot().status()).isEqualTo(Status.PARTIAL_OUTAGE);

        WatchedComponents.View over = watched.view(API, affected.ids(), page(false), affected.snapshot(), at(2));
        assertThat(over.ids()).containsExactly("a1");
        assertThat(over.snapshot().status()).as("not named: not affected, by the page's own definition")
                .isEqualTo(Status.OPERATIONAL);
        assertThat(over.snapshot().components()).containsExactly(new Component("a1", "API", null, Status.OPERATIONAL));

        List<String> apiAndWebsite = List.of("API", "Website");
        Component websiteDown = new Component("w1", "Website", null, Status.MAJOR_OUTAGE);
        WatchedComponents.View later = watched.view(apiAndWebsite, over.ids(), page(false, websiteDown), over.snapshot(), at(3));
        assertThat(later.ids()).as("named for the first time: followed from now on").containsExactly("a1", "w1");
        assertThat(later.snapshot().status()).isEqualTo(Status.MAJOR_OUTAGE);
    }

    @Test
    void afterARestartAComponentTheReadDoesNotListIsTakenFromThePageLastShown() {
        Snapshot kept = watched.view(API, null, page(true, api("a1", Status.DEGRADED), web()), null, at(0)).snapshot();

        WatchedComponents restarted = new WatchedComponents();
        WatchedComponents.View first = restarted.view(API, null, page(true, web()), kept, at(5));

        assertThat(first.ids()).containsExactly("a1");
        assertThat(first.snapshot().status()).isEqualTo(Status.DEGRADED);
        assertThat(first.snapshot().components()).filteredOn(c -> !c.listed()).extracting(Component::notListedSince)
                .containsExactly(T0);
    }

    @Test
    void idsForgottenElsewhereAreResolvedAgainAndWhatWasKeptGoes() {
        WatchedComponents.View first = watched.view(API, null, page(true, api("a1", Status.DEGRADED)), null, at(0));
        watched.view(API, first.ids(), page(true, web()), first.snapshot(), at(1));

        WatchedComponents.View again = watched.view(API, Set.of("w1"), page(true, web()), null, at(2));

        assertThat(again.snapshot().components()).allMatch(Component::listed);
    }

    @Test
    void theDetectorReportsNeitherTheDisappearanceNorTheReturn() {
        ServiceConfig service = new ServiceConfig("acme", "Acme", "https://status.acme.test", "statuspage", API, null,
                false, false, false);
        ChangeDetector detector = new ChangeDetector();
        assertThat(detector.onRead(service, page(true, api("a1", Status.DEGRADED), web()), at(0))).hasSize(1);

        for (int i = 1; i <= 3; i++) {
            assertThat(detector.onRead(service, page(true, web()), at(i))).as("poll %d", i).isEmpty();
            assertThat(detector.shown("acme")).isEqualTo(Status.DEGRADED);
        }
        assertThat(detector.onRead(service, page(true, api("a1", Status.DEGRADED), web()), at(4))).isEmpty();
        assertThat(detector.onRead(service, page(true, web(), api("a7", Status.DEGRADED)), at(5))).isEmpty();
        assertThat(detector.lastGood("acme").orElseThrow().components()).extracting(Component::id).containsExactly("w1", "a7");
        assertThat(detector.onRead(service, page(true, web(), api("a7", Status.OPERATIONAL)), at(6))).isEmpty();
        assertThat(detector.onRead(service, page(true, web(), api("a7", Status.OPERATIONAL)), at(7)))
                .as("the regrouped component's recovery is news, once confirmed").hasSize(1);
    }

    static Component api(String id, Status status) {
        return new Component(id, "API", null, status);
    }

    static Component web() {
        return new Component("w1", "Website", null, Status.OPERATIONAL);
    }

    static Snapshot page(boolean complete, Component... components) {
        Status worst = Status.worst(List.of(components).stream().map(Component::status).toList());
        return new Snapshot("Acme", "https://status.acme.test/api/v2/summary.json", "statuspage", T0, worst, worst.label(),
                List.of(components), complete, List.of(), List.of());
    }

    static Instant at(int minutes) {
        return Pages.at(minutes);
    }
}
