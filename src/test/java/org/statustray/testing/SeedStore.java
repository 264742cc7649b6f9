package org.statustray.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Maintenance;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.store.HistoryStore;

/**
 * A history store filled the way a long-running app fills it, deterministically (same count and {@code now},
 * same rows): six services with real component names, {@code count} incidents over the last three years
 * (each with its investigating → identified → monitoring → resolved updates; a few bodies in HTML or
 * Markdown), a few maintenances, the last snapshot of every service, and, for the last
 * {@value #OBSERVED_DAYS} days (when "the app was running"), the component and service transitions those
 * incidents caused. GitHub has one incident still open (Actions degraded); the rest are resolved.
 *
 * <p>{@code java -cp statustray.jar:test-classes org.statustray.testing.SeedStore DATA_DIR [COUNT [UPDATES]]}
 * (UPDATES per resolved incident, at least 2; 4 by default).
 */
public final class SeedStore {
    public static final int OBSERVED_DAYS = 30;
    public static final String OPEN_INCIDENT_ID = "seed-github-open";

    /** One seeded service: its config, its components (ids are {@code <service>-<n>}), a few title words. */
    public record SeedService(ServiceConfig config, List<Component> components, boolean componentsComplete,
            int weight, List<String> problems) {
    }

    public static final List<SeedService> SERVICES = List.of(
            service("github", "GitHub", true, 30, List.of("Git Operations", "Webhooks", "API Requests", "Issues",
                    "Pull Requests", "Actions", "Packages", "Pages", "Codespaces", "Copilot"), null,
                    List.of("Incident with %s", "Disruption with some GitHub services", "Degraded performance for %s")),
            service("openai", "OpenAI", true, 25, List.of("Chat Completions", "Responses", "Fine-tuning", "Batch",
                    "Login", "Conversations", "Voice mode"), new String[] {"APIs", "APIs", "APIs", "APIs",
                    "ChatGPT", "ChatGPT", "ChatGPT"},
                    List.of("Elevated error rates on %s", "Increased latency for %s", "%s unavailable for some users")),
            service("anthropic", "Anthropic", true, 20, List.of("claude.ai", "Claude API", "Claude Code",
                    "platform.claude.com"), null,
                    List.of("Elevated errors on %s", "Increased latency on %s", "%s login issues")),
            service("slack", "Slack", false, 10, List.of("Messaging", "Calls", "Connectivity", "Files",
                    "Notifications", "Workflows"), null,
                    List.of("Some users may have trouble with %s", "Issues with %s")),
            service("aws", "AWS", false, 8, List.of("Amazon EC2 (N. Virginia)", "Amazon S3 (N. Virginia)",
                    "AWS Lambda (Oregon)", "Amazon CloudFront"), null,
                    List.of("Increased error rates: %s", "Increased API latencies: %s")),
            service("google-cloud", "Google Cloud", false, 7, List.of("Compute Engine", "Cloud Storage",
                    "BigQuery", "Vertex AI Gemini API"), null,
                    List.of("Multiple services impacted in %s", "%s customers may see elevated errors")));

    private static final String[] BODIES = {
        "We are investigating reports of degraded performance for %s.",
        "We have identified the cause of the errors affecting %s and are working on a fix.",
        "A fix has been implemented and we are monitoring the results.",
        "This incident has been resolved. Thank you for your patience.",
    };

