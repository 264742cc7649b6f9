package org.statustray.app;

import org.statustray.watch.WatchPipeline;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigFile;
import org.statustray.store.HistoryStore;
import org.statustray.watch.ChangeDetector;
import org.statustray.watch.HistoryLog;
import org.statustray.watch.NotificationPolicy;
import org.statustray.watch.Poller;
import org.statustray.watch.SentLog;

/** Settings changed while the app runs take effect at once: polling, what the windows list, history, the file. */
@Timeout(30)
class LiveConfigTest {
    @TempDir
    Path dir;
    final Set<String> polled = ConcurrentHashMap.newKeySet();
    final List<ServiceConfig> added = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    Poller poller;
    WatchPipeline pipeline;

    @AfterEach
    void stop() {
        release.countDown();
        if (poller != null) {
            poller.close();
        }
    }

    static ServiceConfig local(String id, List<String> components) {
        return new ServiceConfig(id, "Local " + id, "http://127.0.0.1:9/" + id, "statuspage", components, 1, false,
                false, false);
    }

    static Snapshot page(String name) {
        return new Snapshot(name, "http://127.0.0.1:9/", "statuspage", Instant.parse("2026-11-30T10:00:00Z"),
                Status.OPERATIONAL, "All Systems Operational", List.of(), true, List.of(), List.of());
    }

