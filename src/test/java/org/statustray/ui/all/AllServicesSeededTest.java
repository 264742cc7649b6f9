package org.statustray.ui.all;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;
import org.statustray.store.OverlapSpans;
import org.statustray.store.Transition;
import org.statustray.testing.SeedStore;
import org.statustray.ui.HistoryReads;
import org.statustray.ui.UiActions;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 50 services over 90 days on a seeded store (10,000 incidents, and 44 more services down every few days): the window opens at once, reads off the FX thread, and shows every band. The times are
 * printed (time to first paint of the bands), never asserted: a shared machine's timing is no test.
 */
@ExtendWith(ApplicationExtension.class)
class AllServicesSeededTest extends FxRobot {
    static final Instant NOW = Instant.parse("2026-03-03T12:00:00Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;
    HistoryStore store;

    @AfterEach
    void closeAll() throws Exception {
        FxToolkit.setupFixture(() -> Window.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).close()));
        if (store != null) {
            store.close();
        }
    }

    @Test
    void fiftyServicesOverNinetyDaysAreReadOffTheFxThreadAndAllShown() throws Exception {
        store = HistoryStore.open(dir);
        SeedStore.seed(store, 10_000, NOW);
        List<AllServicesModel.Watched> watched = new ArrayList<>();
        for (ServiceConfig c : SeedStore.configs()) {
            watched.add(new AllServicesModel.Watched(c.id(), c.name() == null ? c.id() : c.name(), List.of()));
        }
        Random random = new Random(19);
        for (int n = watched.size(); n < 50; n++) {
            String id = "svc-" + n;
            store.recordTransitions(changes(id, random));
            store.markBackfilled(id, 0);
            watched.add(new AllServicesModel.Watched(id, "Service " + n, List.of()));
        }
        long t0 = System.nanoTime();
        for (AllServicesModel.Watched w : watched) {
            BandReads.read(HistoryReads.of(store), w, NOW.minus(Duration.ofDays(90)), NOW);
        }
        long t1 = System.nanoTime();
        int spans = OverlapSpans.read(store, watched.stream().map(AllServicesModel.Watched::id).toList(),
                NOW.minus(Duration.ofDays(90)), NOW, NOW).size();
        long t2 = System.nanoTime();
        System.out.printf("all services, 50 services x 90 d: bands read in %d ms, %d overlap spans in %d ms%n",
                (t1 - t0) / 1_000_000, spans, (t2 - t1) / 1_000_000);
        Thread[] readOn = new Thread[1];
        AllServicesModel[] model = new AllServicesModel[1];
        long[] shown = new long[2];
        AllServicesWindow[] window = new AllServicesWindow[1];
        FxToolkit.setupFixture(() -> {
            model[0] = new AllServicesModel(HistoryReads.of(store), (ids, from, to, now) -> {
                readOn[0] = Thread.currentThread();
                return OverlapSpans.read(store, ids, from, to, now);
            }, () -> watched, Clock.fixed(NOW, BERLIN), BERLIN);
            model[0].readOn(r -> new Thread(r, "all-services-read").start(), Platform::runLater);
            model[0].setPeriod(AllPeriod.QUARTER); // its read is dropped: the one show() asks is newer
            window[0] = new AllServicesWindow(model[0], UiActions.NONE);
            shown[0] = System.nanoTime();
            window[0].show();
            shown[1] = System.nanoTime();
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (size(window[0]) < 50 && model[0].problemProperty().get() == null
                && System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        long painted = System.nanoTime();

        assertThat(model[0].problemProperty().get()).isNull();
        assertThat(size(window[0])).isEqualTo(50);
        assertThat(readOn[0].getName()).isEqualTo("all-services-read");
        List<Duration> troubled = model[0].bands().stream().map(ServiceBand::troubled).toList();
        assertThat(troubled).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        System.out.printf("all services, 50 services x 90 d: window shown in %d ms, bands painted %d ms after"
                + " show; %d overlap spans%n", (shown[1] - shown[0]) / 1_000_000, (painted - shown[0]) / 1_000_000,
                model[0].overlaps().size());
    }

    private static int size(AllServicesWindow w) throws Exception {
        int[] n = new int[1];
        FxToolkit.setupFixture(() -> n[0] = w.bars().size());
        return n[0];
    }

    /** Down every 3 to 10 days over 91 days, for 5 minutes to an hour and a half. */
    private static List<Transition> changes(String id, Random random) {
        List<Transition> out = new ArrayList<>();
        Instant t = NOW.minus(Duration.ofDays(91));
        out.add(new Transition(id, null, null, Status.OPERATIONAL, t));
        Status[] bad = {Status.DEGRADED, Status.PARTIAL_OUTAGE, Status.MAJOR_OUTAGE};
        while (true) {
            t = t.plus(Duration.ofMinutes(3 * 1440 + random.nextInt(7 * 1440)));
            Instant back = t.plus(Duration.ofMinutes(5 + random.nextInt(85)));
            if (!back.isBefore(NOW)) {
                return out;
            }
            Status s = bad[random.nextInt(bad.length)];
            out.add(new Transition(id, null, Status.OPERATIONAL, s, t));
            out.add(new Transition(id, null, s, Status.OPERATIONAL, back));
            t = back;
        }
    }
}
