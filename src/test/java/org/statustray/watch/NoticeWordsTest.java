package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.model.Status.DEGRADED;
import static org.statustray.model.Status.MAJOR_OUTAGE;
import static org.statustray.model.Status.OPERATIONAL;
import static org.statustray.model.Status.PARTIAL_OUTAGE;
import static org.statustray.watch.Pages.T0;
import static org.statustray.watch.Pages.at;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.IncidentUpdate;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/** The words of status notices: each component's own status, and the same first line on a first read as later. */
class NoticeWordsTest {
    static final ServiceConfig WHOLE = new ServiceConfig("openai", "OpenAI", "https://status.openai.com", "statuspage",
            List.of(), null, false, false, false);

    @Test
    void aPartialRecoveryNamesEachRemainingComponentsOwnStatusNotThePagesWord() {
        Run run = new Run();
        run.read(page(MAJOR_OUTAGE, "Major Service Outage", true, MAJOR_OUTAGE, MAJOR_OUTAGE, DEGRADED));

        // The page's own word is "partial outage"; API is still down and Files still slow
        List<Notice> partly = run.readTwice(page(PARTIAL_OUTAGE, "Partial System Outage", true, OPERATIONAL,
                MAJOR_OUTAGE, DEGRADED));

        assertThat(partly).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("ChatGPT recovered — API still major outage; Files still degraded");
            assertThat(n.body()).as("its first line is the incident's title, not the page's word")
                    .startsWith("Elevated errors\n");
        });
    }

    @Test
    void componentsOfOneStatusAreNamedTogether() {
        List<Component> still = List.of(new Component("a", "API", null, MAJOR_OUTAGE),
                new Component("f", "Files", null, DEGRADED), new Component("b", "Batch", "Jobs", MAJOR_OUTAGE));

        assertThat(NoticeText.still(still)).isEqualTo("API, Jobs / Batch still major outage; Files still degraded");
    }

    @Test
    void theFirstLineIsTheIncidentTitleOnAFirstReadAsLater() {
        Snapshot down = page(PARTIAL_OUTAGE, "Partial System Outage", true, MAJOR_OUTAGE, OPERATIONAL, OPERATIONAL);

        Notice atStart = new Run().read(down).get(0);
        Run later = new Run();
        later.read(page(OPERATIONAL, "All Systems Operational", false, OPERATIONAL, OPERATIONAL, OPERATIONAL));
        Notice afterwards = later.readTwice(down).get(0);

        assertThat(atStart.summary()).isEqualTo(afterwards.summary()).isEqualTo("OpenAI: partial outage");
        assertThat(atStart.body()).isEqualTo(afterwards.body())
                .isEqualTo("Elevated errors\nWe are investigating elevated errors.");
    }

    @Test
    void withNoIncidentTheFirstLineIsThePagesOwnWordsOnAFirstReadAsLater() {
        Snapshot down = page(DEGRADED, "Minor Service Outage", false, DEGRADED, OPERATIONAL, OPERATIONAL);

        Notice atStart = new Run().read(down).get(0);
        Run later = new Run();
        later.read(page(OPERATIONAL, "All Systems Operational", false, OPERATIONAL, OPERATIONAL, OPERATIONAL));
        Notice afterwards = later.readTwice(down).get(0);

        assertThat(atStart.body()).isEqualTo(afterwards.body()).isEqualTo("Minor Service Outage");
    }

    /** One detector and policy, reading a page a minute apart. */
    static final class Run {
        final ChangeDetector detector = new ChangeDetector();
        final NotificationPolicy policy = new NotificationPolicy(SentLog.inMemory(), ZoneOffset.UTC);
        int minute;

        List<Notice> read(Snapshot s) {
            minute++;
            return policy.decide(WHOLE, detector.onRead(WHOLE, s, at(minute)), at(minute));
        }

        List<Notice> readTwice(Snapshot s) {
            List<Notice> all = new ArrayList<>(read(s));
            all.addAll(read(s));
            return all;
        }
    }

    /** A page with its own overall word, three components, and an open incident when {@code incident}. */
    static Snapshot page(Status overall, String words, boolean incident, Status chatgpt, Status api, Status files) {
        List<Component> components = List.of(new Component("c1", "ChatGPT", null, chatgpt),
                new Component("c2", "API", null, api), new Component("c3", "Files", null, files));
        List<Incident> incidents = !incident ? List.of() : List.of(new Incident("inc1", "Elevated errors",
                "investigating", Impact.MAJOR, T0, T0, null, "https://status.openai.com/incidents/inc1",
                List.of(new IncidentUpdate("u1", "investigating", T0, T0, "We are investigating elevated errors.")),
                List.of("c1", "c2", "c3")));
        return new Snapshot("OpenAI", "https://status.openai.com/api/v2/summary.json", "statuspage", T0, overall, words,
                components, true, incidents, List.of());
    }
}
