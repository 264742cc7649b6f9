package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.model.Status.DEGRADED;
import static org.statustray.model.Status.MAJOR_OUTAGE;
import static org.statustray.model.Status.OPERATIONAL;
import static org.statustray.watch.Pages.at;
import static org.statustray.watch.Pages.page;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.statustray.model.AlternativeGroups;
import org.statustray.model.Notice;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/**
 * The stand-ins a degradation notice names ("Anthropic and Mistral AI are operational."): the pure sentence
 * over the watched states, and the notice the policy builds with it.
 */
class AlternativesTest {
    static final AlternativeGroups GROUPS = new AlternativeGroups(Map.of(
            "ai-models", List.of("openai", "anthropic", "mistral"), "code-hosting", List.of("github", "gitlab")));
    final ServiceStates states = new ServiceStates();
    final ChangeDetector detector = new ChangeDetector(states);
    final ServiceConfig openai = Pages.openai();
    final ServiceConfig anthropic = service("anthropic", "Anthropic", false);
    final ServiceConfig mistral = service("mistral", "Mistral AI", false);
    final ServiceConfig gitlab = service("gitlab", "GitLab", false);

    static ServiceConfig service(String id, String name, boolean muted) {
        return new ServiceConfig(id, name, "https://status." + id + ".example", "statuspage", List.of(), null, muted,
                false, false);
    }

    void shows(String id, Status status) {
        detector.restore(id, page(status, status));
    }

    String sentenceFor(String id) {
        return Alternatives.sentence(id, GROUPS, states.watched());
    }

    @Test
    void noneHealthyMeansNothingIsSaid() {
        states.update(List.of(openai, anthropic, mistral));
        shows("anthropic", DEGRADED);
        shows("mistral", MAJOR_OUTAGE);

        assertThat(sentenceFor("openai")).isEmpty();
    }

    @Test
    void oneHealthyStandInIsNamed() {
        states.update(List.of(openai, anthropic, mistral, gitlab));
        shows("anthropic", OPERATIONAL);
        shows("mistral", DEGRADED);
        shows("gitlab", OPERATIONAL); // well, but no stand-in for an AI model API

        assertThat(sentenceFor("openai")).isEqualTo("Anthropic is operational.");
    }

    @Test
    void twoHealthyStandInsAreNamedInTheWatchedOrder() {
        states.update(List.of(mistral, openai, anthropic));
        shows("anthropic", OPERATIONAL);
        shows("mistral", OPERATIONAL);

        assertThat(sentenceFor("openai")).isEqualTo("Mistral AI and Anthropic are operational.");
    }

    @Test
    void aMutedStandInStillCountsItsPageIsStillRead() {
        states.update(List.of(openai, service("anthropic", "Anthropic", true)));
        shows("anthropic", OPERATIONAL);

        assertThat(sentenceFor("openai")).isEqualTo("Anthropic is operational.");
    }

    @Test
    void unknownOrNotYetReadIsNotHealthyAndNeitherIsMaintenance() {
        states.update(List.of(openai, anthropic, mistral, service("gitlab", "GitLab", false)));
        shows("anthropic", OPERATIONAL);
        states.of("anthropic").unknown = true; // its page failed three times in a row
        shows("mistral", Status.MAINTENANCE);

        assertThat(sentenceFor("openai")).isEmpty();
        assertThat(sentenceFor("github")).as("gitlab never read yet").isEmpty();
    }

    @Test
    void aServiceWithoutAGroupHasNoStandIns() {
        ServiceConfig byUrl = new ServiceConfig("status-example-com", "Example", "https://status.example.com", "auto",
                List.of(), null, false, false, true);
        states.update(List.of(byUrl, anthropic));
        shows("anthropic", OPERATIONAL);

        assertThat(sentenceFor("status-example-com")).isEmpty();
    }

    @Test
    void theDegradationNoticeEndsWithTheSentenceAndTheRecoveryDoesNot() {
        NotificationPolicy policy = new NotificationPolicy(SentLog.inMemory(), HeldLog.inMemory(), ZoneOffset.UTC, states);
        policy.alternatives(GROUPS);
        states.update(List.of(openai, anthropic, mistral));
        shows("anthropic", OPERATIONAL);
        shows("mistral", OPERATIONAL);
        List<Notice> notices = new ArrayList<>();
        int[] minute = {0};
        Consumer<Snapshot> read = s -> {
            minute[0]++;
            notices.addAll(policy.decide(openai, detector.onRead(openai, s, at(minute[0])), at(minute[0])));
        };

        read.accept(page(OPERATIONAL, OPERATIONAL));
        read.accept(page(MAJOR_OUTAGE, DEGRADED));
        read.accept(page(MAJOR_OUTAGE, DEGRADED));
        shows("mistral", DEGRADED); // meanwhile
        read.accept(page(OPERATIONAL, OPERATIONAL));
        read.accept(page(OPERATIONAL, OPERATIONAL));

        assertThat(notices).extracting(Notice::summary).containsExactly("OpenAI: major outage", "OpenAI recovered");
        assertThat(notices.get(0).body()).isEqualTo("Elevated errors\nWe are investigating elevated errors.\n"
                + "Anthropic and Mistral AI are operational.");
        assertThat(notices.get(1).body()).doesNotContain("operational.");
    }

    @Test
    void withoutGroupsTheNoticeIsAsBefore() {
        NotificationPolicy policy = new NotificationPolicy(SentLog.inMemory(), HeldLog.inMemory(), ZoneOffset.UTC, states);
        states.update(List.of(openai, anthropic));
        shows("anthropic", OPERATIONAL);
        List<Notice> notices = new ArrayList<>();
        for (int m = 1; m <= 3; m++) {
            Snapshot s = m == 1 ? page(OPERATIONAL, OPERATIONAL) : page(DEGRADED, OPERATIONAL);
            notices.addAll(policy.decide(openai, detector.onRead(openai, s, at(m)), at(m)));
        }

        assertThat(notices).singleElement().extracting(Notice::body)
                .isEqualTo("Elevated errors\nWe are investigating elevated errors.");
    }
}
