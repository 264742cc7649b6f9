package org.statustray.watch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.Component;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/** Services, results and a fixed "random" for the scheduler's tests. */
final class Polls {
    static final Instant WALL = Instant.parse("2026-01-10T12:00:00Z");
    static final long SECOND = 1_000_000_000L;

    private Polls() {
    }

    static ServiceConfig service(String id, String url, Integer intervalSeconds) {
        return new ServiceConfig(id, id, url, "statuspage", List.of(), intervalSeconds, false, false, false);
    }

    static ServiceConfig watching(String id, String url, List<String> components) {
        return new ServiceConfig(id, id, url, "statuspage", components, null, false, false, false);
    }

    static PageResult.Read read(Status status) {
        return read(status, Validators.NONE, List.of());
    }

    static PageResult.Read read(Status status, Validators validators, List<Component> components) {
        Snapshot snapshot = new Snapshot("Test", "https://status.example.com", "statuspage", WALL, status,
                status.label(), components, true, List.of(), List.of());
        return new PageResult.Read(URI.create("https://status.example.com/api/v2/summary.json"), "statuspage",
                snapshot, validators);
    }

    static PageResult.Failed failed(FailureKind kind) {
        return new PageResult.Failed(URI.create("https://status.example.com/api/v2/summary.json"), kind,
                "it failed", kind == FailureKind.HTTP_STATUS ? 500 : 0, null);
    }

    static PageResult.Failed retryAt(Instant when) {
        return new PageResult.Failed(URI.create("https://status.example.com/api/v2/summary.json"),
                FailureKind.HTTP_STATUS, "HTTP 503 Service Unavailable", 503, when);
    }

    /** A generator whose {@code nextDouble} is always {@code value}: jitter becomes exact. */
    static RandomGenerator fixedRandom(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    static long seconds(double s) {
        return (long) (s * SECOND);
    }
}
