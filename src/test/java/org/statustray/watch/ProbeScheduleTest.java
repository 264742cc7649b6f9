package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When probes run, on a fake monotonic clock: spacing, slots, a hung host, offline, asleep, off. */
class ProbeScheduleTest {
    private static final ProbePlan EVERY_10_S = new ProbePlan(true, Duration.ofSeconds(10), Duration.ofSeconds(10), true);

    private final ProbeSchedule schedule = new ProbeSchedule(Polls.fixedRandom(1.0)); // the most jitter: +10 %
    private long now = 1_000 * Polls.SECOND;
    private final long t0 = now;
    private final Map<String, List<Long>> starts = new HashMap<>();
    private final Map<String, ProbeSchedule.Probe> running = new HashMap<>();

    @Test
    void aHostThatIsNotLoopbackIsNeverProbedMoreOftenThanEveryMinuteUnlessInTroubleThenEveryHalfMinute() {
        schedule.update(addresses(Map.of("openai", "https://api.openai.com/v1/models")), now);

        run(600, EVERY_10_S, false, id -> true);
        assertThat(gaps("openai")).as("calm, asked for every 10 s").isNotEmpty()
                .allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(60.0));

        starts.clear();
        run(600, EVERY_10_S, true, id -> true);
        assertThat(gaps("openai")).as("in trouble: failing").isNotEmpty()
                .allSatisfy(g -> assertThat(g).isBetween(30.0, 33.1));
    }

    @Test
    void loopbackMayBeProbedAsOftenAsAsked() {
        ProbePlan everySecond = new ProbePlan(true, Duration.ofSeconds(1), Duration.ofSeconds(1), true);
        schedule.update(addresses(Map.of("local", "http://127.0.0.1:8000/probe")), now);

        run(20, everySecond, false, id -> true);

        assertThat(gaps("local")).hasSizeGreaterThan(10).allSatisfy(g -> assertThat(g).isBetween(1.0, 1.2));
    }

    @Test
    void twentyServicesKeepTheirRhythmBesideOneHungHostWhichIsNeverAskedTwiceAtOnce() {
        Map<String, String> services = new LinkedHashMap<>();
        services.put("hung", "https://hung.example/v1"); // first: the best place in the queue
        for (int i = 0; i < 20; i++) {
            services.put("s" + i, "https://api" + i + ".example/v1");
        }
        schedule.update(addresses(services), now);

        run(1800, ProbePlan.DEFAULT, false, id -> !id.equals("hung")); // the hung one never returns

        assertThat(starts.get("hung")).as("asked once, then its slot stays taken").hasSize(1);
        for (int i = 0; i < 20; i++) {
            assertThat(gaps("s" + i)).as("s" + i).hasSize(27).allSatisfy(g -> assertThat(g).isBetween(60.0, 66.1));
        }
    }

    @Test
    void servicesOnOneHostAreProbedOneAtATime() {
        schedule.update(addresses(Map.of("a", "https://api.example/a", "b", "https://api.example/b")), now);

        List<ProbeSchedule.Probe> first = schedule.start(now, ProbePlan.DEFAULT, false);
        assertThat(first).hasSize(1);
        now += Polls.SECOND;
        assertThat(schedule.start(now, ProbePlan.DEFAULT, false)).as("the host is busy").isEmpty();
        schedule.completed(first.get(0), true, false, ProbePlan.DEFAULT, now);
        assertThat(schedule.start(now, ProbePlan.DEFAULT, false)).hasSize(1);
    }

    @Test
    void nothingIsProbedOfflineOrOffOrJustAfterASleepAndAProbeAcrossTheSleepSaysNothing() {
        schedule.update(addresses(Map.of("openai", "https://api.openai.com/v1/models")), now);
        assertThat(schedule.start(now, ProbePlan.DEFAULT, true)).as("offline").isEmpty();
        assertThat(schedule.start(now, ProbePlan.OFF, false)).as("off").isEmpty();

        ProbeSchedule.Probe across = schedule.start(now, ProbePlan.DEFAULT, false).get(0);
        now += 3600 * Polls.SECOND;
        schedule.woke(now);
        assertThat(schedule.completed(across, false, true, ProbePlan.DEFAULT, now)).as("of another time").isFalse();
        schedule.update(addresses(Map.of("openai", "https://api.openai.com/v1/models", "gh", "https://api.github.com")), now);
        assertThat(schedule.start(now, ProbePlan.DEFAULT, false)).as("gh is due, but within the wake hold").isEmpty();
        now += ProbeSchedule.WAKE_HOLD.toNanos();
        ProbeSchedule.Probe after = schedule.start(now, ProbePlan.DEFAULT, false).get(0);
        assertThat(after.serviceId()).isEqualTo("gh");
        assertThat(schedule.completed(after, true, false, ProbePlan.DEFAULT, now)).isTrue();
    }

    /** Runs {@code seconds} in steps of 100 ms; probes of services {@code ends} end at once, others never. */
    private void run(double seconds, ProbePlan plan, boolean trouble, java.util.function.Predicate<String> ends) {
        long end = now + Polls.seconds(seconds);
        while (now < end) {
            for (ProbeSchedule.Probe p : schedule.start(now, plan, false)) {
                starts.computeIfAbsent(p.serviceId(), k -> new ArrayList<>()).add(now);
                running.put(p.serviceId(), p);
                if (ends.test(p.serviceId())) {
                    schedule.completed(running.remove(p.serviceId()), !trouble, trouble, plan, now);
                }
            }
            now += Polls.seconds(0.1);
        }
    }

    private List<Double> gaps(String id) {
        List<Long> at = starts.getOrDefault(id, List.of());
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < at.size(); i++) {
            gaps.add((at.get(i) - at.get(i - 1)) / (double) Polls.SECOND);
        }
        return gaps;
    }

    private static Map<String, URI> addresses(Map<String, String> byId) {
        Map<String, URI> out = new LinkedHashMap<>();
        byId.forEach((id, a) -> out.put(id, URI.create(a)));
        return out;
    }
}
