package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.Polls.failed;
import static org.statustray.watch.Polls.read;
import static org.statustray.watch.Polls.retryAt;
import static org.statustray.watch.Polls.service;

import org.junit.jupiter.api.Test;
import org.statustray.fetch.FailureKind;
import org.statustray.model.Status;

/** Refresh now, wake and network refreshes, and the network coming back, on a fake clock. */
class ScheduleRefreshTest {
    private final ScheduleDriver d = new ScheduleDriver(Polls.fixedRandom(0));

    @Test
    void refreshMakesOneServiceDueAtOnce() {
        d.with(60, service("a", "https://a.example.com", null), service("b", "https://b.example.com", null));
        d.poll("a", read(Status.OPERATIONAL));
        d.poll("b", read(Status.OPERATIONAL));
        d.advance(1);

        assertThat(d.schedule.refresh("a", d.now)).isTrue();
        assertThat(d.schedule.refresh("nope", d.now)).isFalse();
        assertThat(d.start()).containsExactly("a");
    }

    @Test
    void refreshAllPollsEveryServiceIncludingOnesInBackoffButNotOnesRunning() {
        d.with(60, service("a", "https://a.example.com", null), service("b", "https://b.example.com", null),
                service("c", "https://c.example.com", null));
        d.start();
        d.complete("a", read(Status.OPERATIONAL));
        d.complete("b", failed(FailureKind.UNREACHABLE));
        d.advance(60);
        d.poll("a", read(Status.OPERATIONAL));
        d.poll("b", failed(FailureKind.UNREACHABLE)); // now 120 s of backoff
        d.advance(1);

        d.schedule.refreshAll(d.now);
        assertThat(d.start()).containsExactlyInAnyOrder("a", "b"); // c is still running
        assertThat(d.schedule.inFlight("c")).isTrue();
    }

    @Test
    void aRefreshStillWaitsForRetryAfter() {
        d.with(60, service("a", "https://a.example.com", null));
        d.poll("a", retryAt(d.wall().plusSeconds(300)));
        d.advance(10);

        d.schedule.refreshAll(d.now);
        assertThat(d.start()).isEmpty();
        assertThat(d.dueIn("a")).isEqualTo(290.0);
    }

    @Test
    void aWakeRefreshPollsEachServiceOnceAndSkipsOnesJustPolled() {
        d.with(60, service("a", "https://a.example.com", null), service("b", "https://b.example.com", null),
                service("c", "https://c.example.com", null));
        d.poll("a", read(Status.OPERATIONAL));
        d.poll("b", read(Status.OPERATIONAL));
        d.poll("c", read(Status.OPERATIONAL));
        d.advance(40);
        d.schedule.refresh("c", d.now);
        d.poll("c", read(Status.OPERATIONAL));
        d.advance(2);

        d.schedule.refreshStale(d.now); // the machine woke
        d.schedule.refreshStale(d.now); // and the network came back at the same moment
        assertThat(d.start()).containsExactly("a", "b");
        d.schedule.refreshStale(d.now);
        assertThat(d.start()).as("no second round while the first runs").isEmpty();
        d.complete("a", read(Status.OPERATIONAL));
        d.complete("b", read(Status.OPERATIONAL));
        d.schedule.refreshStale(d.now);
        assertThat(d.start()).as("nor just after it").isEmpty();
        assertThat(d.dueIn("a")).isEqualTo(60.0);
    }

    @Test
    void whenEveryServiceWasUnreachableTheFirstAnswerRefreshesTheRest() {
        d.with(60, service("a", "https://a.example.com", null), service("b", "https://b.example.com", null),
                service("c", "https://c.example.com", null));
        for (int i = 0; i < 3; i++) {
            d.schedule.refreshAll(d.now);
            d.start();
            d.complete("a", failed(FailureKind.UNREACHABLE));
            d.complete("b", failed(FailureKind.UNREACHABLE));
            d.complete("c", failed(FailureKind.UNREACHABLE));
            d.advance(1);
        }
        assertThat(d.dueIn("b")).isGreaterThan(200);

        d.schedule.refresh("a", d.now);
        d.poll("a", read(Status.OPERATIONAL)); // the network is back

        assertThat(d.start()).containsExactly("b", "c");
    }

    @Test
    void oneUnreachableHostIsNotRefreshedWhenAnotherServiceAnswers() {
        d.with(60, service("a", "https://a.example.com", null), service("b", "https://b.example.com", null),
                service("c", "https://c.example.com", null));
        d.start();
        d.complete("a", failed(FailureKind.UNREACHABLE));
        d.complete("b", failed(FailureKind.UNREACHABLE));
        d.complete("c", read(Status.OPERATIONAL));
        d.advance(60);
        d.poll("a", read(Status.OPERATIONAL));

        assertThat(d.start()).isEmpty();
        assertThat(d.schedule.failures("b")).isEqualTo(1);
    }
}
