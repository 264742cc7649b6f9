package org.statustray.fetch;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import org.jspecify.annotations.Nullable;

/**
 * Collects a body into a byte array, but cancels the subscription and fails with
 * {@link BodyTooLargeException} as soon as more than {@code limit} bytes arrive, so at most about
 * {@code limit} bytes are ever buffered. {@link #abort} lets a timeout stop the reading from outside.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final BudgetedBuffer buffer;
    private final BodyBudget.@Nullable Hold hold;
    private volatile Flow.@Nullable Subscription subscription;

    CappedBodySubscriber(long limit) {
        this(limit, BodyBudget.UNLIMITED);
    }

    /** Buffers at most {@code limit} bytes, paid for from {@code budget} until the body is complete or failed. */
    CappedBodySubscriber(long limit, BodyBudget budget) {
        this(limit, budget, null);
    }

    /** Like that, but the complete body stays paid for in {@code hold} (of {@code budget}) until it is closed. */
    CappedBodySubscriber(long limit, BodyBudget budget, BodyBudget.@Nullable Hold hold) {
        this.buffer = new BudgetedBuffer(limit, budget);
        this.hold = hold;
    }

    /** A subscriber that reads nothing and fails at once: the declared length is already over the cap. */
    static BodySubscriber<byte[]> rejecting() {
        CappedBodySubscriber s = new CappedBodySubscriber(0);
        s.body.completeExceptionally(new BodyTooLargeException());
        return s;
    }

    /** A subscriber that reads nothing: the body of a status we do not use. */
    static BodySubscriber<byte[]> ignoring() {
        CappedBodySubscriber s = new CappedBodySubscriber(0);
        s.body.complete(new byte[0]);
        return s;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (body.isDone()) {
            s.cancel();
        } else {
            s.request(1);
        }
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        try {
            for (ByteBuffer item : items) {
                buffer.append(item);
            }
        } catch (BodyTooLargeException e) {
            fail(e);
            return;
        }
        Objects.requireNonNull(subscription).request(1); // onSubscribe came first
    }

    @Override
    public synchronized void onError(Throwable t) {
        buffer.release();
        body.completeExceptionally(t);
    }

    @Override
    public synchronized void onComplete() {
        byte[] bytes;
        BodyBudget.Hold h = hold;
        if (h == null) {
            bytes = buffer.toArray();
            buffer.release();
        } else {
            bytes = buffer.finish(h);
        }
        body.complete(bytes);
    }

    /** Stops reading (closing the connection) and fails the body with {@code cause}. */
    void abort(Throwable cause) {
        fail(cause);
    }

    private synchronized void fail(Throwable cause) {
        buffer.release();
        body.completeExceptionally(cause);
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
