package org.statustray.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.store.HistoryStore;
import org.testfx.util.WaitForAsyncUtils;

/** The history's "At the same time": which incidents of other services were open while one was. */
class AtTheSameTimeTest {
    @TempDir
    Path dir;
    HistoryStore store;
    HistoryModel model;

    @BeforeEach
    void load() throws Exception {
        store = HistoryStore.open(dir);
        SameTimeHistory.fill(store);
        model = new HistoryModel(store, SameTimeHistory::name, Clock.fixed(SameTimeHistory.NOW,
                ZoneId.of("Europe/Berlin")), ZoneId.of("Europe/Berlin"));
        model.reload(Runnable::run, Runnable::run);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
    }

    @AfterEach
    void close() {
        store.close();
    }

    HistoryRow row(String id) {
        return model.rows().stream().filter(r -> r.incident().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void otherServicesIncidentsOpenWhileItWasOldestFirst() {
        assertThat(model.atTheSameTime(row("o1"))).extracting(r -> r.incident().id()).containsExactly("a1", "c1");
    }

    @Test
    void anIncidentStillListedOpenOverlapsWhatCameAfterIt() {
        assertThat(model.atTheSameTime(row("c1"))).extracting(r -> r.incident().id()).containsExactly("o1", "g1");
    }

    @Test
    void theSameServicesOtherIncidentsAreNotListed() {
        assertThat(model.atTheSameTime(row("o2"))).extracting(r -> r.incident().id()).containsExactly("a1");
        assertThat(model.atTheSameTime(row("a1"))).extracting(r -> r.incident().id()).containsExactly("o1", "o2");
    }

    @Test
    void anIncidentItsPageNeverClosedCountsOnlyUpToItsLastWord() {
        assertThat(model.atTheSameTime(row("s1"))).isEmpty(); // 08:00–09:00, before any other
        assertThat(model.atTheSameTime(row("o1"))).extracting(r -> r.incident().id()).doesNotContain("s1");
        assertThat(model.atTheSameTime(row("g1"))).extracting(r -> r.incident().id()).containsExactly("c1");
    }
}