    private SeedStore() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SeedStore DATA_DIR [COUNT [UPDATES]]");
            System.exit(64);
        }
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int updates = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        try (HistoryStore store = HistoryStore.open(Path.of(args[0]))) {
            seed(store, count, now, updates);
        }
        System.out.println("seeded " + count + " incidents into " + args[0]);
    }

    /** The seeded services' configs, in order. */
    public static List<ServiceConfig> configs() {
        return SERVICES.stream().map(SeedService::config).toList();
    }

    /** Writes {@code count} incidents (one of them GitHub's open one) and everything else described above. */
    public static void seed(HistoryStore store, int count, Instant now) {
        seed(store, count, now, 4);
    }

    /** As {@link #seed(HistoryStore, int, Instant)}, with {@code updates} updates (at least 2) per resolved incident. */
    public static void seed(HistoryStore store, int count, Instant now, int updates) {
        Random random = new Random(42);
        int totalWeight = SERVICES.stream().mapToInt(SeedService::weight).sum();
        Map<String, List<Incident>> byService = new LinkedHashMap<>();
        SERVICES.forEach(s -> byService.put(s.config().id(), new ArrayList<>()));
        Incident open = openIncident(now);
        byService.get("github").add(open);
        for (int n = 1; n < count; n++) {
            int pick = random.nextInt(totalWeight);
            SeedService s = SERVICES.get(0);
            for (SeedService candidate : SERVICES) {
                pick -= candidate.weight();
                if (pick < 0) {
                    s = candidate;
                    break;
                }
            }
            byService.get(s.config().id()).add(resolvedIncident(s, n, now, random, updates));
        }
        for (SeedService s : SERVICES) {
            String id = s.config().id();
            store.upsertIncidents(id, byService.get(id));
            store.upsertMaintenances(id, maintenances(s, now));
            transitions(store, s, byService.get(id), now);
            store.saveSnapshot(id, snapshot(s, now, id.equals("github") ? List.of(open) : List.of()));
            store.markBackfilled(id, byService.get(id).size());
        }
    }

    private static SeedService service(String id, String name, boolean complete, int weight, List<String> names,
            String[] groups, List<String> problems) {
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            components.add(new Component(id + "-" + i, names.get(i), groups == null ? null : groups[i], Status.OPERATIONAL));
        }
        ServiceConfig config = new ServiceConfig(id, name, "https://status.example/" + id, "statuspage", List.of(),
                null, false, false, false);
        return new SeedService(config, components, complete, weight, problems);
    }

    private static Incident resolvedIncident(SeedService s, int n, Instant now, Random random, int count) {
        Component c = s.components().get(random.nextInt(s.components().size()));
        List<String> ids = new ArrayList<>(List.of(c.id()));
        if (random.nextInt(4) == 0) {
            Component other = s.components().get(random.nextInt(s.components().size()));
            if (!ids.contains(other.id())) {
                ids.add(other.id());
            }
        }
        int roll = random.nextInt(10);
        Impact impact = roll == 0 ? Impact.NONE : roll < 6 ? Impact.MINOR : roll < 9 ? Impact.MAJOR : Impact.CRITICAL;
        long minutes = 10 + (long) (Math.pow(random.nextDouble(), 3) * 720);
        Instant started = now.minus(Duration.ofMinutes(minutes + 5 + (long) (random.nextDouble() * 3 * 365 * 24 * 60)))
                .truncatedTo(ChronoUnit.SECONDS);
        Instant resolved = started.plus(Duration.ofMinutes(minutes));
        String title = String.format(s.problems().get(random.nextInt(s.problems().size())), c.name());
        List<IncidentUpdate> updates = new ArrayList<>();
        String[] phases = {"investigating", "identified", "monitoring", "resolved"};
        for (int p = 0; p < count; p++) {
            // the first investigating and the last resolved; identified, then monitoring, in between
            int phase = p == 0 ? 0 : p == count - 1 ? 3 : p <= (count - 1) / 2 ? 1 : 2;
            Instant at = started.plus(Duration.ofMinutes(minutes * p / (count - 1)));
            updates.add(new IncidentUpdate(s.config().id() + "-" + n + "-u" + p, phases[phase], at, at,
                    body(phase, c.name(), n)));
        }
        return new Incident("seed-" + s.config().id() + "-" + n, title, "resolved", impact, started, resolved,
                resolved, "https://status.example/" + s.config().id() + "/incidents/" + n, updates, ids);
    }

    /** Plain text mostly; every seventh body in HTML, every eleventh in Markdown, as real pages publish them. */
    private static String body(int phase, String component, int n) {
        String text = String.format(BODIES[phase], component);
        if (n % 7 == 0) {
            return "<p>" + text + "</p><p>Details: <a href=\"https://status.example/incidents/" + n + "\">incident report</a></p>";
        }
        if (n % 11 == 0) {
            return "**" + text + "** See [the post-incident review](https://status.example/reviews/" + n + ").";
        }
        return text;
    }

    private static Incident openIncident(Instant now) {
        Instant started = now.minus(Duration.ofMinutes(40));
        Instant identified = now.minus(Duration.ofMinutes(15));
        return new Incident(OPEN_INCIDENT_ID, "Disruption with some GitHub services", "identified", Impact.MINOR,
                started, identified, null, "https://status.example/github/incidents/open",
                List.of(new IncidentUpdate("open-u0", "investigating", started, started,
                                "We are investigating reports of degraded performance for Actions."),
                        new IncidentUpdate("open-u1", "identified", identified, identified,
                                "Queued jobs are delayed. We have identified the cause and are rolling out a fix.")),
                List.of("github-5"));
    }

    private static List<Maintenance> maintenances(SeedService s, Instant now) {
        List<Maintenance> out = new ArrayList<>();
        String id = s.config().id();
        for (int k = 1; k <= 3; k++) {
            Instant starts = now.minus(Duration.ofDays(20L * k)).truncatedTo(ChronoUnit.HOURS);
            out.add(new Maintenance("seed-" + id + "-m" + k, "Scheduled database maintenance", "completed", starts,
                    starts.plus(Duration.ofHours(2)), null, List.of(), List.of(s.components().get(0).id())));
        }
        if (id.equals("anthropic")) {
            Instant starts = now.plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);
            out.add(new Maintenance("seed-anthropic-next", "Planned maintenance of the Claude API", "scheduled", starts,
                    starts.plus(Duration.ofHours(1)), null, List.of(), List.of("anthropic-1")));
        }
        return out;
    }

    /** What the app would have recorded while running: every change of a component's worst incident status. */
    private static void transitions(HistoryStore store, SeedService s, List<Incident> incidents, Instant now) {
        Instant observed = now.minus(Duration.ofDays(OBSERVED_DAYS));
        List<Incident> recent = incidents.stream()
                .filter(i -> i.resolved() == null || i.resolved().isAfter(observed)).toList();
        List<Instant> edges = new ArrayList<>();
        for (Incident i : recent) {
            edges.add(i.started().isBefore(observed) ? observed : i.started());
            if (i.resolved() != null) {
                edges.add(i.resolved());
            }
        }
        edges.sort(null);
        Map<String, Status> was = new LinkedHashMap<>();
        s.components().forEach(c -> was.put(c.id(), Status.OPERATIONAL));
        Status serviceWas = Status.OPERATIONAL;
        for (Instant t : edges.stream().distinct().toList()) {
            List<Status> all = new ArrayList<>();
            for (Component c : s.components()) {
                Status now2 = statusAt(recent, c.id(), t);
                all.add(now2);
                if (now2 != was.get(c.id())) {
                    store.recordTransition(s.config().id(), c.id(), was.get(c.id()), now2, t);
                    was.put(c.id(), now2);
                }
            }
            Status worst = Status.worst(all);
            if (worst != serviceWas) {
                store.recordTransition(s.config().id(), null, serviceWas, worst, t);
                serviceWas = worst;
            }
        }
    }

    private static Status statusAt(List<Incident> incidents, String componentId, Instant t) {
        List<Status> covering = new ArrayList<>();
        for (Incident i : incidents) {
            boolean covers = !i.started().isAfter(t) && (i.resolved() == null || i.resolved().isAfter(t));
            if (covers && i.componentIds().contains(componentId)) {
                covering.add(i.impact() == null ? Status.DEGRADED : i.impact().impliedStatus());
            }
        }
        return Status.worst(covering);
    }

    private static Snapshot snapshot(SeedService s, Instant now, List<Incident> active) {
        List<Component> components = new ArrayList<>();
        for (Component c : s.components()) {
            boolean hit = active.stream().anyMatch(i -> i.componentIds().contains(c.id()));
            if (s.componentsComplete() || hit) {
                components.add(new Component(c.id(), c.name(), c.group(), hit ? Status.DEGRADED : Status.OPERATIONAL));
            }
        }
        Status status = active.isEmpty() ? Status.OPERATIONAL : Status.DEGRADED;
        return new Snapshot(s.config().name(), s.config().url(), "statuspage", now, status,
                active.isEmpty() ? "All Systems Operational" : "Minor Service Outage", components,
                s.componentsComplete(), active, List.of());
    }
}
