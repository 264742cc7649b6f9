package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Bodies read at once share one budget, so many large answers together cannot exhaust the heap. */
class BodyBudgetTest {
    static final java.net.URI PAGE = java.net.URI.create("https://status.example.com/");
    static final Flow.Subscription NOTHING = new Flow.Subscription() {
        @Override
        public void request(long n) {
        }

        @Override
        public void cancel() {
        }
    };

    @Test
    void aBodyThatWouldOverdrawTheSharedBudgetFailsAndEveryByteIsGivenBack() {
        BodyBudget budget = new BodyBudget(100_000);
        CappedBodySubscriber first = subscribed(budget);
        CappedBodySubscriber second = subscribed(budget);

        first.onNext(List.of(ByteBuffer.allocate(60_000)));
        second.onNext(List.of(ByteBuffer.allocate(60_000)));

        assertThatThrownBy(() -> second.getBody().toCompletableFuture().join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(BodyTooLargeException.class)
                .satisfies(e -> assertThat(((BodyTooLargeException) e.getCause()).overBudget()).isTrue());
        first.onComplete();
        assertThat(first.getBody().toCompletableFuture().join()).hasSize(60_000);
        assertThat(budget.free()).isEqualTo(100_000);

        CappedBodySubscriber third = subscribed(budget);
        third.onNext(List.of(ByteBuffer.allocate(60_000)));
        third.onComplete();
        assertThat(third.getBody().toCompletableFuture().join()).hasSize(60_000);
        assertThat(budget.free()).isEqualTo(100_000);
    }

    @Test
    void inflatingPaysFromTheBudgetTooAndGivesItBack() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new byte[200_000]);
        }
        BodyBudget budget = new BodyBudget(50_000);

        assertThatThrownBy(() -> ContentDecoding.decode(gz.toByteArray(), "gzip", 1 << 20, budget, budget.hold()))
                .isInstanceOf(BodyTooLargeException.class)
                .satisfies(e -> assertThat(((BodyTooLargeException) e).overBudget()).isTrue());
        assertThat(budget.free()).isEqualTo(50_000);
        BodyBudget roomy = new BodyBudget(1 << 20);
        assertThat(ContentDecoding.decode(gz.toByteArray(), "gzip", 1 << 20, roomy, roomy.hold())).hasSize(200_000);
    }

    @Test
    void oneBodyAtTheCapFitsABudgetOfOneBodyAtTheCapAlsoWhenInflated() throws Exception {
        int cap = 1 << 20;
        byte[] data = new byte[cap];
        new java.util.Random(7).nextBytes(data);
        BodyBudget budget = new BodyBudget(cap);
        CappedBodySubscriber s = new CappedBodySubscriber(cap, budget);
        s.onSubscribe(NOTHING);
        for (int at = 0; at < cap; at += 10_000) { // pieces that straddle the buffer's segments
            s.onNext(List.of(ByteBuffer.wrap(data, at, Math.min(10_000, cap - at))));
        }
        s.onComplete();

        assertThat(s.getBody().toCompletableFuture().join()).isEqualTo(data);
        assertThat(budget.free()).isEqualTo(cap);
        try (BodyBudget.Hold hold = budget.hold()) {
            assertThat(ContentDecoding.decode(FetchAssertions.gzip(data), "gzip", cap, budget, hold)).isEqualTo(data);
            assertThat(budget.free()).as("the inflated body is paid for while it is in hand").isZero();
        }
        assertThat(budget.free()).isEqualTo(cap);
    }

    @Test
    void overBudgetIsItsOwnReason() {
        assertThat(Failures.fromThrowable(PAGE, PAGE, new BodyTooLargeException(true),
                FetchSettings.defaults()).reason()).isEqualTo("too many large responses at once to hold in memory; trying again later");
    }

    private static CappedBodySubscriber subscribed(BodyBudget budget) {
        CappedBodySubscriber s = new CappedBodySubscriber(80_000, budget);
        s.onSubscribe(NOTHING);
        return s;
    }
}
