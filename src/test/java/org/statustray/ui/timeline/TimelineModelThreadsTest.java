package org.statustray.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.ui.timeline.TimelineModelTest.ACME;
import static org.statustray.ui.timeline.TimelineModelTest.NOW;
import static org.statustray.ui.timeline.TimelineModelTest.ago;
import static org.statustray.ui.timeline.TimelineModelTest.hoursAgo;
import static org.statustray.ui.timeline.TimelineModelTest.incident;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.ui.timeline.TimelineModel.Period;

/** The timeline's view model reading the store on a background thread and showing on the FX thread. */
class TimelineModelThreadsTest {
    @TempDir
    Path dir;
    HistoryStore store;

    @BeforeEach
    void open() throws Exception {
        store = HistoryStore.open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void withExecutorsTheStoreIsReadOffTheCallingThreadAndOnlyTheLatestReadIsShown() {
        store.saveSnapshot("acme", new Snapshot("Acme", ACME.url(), "statuspage", NOW, Status.OPERATIONAL,
                "All Systems Operational", List.of(new Component("c1", "Part c1", null, Status.OPERATIONAL)), true,
                List.of(), List.of()));
        store.upsertIncidents("acme", List.of(
                incident("today", Impact.MINOR, hoursAgo(3), hoursAgo(2), "c1"),
                incident("monday", Impact.MAJOR, ago(Duration.ofDays(4)), ago(Duration.ofDays(4)).plusSeconds(3600), "c1")));
        List<Runnable> background = new ArrayList<>();
        List<Runnable> fx = new ArrayList<>();
        TimelineModel m = new TimelineModel(store, ACME, "Acme", Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC);
        m.readOn(background::add, fx::add);

        m.reload(); // as the window opens
        assertThat(background).hasSize(1);
        assertThat(m.bands()).isEmpty();
        background.remove(0).run(); // read on the window thread: nothing shown yet
        assertThat(m.bands()).isEmpty();
        assertThat(fx).hasSize(1);
        fx.remove(0).run();
        assertThat(m.incidents()).extracting(i -> i.incident().id()).containsExactly("today");
        assertThat(m.bands()).isNotEmpty();

        m.setPeriod(Period.WEEK); // read, not yet shown, when a poll asks again
        background.remove(0).run();
        m.reload();
        store.upsertIncidents("acme", List.of(incident("now", Impact.MAJOR, hoursAgo(1), null, "c1")));
        background.remove(0).run();
        fx.remove(1).run(); // the poll's read is shown
        assertThat(m.incidents()).extracting(i -> i.incident().id()).containsExactly("now", "today", "monday");
        fx.remove(0).run(); // the older read arrives late: dropped
        assertThat(m.incidents()).extracting(i -> i.incident().id()).containsExactly("now", "today", "monday");
        assertThat(m.noIncidentsText()).endsWith("StatusTray knows of the last 7 days; of the rest it has no data");
        assertThat(m.ticks()).hasSize(7);

        store.close(); // a failure read off the thread is a message all the same
        m.reload();
        background.remove(0).run();
        fx.remove(0).run();
        assertThat(m.problemProperty().get()).startsWith("The history could not be read: ");
    }
}
