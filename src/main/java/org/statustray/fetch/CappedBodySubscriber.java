package org.statustray.fetch;

import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a body into a byte array, but cancels the subscription and fails with
 * {@link BodyTooLargeException} as soon as more than {@code limit} bytes arrive, so at most about
 * {@code limit} bytes are ever buffered. {@link #abort} lets a timeout stop the reading from outside.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {
    private final long limit;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private byte[] buffer = new byte[0];
    private int size;

    CappedBodySubscriber(long limit) {
        this.limit = limit;
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
    public void onNext(List<ByteBuffer> items) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer item : items) {
            int n = item.remaining();
            if ((long) size + n > limit) {
                fail(new BodyTooLargeException());
                return;
            }
            if (size + n > buffer.length) {
                long wanted = Math.max((long) size + n, Math.min(limit, Math.max(8192L, buffer.length * 2L)));
                buffer = Arrays.copyOf(buffer, (int) wanted);
            }
            item.get(buffer, size, n);
            size += n;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        body.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        body.complete(size == buffer.length ? buffer : Arrays.copyOf(buffer, size));
    }

    /** Stops reading (closing the connection) and fails the body with {@code cause}. */
    void abort(Throwable cause) {
        fail(cause);
    }

    private void fail(Throwable cause) {
        body.completeExceptionally(cause);
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }
}