    @Test
    void aServiceAddedWhileRunningIsPolledListedAndBackfilledAndARemovedOneIsForgotten() throws Exception {
        ChangeDetector detector = new ChangeDetector();
        NotificationPolicy policy = new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC);
        AppConfig before = new AppConfig(60, List.of(local("a", List.of())), false, null);
        WatchPipeline pipeline = new WatchPipeline(detector, policy, HistoryLog.NONE, before.services(), n -> { },
                s -> { });
        poller = new Poller(before.services(), 60, this::read, pipeline::handle);
        try (HistoryStore store = HistoryStore.open(dir.resolve("data"))) {
            store.saveSnapshot("b", page("Stored B"));
            LiveConfig live = new LiveConfig(dir.resolve("config.json"), Catalog.builtIn(), before, poller, pipeline, policy, detector,
                    store::lastSnapshot, added::add);
            List<AppConfig> told = new ArrayList<>();
            live.onChange(told::add);
            poller.start();
            TrayAppEndToEndTest.await(() -> polled.contains("a"));

            AppConfig after = new AppConfig(60, List.of(local("b", List.of())), true, null);
            live.apply(after);

            assertThat(live.current()).isEqualTo(after);
            assertThat(pipeline.serviceViews()).extracting(v -> v.id()).containsExactly("b");
            assertThat(detector.lastGood("b")).as("its last stored page, before the first poll answers")
                    .map(Snapshot::service).hasValue("Stored B");
            assertThat(detector.lastGood("a")).as("a removed service is forgotten").isEmpty();
            assertThat(added).extracting(ServiceConfig::id).containsExactly("b");
            assertThat(told).containsExactly(after);
            release.countDown();
            TrayAppEndToEndTest.await(() -> polled.contains("b"));
        }
    }

    @Test
    void watchUntilRecoveredFulfilledMutesTheServiceInTheFileAndInTheRunningApp() throws Exception {
        Path file = dir.resolve("config.json");
        LiveConfig live = watchingUntilRecovered(file);

        live.watchFinished("a");

        ServiceConfig now = live.current().services().get(0);
        assertThat(now.muted()).isTrue();
        assertThat(now.watchUntilRecovered()).isFalse();
        ServiceConfig saved = ConfigFile.load(file, Catalog.builtIn()).config().services().get(0);
        assertThat(saved.muted()).isTrue();
        assertThat(saved.watchUntilRecovered()).isFalse();
    }

    @Test
    void watchFinishedIsWrittenIntoWhatTheFileHoldsNowAndAHandEditNotYetLoadedWins() throws Exception {
        Path file = dir.resolve("config.json");
        LiveConfig live = watchingUntilRecovered(file);
        ConfigFile.save(file, live.current(), Catalog.builtIn());
        String edited = "{\"pollIntervalSeconds\": 120, \"theme\": \"dark\", \"services\": ["
                + "{\"id\": \"a\", \"name\": \"Renamed by hand\", \"url\": \"http://127.0.0.1:9/a\", \"format\": \"statuspage\","
                + " \"pollIntervalSeconds\": 1, \"watchUntilRecovered\": true}, {\"id\": \"github\"}],"
                + " \"notifications\": {\"maintenance\": true, \"quietHours\": {\"start\": \"22:00\", \"end\": \"07:00\"}}}";
        Files.writeString(file, edited);

        live.watchFinished("a");

        AppConfig saved = ConfigFile.load(file, Catalog.builtIn()).config();
        assertThat(saved.pollIntervalSeconds()).isEqualTo(120);
        assertThat(saved.maintenanceNotifications()).isTrue();
        assertThat(saved.quietHours()).isNotNull();
        assertThat(saved.services()).extracting(ServiceConfig::id).containsExactly("a", "github");
        assertThat(saved.services().get(0).name()).isEqualTo("Renamed by hand");
        assertThat(saved.services().get(0).muted()).isTrue();
        assertThat(saved.services().get(0).watchUntilRecovered()).isFalse();
        assertThat(Files.readString(file)).contains("\"theme\" : \"dark\"");
        assertThat(live.current()).as("the running app follows the file").isEqualTo(saved);
        assertThat(pipeline.serviceViews()).extracting(v -> v.id()).containsExactly("a", "github");
    }

    @Test
    void theAppsOwnSaveIsNotReadBackAsAChangeAHandEditIsAndABrokenFileChangesNothing() throws Exception {
        Path file = dir.resolve("config.json");
        LiveConfig live = watchingUntilRecovered(file);
        ConfigFile.save(file, live.current(), Catalog.builtIn());
        List<AppConfig> told = new ArrayList<>();
        live.onChange(told::add);

        live.watchFinished("a");
        LiveConfig.Reloaded echo = live.reload();

        assertThat(echo.applied()).as("the app's own save").isFalse();
        assertThat(told).hasSize(1);

        Files.writeString(file, Files.readString(file).replace("\"pollIntervalSeconds\" : 60",
                "\"pollIntervalSeconds\" : 120"));
        assertThat(live.reload().applied()).isTrue();
        assertThat(live.current().pollIntervalSeconds()).isEqualTo(120);

        Files.writeString(file, "{\"services\": [");
        LiveConfig.Reloaded broken = live.reload();
        assertThat(broken.applied()).isFalse();
        assertThat(broken.read().refused()).isTrue();
        assertThat(broken.read().messages()).singleElement().asString().startsWith("config.json is not valid settings (");
        assertThat(live.current().pollIntervalSeconds()).as("the settings in force run on").isEqualTo(120);
        assertThat(told).hasSize(2);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("nothing copied aside").containsExactly(file);
        }
    }

    /** Settings in force watching "a" until it recovers, to be saved in {@code file}; {@link #pipeline} is theirs. */
    private LiveConfig watchingUntilRecovered(Path file) {
        ChangeDetector detector = new ChangeDetector();
        NotificationPolicy policy = new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC);
        ServiceConfig watched = new ServiceConfig("a", "Local a", "http://127.0.0.1:9/a", "statuspage", List.of(), 1,
                false, true, false);
        AppConfig before = new AppConfig(60, List.of(watched), false, null);
        pipeline = new WatchPipeline(detector, policy, HistoryLog.NONE, before.services(),
                n -> { }, s -> { });
        poller = new Poller(before.services(), 60, this::read, pipeline::handle);
        return new LiveConfig(file, Catalog.builtIn(), before, poller, pipeline, policy, detector, id -> java.util.Optional.empty(), added::add);
    }

    /** Reads of "b" wait for the test, so that what apply() did can be seen before the first answer. */
    private PageResult read(ServiceConfig service, Validators previous) {
        if (service.id().equals("b")) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        polled.add(service.id());
        return new PageResult.Read(URI.create(service.url()), "statuspage", page(service.name()), Validators.NONE);
    }
}
