package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.fetch.FetchAssertions.gzip;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.StatusReader;
import org.statustray.source.StatuspageReader;
import org.statustray.source.UnreadableException;
import org.statustray.testing.Await;
import org.statustray.testing.Fixtures;
import org.statustray.testing.LocalServer;

/**
 * A valid page just under the 16 MB cap reads through the real fetcher and reader with the shared body budget
 * the shipped flags give (a quarter of the heap). The page is generated from real data: GitHub's summary.json
 * of 10 May 2019 with its seven real components repeated (ids and names numbered) to 15 MB.
 */
@Timeout(60)
class LargePageOnShippedHeapTest {
    /** What {@code Runtime.maxMemory()} reports under packaging/jvm-options (-Xmx96m, Serial GC): one survivor space less. */
    static final long SHIPPED_HEAP = 97_320_960L;
    static final String SUMMARY = "/api/v2/summary.json";
    static final ObjectMapper JSON = new ObjectMapper();
    static final byte[] PAGE = repeatedComponents(15L << 20);

    private final LocalServer server = LocalServer.start();
    private final FetchSettings settings = FetchSettings.defaults();
    private final BodyBudget budget = BodyBudget.forHeap(settings.maxBodyBytes(), SHIPPED_HEAP);
    private final PageReader pages = new PageReader(new Fetcher(settings, Clock.systemUTC(), budget), Clock.systemUTC());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFifteenMegabytePageReadsAlsoWhenItsLengthIsNotSaidBeforehand() {
        server.route(SUMMARY, ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, 0); // chunked: the body grows as it comes
            try (OutputStream out = ex.getResponseBody()) {
                out.write(PAGE);
            }
        });

        assertReadsWhole();
    }

    @Test
    void aFifteenMegabytePageReadsWhenGzipped() {
        byte[] packed = gzip(PAGE);
        server.route(SUMMARY, ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            LocalServer.respond(ex, 200, "application/json", packed);
        });

        assertReadsWhole();
    }

    @Test
    void whileOneLargePageIsReadIntoASnapshotASecondWaitsForTheNextPoll() throws Exception {
        server.json(SUMMARY, 200, PAGE);
        server.json("/second" + SUMMARY, 200, repeatedComponents(7L << 20));
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        StatuspageReader real = new StatuspageReader();
        StatusReader slow = new StatusReader() {
            @Override
            public String format() {
                return real.format();
            }

            @Override
            public URI endpoint(URI given) {
                return real.endpoint(given);
            }

            @Override
            public Snapshot read(byte[] body, URI url, Instant fetchedAt) throws UnreadableException {
                reading.countDown();
                Await.until(() -> done.getCount() == 0, Duration.ofSeconds(30), "the second read");
                return real.read(body, url, fetchedAt);
            }
        };
        CompletableFuture<PageResult> first = CompletableFuture.supplyAsync(() -> pages.read(server.uri(""), slow, Validators.NONE));
        assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();

        PageResult second = pages.read(server.uri("/second"), new StatuspageReader(), Validators.NONE);
        done.countDown();

        assertThat(second).isInstanceOf(PageResult.Failed.class);
        assertThat(((PageResult.Failed) second).reason()).startsWith("too many large responses at once");
        assertThat(first.get(30, TimeUnit.SECONDS)).isInstanceOf(PageResult.Read.class);
        assertThat(pages.read(server.uri("/second"), new StatuspageReader(), Validators.NONE)).isInstanceOf(PageResult.Read.class);
        assertThat(budget.free()).isEqualTo(BodyBudget.forHeap(settings.maxBodyBytes(), SHIPPED_HEAP).free());
    }

    private void assertReadsWhole() {
        long before = budget.free();

        PageResult result = pages.read(server.uri(""), new StatuspageReader(), Validators.NONE);

        assertThat(result).as(result.toString()).isInstanceOf(PageResult.Read.class);
        PageResult.Read read = (PageResult.Read) result;
        assertThat(read.snapshot().status()).isEqualTo(Status.OPERATIONAL);
        assertThat(read.snapshot().components()).hasSizeGreaterThan(30_000);
        assertThat(budget.free()).as("every byte given back").isEqualTo(before);
    }

    /** The real page with its components repeated until it is {@code size} bytes or a little more. */
    static byte[] repeatedComponents(long size) {
        try {
            ObjectNode page = (ObjectNode) JSON.readTree(Fixtures.bytes("statuspage/summary-githubstatus-2019-05-10.json"));
            ArrayNode real = (ArrayNode) page.get("components");
            ArrayNode all = page.putArray("components");
            long bytes = JSON.writeValueAsBytes(page).length;
            for (int i = 0; bytes < size; i++) {
                ObjectNode c = real.get(i % real.size()).deepCopy();
                int round = i / real.size();
                c.put("id", c.get("id").asText() + "-" + round).put("name", c.get("name").asText() + " " + round);
                bytes += JSON.writeValueAsBytes(c).length + 1;
                all.add(c);
            }
            byte[] json = JSON.writeValueAsBytes(page);
            assertThat((long) json.length).isBetween(size - 1, FetchSettings.defaults().maxBodyBytes());
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
