package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.fetch.PageResult;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;
import org.statustray.testing.MovableClock;
import org.statustray.watch.DetectorPageSource;

/**
 * A page with 100,000 components beside a healthy one, through the real watching and a real history file:
 * its first read (every component first seen, 100,001 transitions) must not hold up the healthy page's
 * polls, and the store takes it all in soon after.
 */
@Timeout(300)
class LargePageWatchingTest {
    static final int COMPONENTS = 100_000;

    @TempDir
    Path dir;
    final List<Delivered> delivered = new CopyOnWriteArrayList<>();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    LocalServer big;
    LocalServer healthy;
    Watching watching;

    /** A poll result as handed out: which service, when its read ended, when it was delivered. */
    record Delivered(String service, boolean read, long readNanos, long deliveredNanos) {
    }

    @AfterEach
    void stop() {
        if (watching != null) {
            watching.close();
        }
        for (LocalServer s : new LocalServer[] {big, healthy}) {
            if (s != null) {
                s.close();
            }
        }
    }

    @Test
    void theFirstReadOfAHugePageDoesNotHoldUpTheOtherPagesAndTheStoreTakesItInSoon() throws Exception {
        byte[] page = hugePage(COMPONENTS);
        big = LocalServer.start().json("/api/v2/summary.json", 200, page);
        healthy = LocalServer.start().json("/api/v2/summary.json", 200, WatchCommandTest.CALM);
        Path config = Files.writeString(dir.resolve("config.json"), "{\"services\": ["
                + "{\"id\": \"big\", \"url\": \"" + big.root() + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 3600},"
                + "{\"id\": \"gh\", \"url\": \"" + healthy.root() + "\", \"format\": \"statuspage\", \"pollIntervalSeconds\": 1}]}");
        watching = new Watching(new Watching.Setup(config, dir.resolve("data"), new MovableClock(WatchCommandTest.T0),
                DetectorPageSource::new), new PrintStream(err, true, StandardCharsets.UTF_8), n -> { }, t -> { }, null);
        watching.pipeline().onPolled(r -> delivered.add(new Delivered(r.service().id(),
                r.result() instanceof PageResult.Read, r.monotonicNanos(), System.nanoTime())));
        watching.start();

        // Until the huge page's first read is handled, it is not handed out: the wait covers both.
        Await.until(() -> bigRead() != null && nextHealthyAfter(bigRead().readNanos()) != null, Duration.ofSeconds(60),
                () -> "the huge page's first read handled (" + (bigRead() != null) + "), then the healthy page's next poll"
                        + " (" + healthyDeliveries().size() + " delivered so far)");
        Delivered read = bigRead();
        long handOut = nextHealthyAfter(read.readNanos()).deliveredNanos() - read.readNanos();
        int transitions = watching.store().transitions("big", null).size(); // waits for the writes queued before it
        long absorbed = System.nanoTime() - read.readNanos();
        int seen = healthyDeliveries().size();
        Await.until(() -> healthyDeliveries().size() >= seen + 3, Duration.ofSeconds(30), "the healthy page's rhythm");

        System.out.printf("%d components: %d bytes; the healthy page's next poll delivered %d ms after the huge"
                + " page's first read; the store held its %d transitions %d ms after it; widest gap between the"
                + " healthy page's polls: %d ms%n", COMPONENTS, page.length, handOut / 1_000_000, transitions,
                absorbed / 1_000_000, widestHealthyGap() / 1_000_000);
        assertThat(transitions).isEqualTo(COMPONENTS + 1);
        assertThat(Duration.ofNanos(handOut)).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(widestHealthyGap())).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(absorbed)).isLessThan(Duration.ofSeconds(60));
    }

    /**
     * GitHub's summary of 2019-05-10 with its components replaced by {@code n} made from its first one:
     * the same keys that StatusTray reads (id, name, status, position, group_id, group), a fresh id and name
     * each. The keys it does not read are left out: at the fixture's full 347 bytes a component, 100,000 of
     * them would be 35 MB, over the 16 MB a body may have, and the page would be refused, not read.
     */
    static byte[] hugePage(int n) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(WatchCommandTest.CALM);
        ObjectNode shape = (ObjectNode) root.path("components").get(0);
        shape.retain("id", "name", "status", "position", "group_id", "group");
        ArrayNode components = root.putArray("components");
        for (int i = 0; i < n; i++) {
            ObjectNode c = shape.deepCopy();
            c.put("id", String.format("c%011d", i));
            c.put("name", "Component " + i);
            c.put("position", i + 1);
            components.add(c);
        }
        return json.writeValueAsBytes(root);
    }

    private Delivered bigRead() {
        return delivered.stream().filter(d -> d.service().equals("big") && d.read()).findFirst().orElse(null);
    }

    private Delivered nextHealthyAfter(long nanos) {
        return healthyDeliveries().stream().filter(d -> d.readNanos() > nanos).findFirst().orElse(null);
    }

    private List<Delivered> healthyDeliveries() {
        return delivered.stream().filter(d -> d.service().equals("gh")).toList();
    }

    private long widestHealthyGap() {
        List<Delivered> h = healthyDeliveries();
        long widest = 0;
        for (int i = 1; i < h.size(); i++) {
            widest = Math.max(widest, h.get(i).deliveredNanos() - h.get(i - 1).deliveredNanos());
        }
        return widest;
    }
}
