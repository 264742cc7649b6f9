package org.statustray.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.statustray.source.Formats;
import org.statustray.source.HistoryReader;
import org.statustray.source.StatusReader;

/**
 * One parse per invocation of the case named by {@code id} (see {@link ParsersCases}), alternating by
 * iteration with the floor on the same bytes: even iterations (counting warm-up ones) parse with the floor,
 * odd ones with the case. Floor and case thus share the fork and its compiled code and are measured a
 * fraction of a second apart, so a neighbour's load on a shared machine hits both alike. The fixture
 * directory comes as a parameter too, as this runs in a forked JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReaderBenchmarks {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Instant FETCHED_AT = Instant.parse("2022-07-02T00:00:00Z");

    /** A case id of {@link ParsersCases}. */
    @Param("read:gcp:gcp/incidents-gcp-2022-07-01.json")
    public String id;

    @Param("src/test/resources/fixtures")
    public String fixtures;

    private Parse floor;
    private Parse subject;
    private Parse parse;
    private int iteration;

    /** One parse of the prepared bytes; what it returns goes to JMH's blackhole. */
    interface Parse {
        Object run() throws Exception;
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        ParsersCases.Case c = ParsersCases.get(id);
        byte[] body = Files.readAllBytes(Path.of(fixtures).resolve(c.fixture()));
        URI url = URI.create(c.url());
        floor = c.xml() ? () -> staxPass(body) : () -> MAPPER.readTree(body);
        if (!c.isReader()) {
            subject = xmlLayer(body);
        } else {
            StatusReader reader = Formats.named(c.format()).orElseThrow();
            subject = c.kind().equals(ParsersCases.HISTORY)
                    ? () -> ((HistoryReader) reader).readHistory(body, url)
                    : () -> reader.read(body, url, FETCHED_AT);
        }
        floor.run(); // a case that cannot parse its fixture fails here, not as a fast error path
        subject.run();
    }

    @Setup(Level.Iteration)
    public void nextIteration() {
        parse = iteration++ % 2 == 0 ? floor : subject;
    }

    @Benchmark
    public Object parse() throws Exception {
        return parse.run();
    }

    /** The StAX factory the feed readers use, hardened by {@code SafeXml} itself; a fresh one per pass, as there. */
    private static final MethodHandle SAFE_FACTORY = safeXml("factory");

    /** {@code SafeXml.parse}. */
    private static Parse xmlLayer(byte[] body) throws ReflectiveOperationException {
        MethodHandle handle = safeXml("parse", byte[].class);
        return () -> {
            try {
                return handle.invoke(body);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }

    /** Every event of the document, read with the feed readers' own hardened factory. */
    static int staxPass(byte[] body) throws XMLStreamException {
        XMLStreamReader r = factory().createXMLStreamReader(new ByteArrayInputStream(body));
        int events = 0;
        while (r.hasNext()) {
            events += r.next();
        }
        r.close();
        return events;
    }

    /** A method of {@code SafeXml}, which is package-private in source.feed: reached by reflection once. */
    private static MethodHandle safeXml(String name, Class<?>... parameters) {
        try {
            Method m = Class.forName("org.statustray.source.feed.SafeXml").getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XMLInputFactory factory() {
        try {
            return (XMLInputFactory) SAFE_FACTORY.invoke();
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
