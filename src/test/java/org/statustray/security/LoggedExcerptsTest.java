package org.statustray.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.statustray.app.CliRun;
import org.statustray.app.WatchCommand;
import org.statustray.testing.LocalServer;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hostile pages (terminal escapes, C1 controls, line breaks, 3000 characters, then a marker) read through the
 * real fetcher, readers, poller, history and command line, with every log record of every level captured:
 * no record quotes more than a short excerpt of a page, none holds a control character, and what
 * {@code watch} and {@code check} print holds no raw control character either.
 */
@Timeout(90)
class LoggedExcerptsTest {
    static final String MARKER = "MARKER-BEYOND-THE-EXCERPT";
    static final int MAX_RECORD = 500;
    /** An excerpt of a page is at most this many characters (reasons are cut at 300, reader messages at 200). */
    static final int MAX_EXCERPT = 300;
    /** The control characters of the hostile pages. */
    static final String HOSTILE = "[\\u001b\\u0007\\u009b\\u0085\\u202e\\u2028]";
    /**
     * The JDK's own traces (the HTTP client's {@code jdk.internal.httpclient.debug} quotes whole header values,
     * certificates fill {@code jdk.event.security}) are off unless a user turns them on, and are not ours to cut.
     */
    static final List<String> JDK_LOGGERS = List.of("jdk.", "sun.", "com.sun.", "java.", "javax.");
    static final String CONTROLS = "\u001b[2J\u001b]0;owned\u0007\u009b31m\u0085\u202e";
    /** Text XML 1.0 allows: C1 controls, line breaks and the bidi override, but no C0 escape. */
    static final String XML_HOSTILE = "\u009b31m\u0085\u202e line one\nline two\r\n" + "y".repeat(3000) + MARKER;
    static final String JSON_HOSTILE = CONTROLS + " line one\nline two\r\n\u2028" + "y".repeat(3000) + MARKER;

    @TempDir
    Path dir;
    final LocalServer server = LocalServer.start();
    final List<LogRecord> records = new CopyOnWriteArrayList<>();
    final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    Level rootLevel;

    @BeforeEach
    void captureEveryLevel() {
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        serveHostilePages();
    }

    @AfterEach
    void stop() {
        Logger root = Logger.getLogger("");
        root.removeHandler(capture);
        root.setLevel(rootLevel);
        server.close();
    }

    void serveHostilePages() {
        server.route("/aws", ex -> LocalServer.respond(ex, 200, "application/rss+xml", utf8("<rss version=\"2.0\"><channel><title>"
                + xml(XML_HOSTILE) + "</title><link>https://example.com</link></channel></rss>")));
        // The JDK's parser takes names of up to 1000 characters
        server.route("/feed", ex -> LocalServer.respond(ex, 200, "application/rss+xml",
                utf8("<e" + "e".repeat(900) + MARKER + "/>")));
        server.route("/json", ex -> LocalServer.respond(ex, 200, "application/json", utf8("y".repeat(3000) + MARKER)));
        server.route("/etag", ex -> {
            ex.getResponseHeaders().set("ETag", "\"\u001b[2J" + "y".repeat(3000) + MARKER + "\"");
            LocalServer.respond(ex, 200, "application/json", utf8("{}"));
        });
        server.route("/title", ex -> LocalServer.respond(ex, 200, "application/json", utf8(statuspage(JSON_HOSTILE))));
    }

    @Test
    void watchLogsAndPrintsOnlyCleanExcerpts() throws Exception {
        Path config = Files.writeString(dir.resolve("config.json"), "{\"services\": ["
                + service("hostile-aws", "/aws/rss/all.rss", "aws-rss") + "," + service("hostile-feed", "/feed/x.rss", "feed") + ","
                + service("hostile-json", "/json", "statuspage") + "," + service("hostile-etag", "/etag", "statuspage") + ","
                + service("hostile-title", "/title", "statuspage") + "]}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Set<String> polled = ConcurrentHashMap.newKeySet();
        WatchCommand.Session session = WatchCommand.start(config, dir.resolve("data"), print(out), print(err), true,
                r -> polled.add(r.service().id()));
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> polled.size() == 5);
        } finally {
            session.close();
        }

