package org.statustray.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statustray.testing.Await;

/**
 * Every fault, served by a page of every format at once while a healthy page is watched beside them, through
 * the real watching with a 2 s timeout, in a JVM with a small heap that exits on running out of memory
 * (the {@code faults} execution in pom.xml). For each: each faulty service becomes unknown with a
 * one-line reason, every failed read ends within the timeout, nothing claims an outage, the healthy page
 * keeps its one-second rhythm, and each service comes back when its page heals.
 */
@Timeout(120)
class FaultWatcherTest {
    static final int TIMEOUT_SECONDS = 2;
    /** Past the timeout: the poller's hand-over and a loaded 2-core machine. */
    static final Duration SLACK = Duration.ofMillis(3000);
    /** The healthy page's interval is 1 s plus up to 10 % jitter. */
    static final Duration CONTROL_MAX_GAP = Duration.ofMillis(1100).plus(SLACK);

    @TempDir
    Path dir;

    /** Every fault, or those named in {@code FAULTS_ONLY} (comma-separated), for a quick look at one. */
    static Stream<Fault> faults() {
        String only = System.getenv("FAULTS_ONLY");
        return Stream.of(Fault.values()).filter(f -> only == null || only.isBlank() || List.of(only.split(",")).contains(f.name()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void everyFormatIsUnknownWithAReasonAndRecovers(Fault fault) throws Exception {
        resetPeakHeap();
        List<String> report = new ArrayList<>();
        try (FaultSites sites = new FaultSites(10 + fault.ordinal());
                FaultWatch watch = new FaultWatch(dir, sites, TIMEOUT_SECONDS)) {
            for (FaultSite s : sites.all()) {
                String id = FaultWatch.id(sites, s);
                Await.until(() -> sites.page(s).status().equals(watch.shown(id)), Duration.ofSeconds(20),
                        id + " first read as " + sites.page(s).status() + "\n" + watch.stderr());
            }
            log(fault + ": every page read; the fault starts");
            int linesBefore = watch.lines().size();
            long faultFrom = System.nanoTime();
            sites.set(fault);
            for (FaultSite s : sites.faulty) {
                String id = FaultWatch.id(sites, s);
                if (readsThrough(fault, sites.page(s))) {
                    int polled = watch.polls.size();
                    Await.until(() -> watch.polls.subList(polled, watch.polls.size()).stream()
                            .filter(p -> p.service().equals(id)).count() >= 3, Duration.ofSeconds(20), id + " polled 3 times");
                    continue;
                }
                Await.until(() -> "unknown".equals(watch.shown(id)), Duration.ofSeconds(45),
                        () -> id + " unknown under " + fault + ": " + watch.story(id));
            }
            log(fault + ": every faulty page unknown; healing");
            long healedAt = System.nanoTime();
            sites.set(null);
            for (FaultSite s : sites.faulty) {
                String id = FaultWatch.id(sites, s);
                Await.until(() -> sites.page(s).status().equals(watch.shown(id)), Duration.ofSeconds(45),
                        id + " back to " + sites.page(s).status() + " after " + fault);
            }
            watch.stop();

            SoftAssertions soft = new SoftAssertions();
            List<JsonNode> after = watch.lines().subList(linesBefore, watch.lines().size());
            for (FaultSite s : sites.all()) {
                checkService(soft, fault, sites, s, watch, after, faultFrom, healedAt, report);
            }
            checkControlRhythm(soft, watch, faultFrom, healedAt, report);
            checkNoFileContentLeaked(soft, watch);
            soft.assertAll();
        }
        report.add("old generation peak " + oldGenerationPeakMb() + " MB of a " + Runtime.getRuntime().maxMemory() / (1 << 20)
                + " MB heap");
        log(fault + " passed: " + String.join("; ", report));
    }

    /** Appends to target/faults/report.txt at once: a crash (out of memory) must not lose what came before. */
    static void log(String line) {
        try {
            Path file = Path.of(System.getProperty("jdk.net.hosts.file")).resolveSibling("report.txt");
            Files.writeString(file, java.time.LocalTime.now() + " " + line + "\n", java.nio.charset.StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * XML readers decode a malformed byte as U+FFFD (one odd character in a feed's incident text must not make
     * the whole feed unknown for as long as the entry stays in it), so such a page reads as what it says.
     */
    static boolean readsThrough(Fault fault, FaultSites.Page page) {
        return fault == Fault.INVALID_UTF8 && page.type().contains("xml");
    }

    private static void checkService(SoftAssertions soft, Fault fault, FaultSites sites, FaultSite s, FaultWatch watch,
            List<JsonNode> after, long faultFrom, long healedAt, List<String> report) {
        String id = FaultWatch.id(sites, s);
        String good = sites.page(s).status();
        boolean readsThrough = s == sites.control || readsThrough(fault, sites.page(s));
        Set<String> allowed = readsThrough ? Set.of(good) : Set.of(good, "unknown");
        for (JsonNode l : after) {
            if (id.equals(l.path("service").asText()) && !l.get("kind").asText().equals("polled")) {
                String status = l.get(l.get("kind").asText().equals("transition") ? "to" : "status").asText();
                soft.assertThat(status).as(id + ": " + l).isIn(allowed);
            }
        }
        long previous = faultFrom;
        long worst = 0;
        for (FaultWatch.Poll p : watch.polls) {
            if (!p.service().equals(id) || p.nanos() - faultFrom < 0 || p.nanos() - healedAt > 0) {
                continue;
            }
            if (p.error() == null) {
                previous = p.nanos();
                continue;
            }
            soft.assertThat(p.error()).as(id + " reason").isNotBlank().hasSizeLessThanOrEqualTo(160)
                    .doesNotContainPattern("\\p{Cntrl}");
            long asked = firstArrivalAfter(s, previous);
            if (asked != 0) {
                long took = p.nanos() - asked;
                worst = Math.max(worst, took);
                soft.assertThat(Duration.ofNanos(took)).as(id + " failed read took").isLessThanOrEqualTo(
                        Duration.ofSeconds(TIMEOUT_SECONDS).plus(SLACK));
            }
            previous = p.nanos();
        }
        if (readsThrough && s != sites.control) {
            soft.assertThat(watch.polls).as(id + " read through the fault")
                    .filteredOn(p -> p.service().equals(id) && p.nanos() - faultFrom > 0 && p.nanos() - healedAt < 0)
                    .isNotEmpty().allMatch(p -> p.error() == null);
            report.add(id + " read through");
        } else if (s != sites.control) {
            String reason = watch.polls.stream().filter(p -> p.service().equals(id) && p.error() != null)
                    .map(FaultWatch.Poll::error).reduce((a, b) -> b).orElse(null);
            soft.assertThat(reason).as(id + " has a reason").isNotNull();
            report.add(id + " \"" + reason + "\" (" + Duration.ofNanos(worst).toMillis() + " ms)");
        }
    }

    private static void checkControlRhythm(SoftAssertions soft, FaultWatch watch, long from, long to, List<String> report) {
        long last = 0;
        long widest = 0;
        int polls = 0;
        for (FaultWatch.Poll p : watch.polls) {
            if (p.service().equals("control") && p.nanos() - from >= 0 && p.nanos() - to <= 0) {
                soft.assertThat(p.error()).as("control poll failed").isNull();
                widest = last == 0 ? widest : Math.max(widest, p.nanos() - last);
                last = p.nanos();
                polls++;
            }
        }
        soft.assertThat(polls).as("control polls while the fault lasted").isGreaterThanOrEqualTo(3);
        soft.assertThat(Duration.ofNanos(widest)).as("widest gap between control polls").isLessThanOrEqualTo(CONTROL_MAX_GAP);
        report.add("control " + polls + " polls, widest gap " + Duration.ofNanos(widest).toMillis() + " ms");
    }

    private static void checkNoFileContentLeaked(SoftAssertions soft, FaultWatch watch) throws Exception {
        Path hostname = Path.of("/etc/hostname");
        String secret = Files.isReadable(hostname) ? Files.readString(hostname).strip() : "";
        if (secret.length() >= 4) {
            soft.assertThat(watch.lines().toString() + watch.stderr()).as("/etc/hostname leaked").doesNotContain(secret);
        }
    }

    private static long firstArrivalAfter(FaultSite s, long nanos) {
        for (long a : s.arrivals()) {
            if (a - nanos > 0) {
                return a;
            }
        }
        return 0;
    }

    private static void resetPeakHeap() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** What outlived the young collections at its most: the live data, where young peaks are only garbage waiting. */
    private static long oldGenerationPeakMb() {
        return heapPools().stream().filter(p -> p.getName().contains("Tenured") || p.getName().contains("Old"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
