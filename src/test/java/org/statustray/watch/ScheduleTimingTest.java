package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.statustray.watch.Polls.failed;
import static org.statustray.watch.Polls.read;
import static org.statustray.watch.Polls.retryAt;
import static org.statustray.watch.Polls.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.Validators;
import org.statustray.model.Component;
import org.statustray.model.Status;

/** When the next poll comes: interval, jitter, fast polling, backoff and Retry-After, on a fake clock. */
class ScheduleTimingTest {
    private static final String REMOTE = "https://status.example.com";
    private static final String LOCAL = "http://127.0.0.1:8000";

    private final ScheduleDriver d = new ScheduleDriver(Polls.fixedRandom(0));

    @Test
    void newServicesArePolledAtOnceThenEveryInterval() {
        d.with(60, service("a", REMOTE, null), service("b", LOCAL, 2));

        assertThat(d.start()).containsExactly("a", "b");
        d.complete("a", read(Status.OPERATIONAL));
        d.complete("b", read(Status.OPERATIONAL));

        assertThat(d.dueIn("a")).isEqualTo(60.0);
        assertThat(d.dueIn("b")).isEqualTo(2.0);
        d.advance(1.9);
        assertThat(d.start()).isEmpty();
        d.advance(0.1);
        assertThat(d.start()).containsExactly("b");
    }

    @Test
    void aRemoteIntervalUnderThirtySecondsIsClampedALoopbackOneIsNot() {
        d.with(60, service("remote", REMOTE, 5), service("local", LOCAL, 1));
        d.poll("remote", read(Status.OPERATIONAL));
        d.poll("local", read(Status.OPERATIONAL));

        assertThat(d.dueIn("remote")).isEqualTo(30.0);
        assertThat(d.dueIn("local")).isEqualTo(1.0);
    }

