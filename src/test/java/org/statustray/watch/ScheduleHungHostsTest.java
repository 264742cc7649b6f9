package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.Polls.failed;
import static org.statustray.watch.Polls.read;
import static org.statustray.watch.Polls.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.FailureKind;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/**
 * Hosts that stop answering get one slot each and half of the slots together, on a fake clock: twenty hosts
 * whose every request times out after 30 s beside a healthy page polled every second.
 */
class ScheduleHungHostsTest {
    private static final double TIMEOUT = 30;
    private static final double STEP = 0.1;
    private static final int HUNG = 20;

    private final ScheduleDriver d = new ScheduleDriver(Polls.fixedRandom(0));
    private final long t0 = d.now;
    /** Running polls of hung hosts: when each started. */
    private final Map<String, Long> running = new HashMap<>();
    private final Set<String> failedOnce = new HashSet<>();
    private final Map<String, Integer> hungPolls = new HashMap<>();
    private final List<Long> healthyPolls = new ArrayList<>();
    private int mostTroubledAtOnce;

    @Test
    void aHealthyPageKeepsItsRhythmAndEveryHungHostStillTakesItsTurn() {
        ServiceConfig[] services = new ServiceConfig[HUNG + 1];
        for (int i = 0; i < HUNG; i++) {
            services[i] = service("hung" + i, "http://127.0.99." + (i + 1) + ":8000", 1);
        }
        services[HUNG] = service("healthy", "http://127.0.0.1:8000", 1); // last: the worst place in the queue
        d.with(1, services);

        for (int step = 0; step < 10 * 600; step++) {
            tick();
            d.advance(STEP);
        }

        // The first round cannot tell a hung host from a healthy one: 16 hung polls start before the healthy page.
        assertThat(healthyPolls.get(0) / (double) Polls.SECOND).isBetween(TIMEOUT, TIMEOUT + 2 * STEP);
        assertThat(widestGap(healthyPolls)).as("widest gap between the healthy page's polls, in seconds")
                .isLessThanOrEqualTo(1.1 + 2 * STEP);
        assertThat(mostTroubledAtOnce).as("hung polls in flight at once, once each had failed").isEqualTo(8);
        assertThat(hungPolls).as("every hung host is still polled").hasSize(HUNG)
                .allSatisfy((id, polls) -> assertThat(polls).as(id).isGreaterThanOrEqualTo(5));
    }

    @Test
    void aHostThatDidNotAnswerGetsOneSlotUntilItAnswersAgain() {
        d.with(60, service("a1", "https://a.example.com", null), service("a2", "https://a.example.com/x", null));
        assertThat(d.start()).containsExactly("a1", "a2");
        d.complete("a1", failed(FailureKind.UNREACHABLE));
        d.complete("a2", failed(FailureKind.UNREACHABLE));
        d.advance(60);

        assertThat(d.start()).containsExactly("a1");
        d.complete("a1", read(Status.OPERATIONAL));
        assertThat(d.start()).containsExactly("a2");
        d.complete("a2", failed(FailureKind.HTTP_STATUS)); // an error page is an answer
        d.schedule.refreshAll(d.now);
        assertThat(d.start()).containsExactly("a1", "a2");
    }

    private void tick() {
        for (String id : List.copyOf(running.keySet())) {
            if (d.now - running.get(id) >= Polls.seconds(TIMEOUT)) {
                running.remove(id);
                failedOnce.add(id);
                d.complete(id, failed(FailureKind.UNREACHABLE));
            }
        }
        for (List<String> started = d.start(); !started.isEmpty(); started = d.start()) {
            for (String id : started) {
                if (id.equals("healthy")) {
                    healthyPolls.add(d.now - t0);
                    d.complete(id, read(Status.OPERATIONAL));
                } else {
                    assertThat(running.put(id, d.now)).as(id + " polled twice at once").isNull();
                    hungPolls.merge(id, 1, Integer::sum);
                }
            }
        }
        int troubled = (int) running.keySet().stream().filter(failedOnce::contains).count();
        mostTroubledAtOnce = Math.max(mostTroubledAtOnce, troubled);
    }

    private static double widestGap(List<Long> polls) {
        long widest = 0;
        for (int i = 1; i < polls.size(); i++) {
            widest = Math.max(widest, polls.get(i) - polls.get(i - 1));
        }
        return widest / (double) Polls.SECOND;
    }
}
