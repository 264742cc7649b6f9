package org.statustray.store;

import org.jspecify.annotations.Nullable;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ProbeResult;

/**
 * What a row of {@code probes} holds for its bucket: counts, and latencies as min, sum and max so that
 * buckets add up exactly when they are merged into longer ones. Times are epoch seconds.
 */
final class ProbeSums {
    int ok;
    int failed;
    int firstByteCount;
    @Nullable Long firstByteMin;
    long firstByteSum;
    @Nullable Long firstByteMax;
    long totalMin = Long.MAX_VALUE;
    long totalSum;
    long totalMax = Long.MIN_VALUE;
    @Nullable Long failureAt;
    @Nullable String failure;

    static ProbeSums of(ProbeResult r) {
        ProbeSums s = new ProbeSums();
        s.ok = r.reachable() ? 1 : 0;
        s.failed = r.reachable() ? 0 : 1;
        Long firstByte = r.ms().firstByte();
        if (firstByte != null) {
            s.firstByteCount = 1;
            s.firstByteMin = firstByte;
            s.firstByteSum = firstByte;
            s.firstByteMax = firstByte;
        }
        s.totalMin = r.ms().total();
        s.totalSum = r.ms().total();
        s.totalMax = r.ms().total();
        if (!r.reachable()) {
            s.failureAt = r.at().getEpochSecond();
            s.failure = (r.failure() == null ? ProbeFailure.OTHER : r.failure()).name();
        }
        return s;
    }

    void add(ProbeSums o) {
        ok += o.ok;
        failed += o.failed;
        firstByteCount += o.firstByteCount;
        firstByteMin = lower(firstByteMin, o.firstByteMin);
        firstByteSum += o.firstByteSum;
        firstByteMax = higher(firstByteMax, o.firstByteMax);
        totalMin = Math.min(totalMin, o.totalMin);
        totalSum += o.totalSum;
        totalMax = Math.max(totalMax, o.totalMax);
        if (o.failureAt != null && (failureAt == null || o.failureAt >= failureAt)) {
            failureAt = o.failureAt;
            failure = o.failure;
        }
    }

    private static @Nullable Long lower(@Nullable Long a, @Nullable Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
    }

    private static @Nullable Long higher(@Nullable Long a, @Nullable Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }
}
