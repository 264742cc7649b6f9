package org.statustray.desktop;

import java.time.Instant;
import org.statustray.model.Notice;
import org.statustray.model.Status;

/** Notices for tests. */
public final class Notices {
    public static final Instant AT = Instant.parse("2026-10-07T10:00:00Z");

    private Notices() {
    }

    public static Notice notice(String summary, String body, Status status, Notice.Urgency urgency, String thread) {
        return new Notice("openai/inc-1/" + summary, "openai", summary, body, status, urgency, thread,
                "https://status.openai.com/incidents/inc-1", AT);
    }

    public static Notice degraded(String thread) {
        return notice("OpenAI: degraded", "Elevated error rates on ChatGPT", Status.DEGRADED, Notice.Urgency.NORMAL,
                thread);
    }

    public static Notice withUrl(String url) {
        Notice n = degraded("t");
        return new Notice(n.key(), n.serviceId(), n.summary(), n.body(), n.status(), n.urgency(), n.thread(), url,
                n.at());
    }
}