    @Test
    void jitterStaysWithinTenPercentAboveTheInterval() {
        ScheduleDriver seeded = new ScheduleDriver(new Random(42)).with(60, service("a", REMOTE, null));
        List<Double> waits = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            seeded.poll("a", read(Status.OPERATIONAL));
            waits.add(seeded.dueIn("a"));
            seeded.advanceToDue("a");
        }
        assertThat(waits).allSatisfy(w -> assertThat(w).isBetween(60.0, 66.0));
        assertThat(waits.stream().distinct().count()).as("the waits differ").isGreaterThan(400);
        assertThat(waits.stream().mapToDouble(Double::doubleValue).max().orElseThrow()).isGreaterThan(65.0);
    }

    @Test
    void aServiceWithAProblemIsPolledFasterUntilItRecovers() {
        d.with(60, service("remote", REMOTE, null), service("local", LOCAL, null));
        d.poll("local", read(Status.DEGRADED));
        d.poll("remote", read(Status.MAJOR_OUTAGE));
        assertThat(d.dueIn("local")).isEqualTo(20.0);
        assertThat(d.dueIn("remote")).isEqualTo(30.0); // 20 s, but not under the remote minimum

        d.advance(30);
        d.poll("local", new org.statustray.fetch.PageResult.Unchanged(read(Status.DEGRADED).endpoint(), Validators.NONE));
        assertThat(d.dueIn("local")).as("unchanged keeps the last status").isEqualTo(20.0);

        d.poll("remote", read(Status.OPERATIONAL));
        assertThat(d.dueIn("remote")).as("the recovery waits for confirmation").isEqualTo(30.0);
        d.advance(30);
        d.poll("remote", read(Status.OPERATIONAL));
        assertThat(d.dueIn("remote")).isEqualTo(60.0);
    }

    @Test
    void aReadThatMovesTheStatusIsConfirmedAsSoonAsTheHostMinimumAllows() {
        d.with(2, service("local", LOCAL, null));
        d.poll("local", read(Status.OPERATIONAL));
        assertThat(d.dueIn("local")).as("first read sets the status").isEqualTo(2.0);
        d.advance(2);
        d.poll("local", read(Status.DEGRADED));
        assertThat(d.dueIn("local")).as("loopback minimum").isEqualTo(1.0);
        d.advance(1);
        d.poll("local", read(Status.DEGRADED));
        assertThat(d.dueIn("local")).as("confirmed: the normal interval").isEqualTo(2.0);
    }

    @Test
    void maintenanceIsPlannedSoItIsPolledAtTheNormalRate() {
        d.with(60, service("a", LOCAL, null));
        d.poll("a", read(Status.MAINTENANCE));
        assertThat(d.dueIn("a")).isEqualTo(60.0);
    }

    @Test
    void onlyWatchedComponentsDecideFastPolling() {
        d.with(60, Polls.watching("a", LOCAL, List.of("API")));
        List<Component> components = List.of(new Component("1", "API", null, Status.OPERATIONAL),
                new Component("2", "Pages", null, Status.MAJOR_OUTAGE));
        d.poll("a", read(Status.PARTIAL_OUTAGE, Validators.NONE, components));
        assertThat(d.dueIn("a")).isEqualTo(60.0);
    }

    @Test
    void failuresBackOffExponentiallyUpToFifteenMinutesAndASuccessResets() {
        d.with(60, service("a", REMOTE, null));
        List<Double> waits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            d.poll("a", failed(FailureKind.UNREACHABLE));
            waits.add(d.dueIn("a"));
            d.advanceToDue("a");
        }
        assertThat(waits).containsExactly(60.0, 120.0, 240.0, 480.0, 900.0, 900.0, 900.0);
        assertThat(d.schedule.failures("a")).isEqualTo(7);

        d.poll("a", read(Status.OPERATIONAL));
        assertThat(d.dueIn("a")).isEqualTo(60.0);
        assertThat(d.schedule.failures("a")).isZero();
    }

    @Test
    void aFailingServiceWithAProblemBacksOffInsteadOfPollingFast() {
        d.with(60, service("a", LOCAL, null));
        d.poll("a", read(Status.MAJOR_OUTAGE));
        d.advance(20);
        d.poll("a", failed(FailureKind.HTTP_STATUS));
        d.advance(60);
        d.poll("a", failed(FailureKind.HTTP_STATUS));
        assertThat(d.dueIn("a")).isEqualTo(120.0);
    }

    @Test
    void retryAfterIsHonouredEvenWhenItIsLongerThanTheBackoff() {
        d.with(60, service("a", REMOTE, null));
        d.poll("a", retryAt(d.wall().plusSeconds(300)));
        assertThat(d.dueIn("a")).isEqualTo(300.0);

        d.advance(300);
        d.poll("a", retryAt(d.wall().plusSeconds(10)));
        assertThat(d.dueIn("a")).as("a short Retry-After does not shorten the backoff").isEqualTo(120.0);
    }

    @Test
    void retryAfterIsCappedAtAnHourAndIgnoredWhenPast() {
        d.with(60, service("a", REMOTE, null));
        d.poll("a", retryAt(d.wall().plusSeconds(24 * 3600)));
        assertThat(d.dueIn("a")).isEqualTo(3600.0);

        d.advance(3600);
        d.poll("a", retryAt(d.wall().minusSeconds(30)));
        assertThat(d.dueIn("a")).isEqualTo(120.0);
    }

    @Test
    void retryAfterGetsJitterToo() {
        ScheduleDriver half = new ScheduleDriver(Polls.fixedRandom(0.5)).with(60, service("a", REMOTE, null));
        half.poll("a", retryAt(half.wall().plusSeconds(300)));
        assertThat(half.dueIn("a")).isCloseTo(315.0, within(1e-6));
    }

    @Test
    void nothingIsDueWhileAPollRunsAndTheNextDueTimeIsReported() {
        d.with(60, service("a", REMOTE, null), service("b", LOCAL, 5));
        d.start();
        assertThat(d.schedule.nanosUntilNextDue(d.now)).isEqualTo(Long.MAX_VALUE);
        d.complete("b", read(Status.OPERATIONAL));
        assertThat(d.schedule.nanosUntilNextDue(d.now)).isEqualTo(Polls.seconds(5));
        d.advance(5);
        assertThat(d.start()).containsExactly("b");
    }
}
