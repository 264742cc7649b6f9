package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.model.AppConfig;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.store.ConfigFile;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.watch.DetectorPageSource;

/**
 * config.json edited by hand while the app runs, through the real watching (settings file, poller, local
 * pages): each edit takes effect within seconds, a broken one is told once, and the app's own saves keep
 * what the file holds.
 */
@Timeout(90)
class ConfigHandEditsTest {
    static final byte[] CALM = Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json");
    static final byte[] DEGRADED = Fixtures.bytes("statuspage/summary-githubstatus-2022-11-25-packages-incident.json");
    static final Duration PICKED_UP = Duration.ofSeconds(5);

    @TempDir
    Path dir;
    final AtomicReference<byte[]> pageA = new AtomicReference<>(CALM);
    final List<String> polls = new CopyOnWriteArrayList<>();
    final List<Notice> notices = new CopyOnWriteArrayList<>();
    final List<String> transitions = new CopyOnWriteArrayList<>();
    final List<AppConfig> applied = new CopyOnWriteArrayList<>();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    LocalServer a;
    LocalServer b;
    Watching watching;

    @BeforeEach
    void serve() {
        a = LocalServer.start().route("/api/v2/summary.json", ex -> LocalServer.respond(ex, 200, "application/json", pageA.get()));
        b = LocalServer.start().json("/api/v2/summary.json", 200, CALM);
    }

    @AfterEach
    void stop() {
        if (watching != null) {
            watching.close();
        }
        a.close();
        b.close();
    }

