package org.statustray.watch;

import org.statustray.testing.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Collects poll results from the poller's thread; tests wait for them with a deadline, never a sleep. */
final class Results implements Consumer<PollResult> {
    static final Duration DEADLINE = Duration.ofSeconds(15);

    private final List<PollResult> all = new ArrayList<>();

    @Override
    public synchronized void accept(PollResult result) {
        all.add(result);
        notifyAll();
    }

    synchronized List<PollResult> all() {
        return List.copyOf(all);
    }

    synchronized List<PollResult> of(String serviceId) {
        return all.stream().filter(r -> r.service().id().equals(serviceId)).toList();
    }

    /** Waits until {@code count} results match, and returns them (all that match). */
    synchronized List<PollResult> await(Predicate<PollResult> which, int count) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            List<PollResult> matching = all.stream().filter(which).toList();
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("waited " + DEADLINE.toSeconds() + " s for " + count + " results, got "
                        + matching.size() + " of " + all.size());
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    List<PollResult> await(String serviceId, int count) {
        return await(r -> r.service().id().equals(serviceId), count);
    }

    /** Polls {@code condition} until it holds or the deadline passes. */
    static void awaitThat(String what, BooleanSupplier condition) {
        Await.until(condition, DEADLINE, what);
    }
}
