package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;
import org.statustray.model.ProbeTimes;
import org.statustray.model.ServiceConfig;

/** The prober's threads: a host that never answers holds one slot, is asked once, and is reported timed out. */
@Timeout(60)
class ProbePollerTest {

    @Test
    void twentyServicesGoOnBeingProbedBesideAHungHostWhichIsAskedOnceAndReportedAsTimedOut() throws Exception {
        List<ServiceConfig> services = new ArrayList<>();
        services.add(Polls.service("hung", "http://127.0.0.1:9", 60));
        for (int i = 0; i < 20; i++) {
            services.add(Polls.service("s" + i, "http://127.0.0.1:9", 60));
        }
        ServiceStates states = new ServiceStates();
        states.update(services);
        CountDownLatch never = new CountDownLatch(1);
        Map<String, AtomicInteger> asked = new ConcurrentHashMap<>();
        ProbeSource source = address -> {
            String host = address.getHost();
            asked.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
            if (host.equals("127.0.9.99")) {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new ProbeResult(address.toString(), true, 200, new ProbeTimes(0L, 1L, null, 2L, 2), null, null,
                    Clock.systemUTC().instant());
        };
        ProbePlan everySecond = new ProbePlan(true, Duration.ofSeconds(1), Duration.ofSeconds(1), true);
        Probing probing = new Probing(source, () -> everySecond, s -> Optional.of(URI.create(
                s.id().equals("hung") ? "http://127.0.9.99/" : "http://127.0.9." + (1 + Integer.parseInt(s.id().substring(1))) + "/")));
        List<ProbeReport> reports = new CopyOnWriteArrayList<>();

        try (ProbePoller prober = new ProbePoller(states, probing, reports::add, Ticker.SYSTEM, Clock.systemUTC(), new Random(1))) {
            prober.start();
            Results.awaitThat("every answering service probed 3 times and the hung one reported",
                    () -> reports.stream().anyMatch(r -> r.service().id().equals("hung"))
                            && services.stream().skip(1).allMatch(s -> reports.stream()
                                    .filter(r -> r.service().id().equals(s.id())).count() >= 3));
        } finally {
            never.countDown();
        }

        assertThat(asked.get("127.0.9.99")).as("a hung host is never asked twice at once").hasValue(1);
        assertThat(reports).filteredOn(r -> r.service().id().equals("hung")).singleElement()
                .satisfies(r -> assertThat(r.result().failure()).isEqualTo(ProbeFailure.TIMEOUT));
    }
}