        String lines = out.toString(StandardCharsets.UTF_8);
        assertThat(lines.lines()).hasSizeGreaterThanOrEqualTo(5).allSatisfy(LoggedExcerptsTest::isJson);
        assertThat(withoutLineEnds(lines)).as("watch prints no raw control character").doesNotContainPattern(CONTROL);
        List<String> errors = lines.lines().filter(l -> l.contains("\"error\"")).toList();
        assertThat(errors).as(lines).allSatisfy(l -> assertThat(l).doesNotContain(MARKER).hasSizeLessThan(MAX_RECORD))
                .anyMatch(l -> l.contains("hostile-feed")).anyMatch(l -> l.contains("hostile-json"))
                .anyMatch(l -> l.contains("hostile-etag"));
        assertThat(lines).as("the page's own title reaches the output, escaped").contains("\\u001B]0;owned\\u0007\\u009B31m\\u0085\\u202E", MARKER);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(MARKER).doesNotContainPattern(CONTROL);
        String data = dir.resolve("data").toString();
        for (CliRun history : List.of(CliRun.of("history", "--data-dir", data), CliRun.of("history", "--data-dir", data, "--json"))) {
            assertThat(history.exit()).as(history.err()).isZero();
            assertThat(history.out()).as("history shows the stored incident").contains("yyyyyyyyyy");
            assertThat(withoutLineEnds(history.out() + history.err())).doesNotContainPattern(CONTROL);
        }
        assertLogsHoldOnlyExcerpts(true);
    }

    @Test
    void checkPrintsAndLogsOnlyCleanExcerpts() throws Exception {
        List<CliRun> runs = new ArrayList<>();
        for (String json : List.of("", "--json")) {
            List<String> extra = json.isEmpty() ? List.of() : List.of(json);
            runs.add(check(extra, "aws-rss", "/aws/rss/all.rss"));
            runs.add(check(extra, "feed", "/feed/x.rss"));
            runs.add(check(extra, "statuspage", "/json", "/etag"));
            CliRun title = check(extra, "statuspage", "/title");
            assertThat(title.exit()).isEqualTo(1);
            assertThat(withoutLineEnds(title.out())).contains(MARKER).doesNotContainPattern(CONTROL);
        }
        for (CliRun run : runs) {
            assertThat(run.exit()).isEqualTo(3);
            assertThat(run.out() + run.err()).doesNotContain(MARKER);
            assertThat(withoutLineEnds(run.out() + run.err())).doesNotContainPattern(CONTROL);
            assertThat(run.err().lines()).allMatch(l -> l.length() < MAX_RECORD);
        }
        assertLogsHoldOnlyExcerpts(false);
    }

    /** A C0 or C1 control, DEL, a line or paragraph separator or a bidi override. */
    static final String CONTROL = "[\\p{Cc}\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]";

    /**
     * Every record of the app and its libraries (at every level): none quotes the page beyond an excerpt or
     * carries one of its control characters; the app's own records are also one short clean line.
     */
    void assertLogsHoldOnlyExcerpts(boolean pageTextLogged) {
        SimpleFormatter format = new SimpleFormatter();
        List<String> texts = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (LogRecord r : records) {
            if (r.getLoggerName() == null || JDK_LOGGERS.stream().anyMatch(r.getLoggerName()::startsWith)) {
                continue;
            }
            List<String> record = new ArrayList<>(List.of(r.getLoggerName() + ": " + format.formatMessage(r)));
            for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
                record.add(r.getLoggerName() + " thrown: " + t);
            }
            texts.addAll(record);
            if (r.getLoggerName().startsWith("org.statustray.")) {
                ours.addAll(record);
            }
        }
        assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain(MARKER)
                .doesNotContainPattern("y{" + MAX_EXCERPT + "}|e{" + MAX_EXCERPT + "}").doesNotContainPattern(HOSTILE));
        assertThat(ours).allSatisfy(t -> assertThat(t).hasSizeLessThan(MAX_RECORD).doesNotContainPattern(CONTROL));
        if (pageTextLogged) {
            assertThat(ours).as("page text does reach the app's log, as an excerpt").anyMatch(t -> t.contains("yyyyyyyyyy"));
        }
    }

    private CliRun check(List<String> extra, String format, String... paths) {
        List<String> args = new ArrayList<>(List.of("check", "--format=" + format, "--timeout=10"));
        args.addAll(extra);
        for (String p : paths) {
            args.add(server.root() + p);
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    private String service(String id, String path, String format) {
        return "{\"id\": \"" + id + "\", \"url\": \"" + server.root() + path + "\", \"format\": \"" + format
                + "\", \"pollIntervalSeconds\": 1}";
    }

    static String statuspage(String hostile) throws com.fasterxml.jackson.core.JsonProcessingException {
        ObjectMapper json = new ObjectMapper();
        String h = json.writeValueAsString(hostile);
        return "{\"page\": {\"id\": \"p\", \"name\": " + h + ", \"url\": \"https://status.example.com\"},"
                + " \"status\": {\"indicator\": \"minor\", \"description\": " + h + "},"
                + " \"components\": [{\"id\": \"c1\", \"name\": " + h + ", \"status\": \"degraded_performance\"}],"
                + " \"incidents\": [{\"id\": \"i1\", \"name\": " + h + ", \"status\": \"investigating\", \"impact\": \"minor\","
                + " \"created_at\": \"2026-10-07T10:00:00Z\", \"updated_at\": \"2026-10-07T10:00:00Z\","
                + " \"shortlink\": \"javascript:alert(1)\", \"incident_updates\": [{\"id\": \"u1\", \"status\": \"investigating\","
                + " \"body\": " + h + ", \"created_at\": \"2026-10-07T10:00:00Z\"}]}]}";
    }

    private static String withoutLineEnds(String s) {
        return s.replace("\n", "");
    }

    private static void isJson(String line) {
        try {
            new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
