package org.statustray.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.statustray.model.ServiceView;
import org.statustray.model.Status;
import org.statustray.model.Verdict;
import org.statustray.testing.MovableClock;

/** Is it me or them in the overview: the verdict's words, the probe's time and age, a warning, the accessible text. */
class OverviewVerdictTest {
    static final Instant NOW = Instant.parse("2026-02-03T13:45:00Z");

    final OverviewModel model = new OverviewModel(new MovableClock(NOW), ZoneId.of("Europe/Berlin"));

    static ServiceView probed(String id, Status status, @Nullable Verdict verdict, @Nullable Long ms,
            @Nullable Instant at) {
        return new ServiceView(id, id.toUpperCase(), "https://status." + id + ".com", status, null, null,
                NOW.minusSeconds(40), NOW.minusSeconds(40), List.of(), List.of(), verdict, ms, at);
    }

    @Test
    void aServiceThatAnswersShowsTheVerdictItsTimeAndWhenItWasProbed() {
        model.update(List.of(probed("openai", Status.OPERATIONAL, Verdict.FINE, 212L, NOW.minusSeconds(70)),
                probed("slack", Status.MAJOR_OUTAGE, Verdict.PAGE_ONLY, 1450L, NOW.minusSeconds(5))));

        OverviewRow openai = model.rows().get(0);
        assertThat(openai.verdict()).isEqualTo("fine · 212 ms · probed 1 min ago");
        assertThat(openai.verdictWarns()).isFalse();
        assertThat(openai.accessibleText())
                .isEqualTo("OPENAI, operational, fine · 212 ms · probed 1 min ago, checked 40 s ago");
        assertThat(model.rows().get(1).verdict())
                .isEqualTo("page reports a problem; answers from here · 1450 ms · probed 5 s ago");
    }

    @Test
    void aServiceThatStoppedAnsweringBeforeItsPageSaidSoIsAWarningWithoutTheTimeout() {
        model.update(List.of(probed("openai", Status.OPERATIONAL, Verdict.THEM_NOT_ON_PAGE_YET, 10_000L,
                NOW.minusSeconds(30)), probed("gh", Status.MAJOR_OUTAGE, Verdict.THEM_CONFIRMED, 10_000L, NOW)));

        OverviewRow openai = model.rows().get(0);
        assertThat(openai.verdict()).isEqualTo("not answering from here; not on its page yet · probed 30 s ago");
        assertThat(openai.verdictWarns()).isTrue();
        assertThat(openai.accessibleText()).contains("warning: not answering from here; not on its page yet");
        assertThat(model.rows().get(1).verdict()).isEqualTo("down, confirmed from here · probed just now");
        assertThat(model.rows().get(1).verdictWarns()).isFalse();
    }

    @Test
    void nothingIsSaidOfAServiceNotProbedOrNotJudgedYet() {
        model.update(List.of(probed("a", Status.OPERATIONAL, Verdict.NO_PROBE, null, null),
                probed("b", Status.OPERATIONAL, null, null, null),
                new ServiceView("c", "C", "https://c.example", Status.OPERATIONAL, null, null, NOW, NOW, List.of(),
                        List.of())));

        assertThat(model.rows()).extracting(OverviewRow::verdict).containsOnly("");
        assertThat(model.rows().get(0).accessibleText()).isEqualTo("A, operational, checked 40 s ago");
    }

    @Test
    void thisMachinesNetworkIsSaidWithoutATime() {
        model.update(List.of(probed("openai", Status.UNKNOWN, Verdict.YOU, 10_000L, NOW.minusSeconds(120))));

        assertThat(model.rows().get(0).verdict()).isEqualTo("this machine's network · probed 2 min ago");
    }
}