    @Test
    void aServiceAddedByARenamingEditorIsPolledWithinSecondsAndOneRemovedInPlaceIsNoLongerPolled() throws Exception {
        Path config = Files.writeString(dir.resolve("config.json"), config(service("a", a, "")));
        start(config);
        Await.until(() -> polls.contains("a"), Duration.ofSeconds(20), "a polled");

        saveByRenaming(config, config(service("a", a, ""), service("b", b, "")));
        Await.until(() -> polls.contains("b"), PICKED_UP, "b, added by hand, polled");

        Files.writeString(config, config(service("b", b, ""))); // in place: truncated, then written
        Await.until(() -> ids(watching.live().current()).equals(List.of("b")), PICKED_UP, () -> "a removed by hand: "
                + ids(watching.live().current()));
        long aPolls = count("a");
        long bPolls = count("b");
        Await.until(() -> count("b") >= bPolls + 3, Duration.ofSeconds(20), "b polled on");

        assertThat(count("a")).as("a is no longer polled (one poll may have been under way)").isLessThanOrEqualTo(aPolls + 1);
        assertThat(applied).as("each edit applied once").extracting(ConfigHandEditsTest::ids)
                .containsExactly(List.of("a", "b"), List.of("b"));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFileEditedIntoInvalidJsonIsToldOnceAndTheSettingsInForceRunOnUntilItIsFixed() throws Exception {
        String both = config(service("a", a, ""), service("b", b, ""));
        Path config = Files.writeString(dir.resolve("config.json"), both);
        start(config);
        Await.until(() -> polls.contains("a") && polls.contains("b"), Duration.ofSeconds(20), "a and b polled");

        Files.writeString(config, both.substring(0, both.length() / 2));
        Await.until(() -> !brokenNotices().isEmpty(), PICKED_UP, "told the file is broken");
        Files.writeString(config, "{\"services\": [" + service("a", a, "") + ", {\"id\": }]}");
        Await.until(() -> errLines("is not valid settings") == 2, PICKED_UP, () -> "the second broken save seen: " + err);
        long aPolls = count("a");
        long bPolls = count("b");
        Await.until(() -> count("a") > aPolls && count("b") > bPolls, Duration.ofSeconds(20), "a and b still polled");

        assertThat(brokenNotices()).as("told once").singleElement().satisfies(n -> {
            assertThat(n.body()).startsWith("config.json is not valid settings (").contains("line 1, column")
                    .endsWith("; StatusTray runs on the settings it had until the file is fixed");
        });
        assertThat(ids(watching.live().current())).as("the settings in force, not the defaults").containsExactly("a", "b");
        assertThat(backups()).as("nothing copied aside over and over").isEmpty();

        String fixed = config(service("b", b, ""));
        Files.writeString(config, fixed);
        Await.until(() -> ids(watching.live().current()).equals(List.of("b")), PICKED_UP, "the fixed file applied");
        assertThat(brokenNotices()).hasSize(1);
        assertThat(config).hasContent(fixed);
        assertThat(backups()).isEmpty();
    }

    @Test
    void aSymlinkedConfigIsFollowedAndTheAppsOwnSaveKeepsTheLinkAndTheHandEdit() throws Exception {
        Path target = Files.createDirectories(dir.resolve("dotfiles")).resolve("statustray.json");
        Files.writeString(target, config(service("a", a, ", \"watchUntilRecovered\": true")));
        Path config = Files.createSymbolicLink(Files.createDirectories(dir.resolve("conf")).resolve("config.json"),
                Path.of("../dotfiles/statustray.json"));
        start(config);
        Await.until(() -> transitions.contains("a:operational"), Duration.ofSeconds(20), "a first seen");

        Files.writeString(target, config(service("a", a, ", \"watchUntilRecovered\": true"), service("b", b, "")));
        Await.until(() -> polls.contains("b"), PICKED_UP, "b, added to the link's target by hand, polled");
        pageA.set(DEGRADED);
        Await.until(() -> transitions.contains("a:degraded"), Duration.ofSeconds(20), "a degraded");
        pageA.set(CALM);
        Await.until(() -> watching.live().current().services().get(0).muted(), Duration.ofSeconds(20), "a muted once recovered");

        assertThat(config).isSymbolicLink();
        assertThat(Files.readSymbolicLink(config)).isEqualTo(Path.of("../dotfiles/statustray.json"));
        AppConfig saved = ConfigFile.load(target, watching.catalog()).config();
        assertThat(saved.services()).extracting(ServiceConfig::id).containsExactly("a", "b");
        assertThat(saved.services().get(0).muted()).isTrue();
        assertThat(saved.services().get(0).watchUntilRecovered()).isFalse();
        assertThat(files(dir.resolve("conf"))).containsExactly(config);
        assertThat(files(dir.resolve("dotfiles"))).containsExactly(target);
        assertThat(notices).extracting(Notice::summary).containsExactly("a recovered");
    }

    @Test
    void aConfigThatIsNotARegularFileRunsOnTheDefaultsAndNothingIsWrittenBesideIt() throws Exception {
        Path config = Files.createSymbolicLink(dir.resolve("config.json"), Path.of("/dev/null"));
        List<String> offline = new CopyOnWriteArrayList<>();
        watching = new Watching(new Watching.Setup(config, dir.resolve("data"), Clock.systemUTC(), pages -> (s, v) -> {
            offline.add(s.id());
            return new PageResult.Failed(URI.create(s.url()), FailureKind.UNREACHABLE, "offline test", 0, null);
        }), new PrintStream(err, true, StandardCharsets.UTF_8), notices::add, t -> { }, null);
        watching.start();
        Await.until(() -> offline.containsAll(ConfigFile.DEFAULT_SERVICES), Duration.ofSeconds(20), "the defaults polled");

        watching.live().watchFinished("openai"); // a save the app makes on its own

        assertThat(watching.live().current().services().get(0).muted()).as("applies for this run").isTrue();
        assertThat(config).isSymbolicLink();
        assertThat(files(dir)).containsExactlyInAnyOrder(config, dir.resolve("data"));
        assertThat(err.toString(StandardCharsets.UTF_8)).as("said once").containsOnlyOnce("will not be saved")
                .contains(config + " is not a regular file");
        assertThat(notices).isEmpty();
    }

    void start(Path config) {
        watching = new Watching(new Watching.Setup(config, dir.resolve("data"), Clock.systemUTC(), DetectorPageSource::new),
                new PrintStream(err, true, StandardCharsets.UTF_8), notices::add, s -> { },
                (serviceId, componentId, from, to, at) -> {
                    if (componentId == null) {
                        transitions.add(serviceId + ":" + to.name().toLowerCase(Locale.ROOT));
                    }
                });
        watching.live().onChange(applied::add);
        watching.pipeline().onPolled(r -> polls.add(r.service().id()));
        watching.start();
    }

    static String service(String id, LocalServer server, String more) {
        return "{\"id\": \"" + id + "\", \"name\": \"" + id + "\", \"url\": \"" + server.root()
                + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1" + more + "}";
    }

    static String config(String... services) {
        return "{\"pollIntervalSeconds\": 1, \"services\": [" + String.join(", ", services) + "]}\n";
    }

    /** As editors such as vim or sed -i save: a new file moved over the old one. */
    static void saveByRenaming(Path file, String content) throws Exception {
        Path temp = Files.writeString(file.resolveSibling("." + file.getFileName() + ".swp"), content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static List<String> ids(AppConfig config) {
        return config.services().stream().map(ServiceConfig::id).toList();
    }

    long count(String id) {
        return polls.stream().filter(id::equals).count();
    }

    List<Notice> brokenNotices() {
        return notices.stream().filter(n -> n.summary().equals("StatusTray settings could not be read")).toList();
    }

    long errLines(String containing) {
        return err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains(containing)).count();
    }

    List<Path> backups() throws Exception {
        return files(dir).stream().filter(p -> p.getFileName().toString().contains(".bak-")).toList();
    }

    static List<Path> files(Path in) throws Exception {
        try (Stream<Path> list = Files.list(in)) {
            return list.toList();
        }
    }
}
