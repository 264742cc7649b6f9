package org.statustray.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.desktop.awt.AwtTray;
import org.statustray.desktop.sni.FakeWatcher;
import org.statustray.desktop.sni.SniTray;
import org.statustray.testing.PrivateSessionBus;

/** Which tray is used where; the AWT side only as far as it runs without a display. */
class TrayChooserTest {
    private final RecordingTrayActions actions = new RecordingTrayActions();

    @Test
    void aBusWithAWatcherGetsAStatusNotifierItem(@TempDir Path dir) throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(dir); FakeWatcher watcher = FakeWatcher.on(bus)) {
            Optional<Tray> tray = TrayChooser.choose(bus.address(), actions);

            assertThat(tray).hasValueSatisfying(t -> assertThat(t.describe()).isEqualTo("StatusNotifierItem"));
            assertThat(watcher.registered).hasSize(1);
            tray.get().close();
        }
    }

    @Test
    void aBusWithoutAWatcherAndNoDisplayGetsNoTray(@TempDir Path dir) throws Exception {
        assertThat(GraphicsEnvironment.isHeadless()).as("tests run with java.awt.headless=true").isTrue();
        try (PrivateSessionBus bus = PrivateSessionBus.start(dir)) {
            assertThat(TrayChooser.choose(bus.address(), actions)).isEmpty();
        }
        assertThat(TrayChooser.NO_TRAY).contains("runs as a window");
    }

    @Test
    void withoutAWatcherTheFactoryAnswersQuickly(@TempDir Path dir) throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(dir)) {
            long start = System.nanoTime();

            Optional<SniTray> tray = SniTray.start(bus.address(), actions);

            assertThat(tray).isEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SniTray.PROBE_TIMEOUT);
        }
    }

    @Test
    void aWatcherThatRefusesTheItemMeansNoItem(@TempDir Path dir) throws Exception {
        try (PrivateSessionBus bus = PrivateSessionBus.start(dir); FakeWatcher watcher = FakeWatcher.refusing(bus)) {
            assertThat(SniTray.start(bus.address(), actions)).isEmpty();
            assertThat(watcher.registered).isEmpty();
        }
    }

    @Test
    void noBusAtAllMeansNoItemQuickly(@TempDir Path dir) {
        long start = System.nanoTime();

        assertThat(SniTray.start("unix:path=" + dir.resolve("nobody-listens-here"), actions)).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SniTray.PROBE_TIMEOUT);
    }

    @Test
    void awtTrayNeedsADisplay() {
        assertThat(GraphicsEnvironment.isHeadless()).as("tests run with java.awt.headless=true").isTrue();
        assertThat(AwtTray.start(actions)).isEmpty();
    }
}
