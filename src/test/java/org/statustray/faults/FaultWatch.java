package org.statustray.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.statustray.app.WatchCommand;
import org.statustray.fetch.PageResult;

/**
 * The real watching ({@code statustray watch --verbose}: fetcher, readers, poller, notification policy,
 * history) over {@link FaultSites}, recording each poll as it is handled and each line it prints.
 */
final class FaultWatch implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();

    /** One handled poll: which service, its failure's reason (null when it read), and when (System.nanoTime). */
    record Poll(String service, String error, long nanos) {
    }

    final List<Poll> polls = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final WatchCommand.Session session;

    FaultWatch(Path dir, FaultSites sites, int timeoutSeconds) {
        Path config = dir.resolve("config.json");
        StringBuilder services = new StringBuilder();
        for (FaultSite s : sites.all()) {
            FaultSites.Page p = sites.page(s);
            services.append(services.length() == 0 ? "" : ",\n").append("{\"id\": \"").append(id(sites, s))
                    .append("\", \"url\": \"").append(s.root()).append(p.given()).append("\", \"format\": \"")
                    .append(p.format()).append("\", \"pollIntervalSeconds\": 1}");
        }
        try {
            Files.writeString(config, "{\"pollIntervalSeconds\": 1, \"timeoutSeconds\": " + timeoutSeconds
                    + ", \"services\": [\n" + services + "]}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        session = WatchCommand.start(config, dir.resolve("data"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false,
                r -> polls.add(new Poll(r.service().id(),
                        r.result() instanceof PageResult.Failed f ? f.reason() : null, System.nanoTime())));
    }

    static String id(FaultSites sites, FaultSite s) {
        return s == sites.control ? "control" : sites.page(s).format();
    }

    /** Every JSON line printed so far. */
    List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** The status the service's last transition line moved it to, or null before its first. */
    String shown(String service) {
        String to = null;
        for (JsonNode l : lines()) {
            if (l.get("kind").asText().equals("transition") && l.get("service").asText().equals(service)) {
                to = l.get("to").asText();
            }
        }
        return to;
    }

    /** What happened to one service: its polls and lines, for a failure message. */
    String story(String service) {
        StringBuilder b = new StringBuilder();
        polls.stream().filter(p -> p.service().equals(service)).forEach(p -> b.append("\n  poll ").append(p.nanos() / 1_000_000)
                .append(" ms: ").append(p.error() == null ? "read" : p.error()));
        lines().stream().filter(l -> service.equals(l.path("service").asText())).forEach(l -> b.append("\n  ").append(l));
        return b.append("\n  stderr: ").append(stderr()).toString();
    }

    /** Stops the watching; what it printed and polled stays readable. */
    void stop() {
        session.close();
    }

    @Override
    public void close() {
        stop();
    }
}
