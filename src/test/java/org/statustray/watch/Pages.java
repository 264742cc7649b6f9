package org.statustray.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/** Small OpenAI-like pages for policy tests: ChatGPT and Fine-tuning, with or without an incident. */
final class Pages {
    static final Instant T0 = Instant.parse("2026-02-03T10:00:00Z");

    private Pages() {
    }

    static ServiceConfig openai() {
        return service(false, false);
    }

    static ServiceConfig service(boolean muted, boolean untilRecovered) {
        return new ServiceConfig("openai", "OpenAI", "https://status.openai.com", "statuspage",
                List.of("ChatGPT", "Fine-tuning"), null, muted, untilRecovered, false);
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /** A page whose status is the worst component, with an incident while anything is wrong. */
    static Snapshot page(Status chatgpt, Status fineTuning, String... updates) {
        List<Component> components = List.of(new Component("c1", "ChatGPT", null, chatgpt),
                new Component("c2", "Fine-tuning", null, fineTuning));
        Status worst = Status.worst(List.of(chatgpt, fineTuning));
        List<Incident> incidents = new ArrayList<>();
        if (worst.isProblem()) {
            List<IncidentUpdate> posts = new ArrayList<>();
            for (int i = 0; i < Math.max(1, updates.length); i++) {
                String body = updates.length == 0 ? "We are investigating <b>elevated errors</b>." : updates[i];
                posts.add(new IncidentUpdate("u" + i, "investigating", T0.plusSeconds(i), T0.plusSeconds(i), body));
            }
            incidents.add(new Incident("inc1", "Elevated errors", "investigating", Impact.MAJOR, T0, T0, null,
                    "https://status.openai.com/incidents/inc1", posts, List.of("c1", "c2")));
        }
        return new Snapshot("OpenAI", "https://status.openai.com/api/v2/summary.json", "statuspage", T0, worst,
                worst.label(), components, true, incidents, List.of());
    }
}
