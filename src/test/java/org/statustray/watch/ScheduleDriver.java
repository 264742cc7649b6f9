package org.statustray.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.statustray.fetch.PageResult;
import org.statustray.model.ServiceConfig;

/** Drives a {@link Schedule} with a fake monotonic clock (and a wall clock that follows it). */
final class ScheduleDriver {
    final Schedule schedule;
    long now = 1_000 * Polls.SECOND; // any origin: only differences count
    private final long origin = now;
    private final Map<String, Schedule.Poll> running = new HashMap<>();

    ScheduleDriver(RandomGenerator random, int perHost, int overall) {
        schedule = new Schedule(random, new HostSlots(perHost, overall));
    }

    ScheduleDriver(RandomGenerator random) {
        this(random, HostSlots.PER_HOST, HostSlots.OVERALL);
    }

    ScheduleDriver with(int globalSeconds, ServiceConfig... services) {
        schedule.update(List.of(services), globalSeconds, now);
        return this;
    }

    Instant wall() {
        return Polls.WALL.plusNanos(now - origin);
    }

    void advance(double seconds) {
        now += Polls.seconds(seconds);
    }

    /** Ids of the services the schedule starts now. */
    List<String> start() {
        List<String> ids = new ArrayList<>();
        for (Schedule.Poll poll : schedule.start(now)) {
            running.put(poll.service().id(), poll);
            ids.add(poll.service().id());
        }
        return ids;
    }

    Schedule.Poll running(String id) {
        return running.get(id);
    }

    boolean complete(String id, PageResult result) {
        return schedule.completed(running.remove(id), result, now, wall()) != null;
    }

    /** Completes {@code id}'s running poll, or starts it (it must be due) first, with {@code result}. */
    void poll(String id, PageResult result) {
        if (!running.containsKey(id) && !start().contains(id)) {
            throw new AssertionError(id + " was not due at " + secondsFromOrigin(now));
        }
        complete(id, result);
    }

    /** Moves the clock to exactly when {@code id} is due. */
    void advanceToDue(String id) {
        now = schedule.dueAt(id);
    }

    /** Seconds from now until {@code id} is due. */
    double dueIn(String id) {
        return (schedule.dueAt(id) - now) / (double) Polls.SECOND;
    }

    private double secondsFromOrigin(long t) {
        return (t - origin) / (double) Polls.SECOND;
    }
}
