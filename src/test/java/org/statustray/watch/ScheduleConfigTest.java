package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.Polls.failed;
import static org.statustray.watch.Polls.read;
import static org.statustray.watch.Polls.service;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Status;

/** Config changes without a restart, conditional GET validators, and the concurrency limits. */
class ScheduleConfigTest {
    private final ScheduleDriver d = new ScheduleDriver(Polls.fixedRandom(0));

    @Test
    void updatesAddRemoveAndRescheduleServices() {
        d.with(60, service("a", "https://a.example.com", null), service("b", "https://b.example.com", null));
        d.poll("a", read(Status.OPERATIONAL));
        d.poll("b", read(Status.OPERATIONAL));
        d.advance(10);

        d.with(60, service("a", "https://a.example.com", 300), service("c", "https://c.example.com", null));

        assertThat(d.start()).containsExactly("c");
        assertThat(d.dueIn("a")).as("300 s after its last poll").isEqualTo(290.0);
        d.with(45, service("a", "https://a.example.com", null), service("c", "https://c.example.com", null));
        assertThat(d.dueIn("a")).as("the global interval changed").isEqualTo(35.0);
    }

    @Test
    void aRemovedServicesRunningPollIsNotDeliveredButFreesItsSlot() {
        ScheduleDriver one = new ScheduleDriver(Polls.fixedRandom(0), 1, 16)
                .with(60, service("a", "https://same.example.com", null));
        one.start();
        one.with(60, service("b", "https://same.example.com", null));
        assertThat(one.start()).as("the host's only slot is still taken").isEmpty();

        assertThat(one.complete("a", read(Status.OPERATIONAL))).isFalse();
        assertThat(one.start()).containsExactly("b");
    }

    @Test
    void aServiceWhoseAddressChangedStartsAfresh() {
        Validators tag = new Validators("\"v1\"", null);
        d.with(60, service("a", "https://old.example.com", null));
        d.poll("a", read(Status.OPERATIONAL, tag, List.of()));
        d.with(60, service("a", "https://new.example.com", null));

        assertThat(d.start()).containsExactly("a");
        assertThat(d.running("a").previous()).isEqualTo(Validators.NONE);
    }

    @Test
    void validatorsOfTheLastAnswerGoWithTheNextPoll() {
        Validators v1 = new Validators("\"v1\"", "Tue, 02 Jan 2024 10:00:00 GMT");
        d.with(60, service("a", "https://a.example.com", null));
        d.start();
        assertThat(d.running("a").previous()).isEqualTo(Validators.NONE);
        d.complete("a", read(Status.OPERATIONAL, v1, List.of()));

        d.advance(60);
        d.start();
        assertThat(d.running("a").previous()).isEqualTo(v1);
        d.complete("a", new PageResult.Unchanged(URI.create("https://a.example.com/x"), v1));

        d.advance(60);
        d.start();
        assertThat(d.running("a").previous()).isEqualTo(v1);
        d.complete("a", failed(FailureKind.UNREACHABLE));

        d.advance(60);
        d.start();
        assertThat(d.running("a").previous()).as("a failure keeps them").isEqualTo(v1);
    }

    @Test
    void atMostTwoPollsPerHostAndAFullHostDoesNotHoldBackOthers() {
        d.with(60, service("a1", "https://a.example.com", null), service("a2", "https://a.example.com/x", null),
                service("a3", "https://A.example.com", null), service("b", "https://b.example.com", null));

        assertThat(d.start()).containsExactly("a1", "a2", "b");
        assertThat(d.schedule.nanosUntilNextDue(d.now)).as("a3 waits for a slot, not for time").isEqualTo(Long.MAX_VALUE);
        d.complete("a2", read(Status.OPERATIONAL));
        assertThat(d.start()).containsExactly("a3");
    }

    @Test
    void atMostSixteenPollsInAll() {
        ServiceConfig[] many = new ServiceConfig[20];
        for (int i = 0; i < many.length; i++) {
            many[i] = service("s" + i, "https://h" + i + ".example.com", null);
        }
        d.with(60, many);

        assertThat(d.start()).hasSize(16);
        d.complete("s3", read(Status.OPERATIONAL));
        assertThat(d.start()).containsExactly("s16");
    }

    @Test
    void repeatedIdsAreIgnored() {
        d.with(60, service("a", "https://a.example.com", null), service("a", "https://other.example.com", null));
        assertThat(d.start()).containsExactly("a");
        assertThat(d.running("a").service().url()).isEqualTo("https://a.example.com");
    }
}
