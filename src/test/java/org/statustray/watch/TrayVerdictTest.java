package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.Probes.GITHUB;
import static org.statustray.watch.Probes.OPENAI;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.statustray.model.ProbeFailure;
import org.statustray.model.Status;
import org.statustray.model.TrayState;
import org.statustray.model.Verdict;

/** Is it me or them in the tray: each row's verdict, the tooltip's lines, and this machine said first. */
class TrayVerdictTest {

    @Test
    void aServiceThatStopsAnsweringIsToldInItsRowAndTheTooltipAsSoonAsTheProbesSaySo() {
        Probes p = new Probes("openai");
        p.page(OPENAI, Status.OPERATIONAL, 0);
        p.page(GITHUB, Status.OPERATIONAL, 0);
        p.answers(OPENAI, 10);
        assertThat(last(p).tooltip()).isEqualTo("StatusTray\nOpenAI API: operational\nGitHub: operational");
        assertThat(last(p).services()).extracting(TrayState.Row::verdict).containsExactly(Verdict.FINE, Verdict.NO_PROBE);
        int toldBefore = p.trays.size();

        for (int i = 1; i <= 3; i++) {
            p.fails(OPENAI, ProbeFailure.TIMEOUT, 10 + 30 * i);
        }

        assertThat(p.trays).as("told once, when the verdict moved").hasSize(toldBefore + 1);
        assertThat(last(p).services().get(0).verdict()).isEqualTo(Verdict.THEM_NOT_ON_PAGE_YET);
        assertThat(last(p).tooltip()).isEqualTo("StatusTray\n"
                + "OpenAI API: operational · not answering from here; not on its page yet\nGitHub: operational");
        assertThat(last(p)).isEqualTo(p.pipeline.trayState(Instant.now()));

        p.page(OPENAI, Status.MAJOR_OUTAGE, 200);
        p.page(OPENAI, Status.MAJOR_OUTAGE, 230);
        assertThat(last(p).tooltip()).contains("OpenAI API: major outage · down, confirmed from here");

        p.answers(OPENAI, 260);
        assertThat(last(p).tooltip()).contains("OpenAI API: major outage · page reports a problem; answers from here");
    }

    @Test
    void whenItIsThisMachineTheTooltipSaysSoFirst() {
        Probes p = new Probes("openai", "gh");
        p.page(OPENAI, Status.OPERATIONAL, 0);
        p.page(GITHUB, Status.OPERATIONAL, 0);
        p.answers(OPENAI, 10);
        p.answers(GITHUB, 10);

        for (int i = 1; i <= 4; i++) {
            p.fails(OPENAI, ProbeFailure.UNREACHABLE, 60 * i);
            p.fails(GITHUB, ProbeFailure.UNREACHABLE, 60 * i);
            p.pageUnreachable(OPENAI, 60 * i + 5);
            p.pageUnreachable(GITHUB, 60 * i + 5);
            p.pipeline.checkNetwork(Probes.at(60 * i + 30));
        }

        TrayState now = last(p);
        assertThat(now.tooltip().lines().toList()).startsWith("StatusTray", TrayTooltip.OFFLINE);
        assertThat(now.tooltip()).doesNotContain("not answering from here").doesNotContain("confirmed");
        assertThat(now.services()).extracting(TrayState.Row::verdict).containsOnly(Verdict.YOU);
        assertThat(now.services().get(0).says()).endsWith("this machine's network");

        p.page(GITHUB, Status.OPERATIONAL, 300);
        p.pipeline.checkNetwork(Probes.at(330));
        assertThat(last(p).tooltip()).doesNotContain(TrayTooltip.OFFLINE);
    }

    @Test
    void nameLookupsFailingAreSaidAsSuch() {
        Probes p = new Probes("openai", "gh");
        p.page(OPENAI, Status.OPERATIONAL, 0);
        p.page(GITHUB, Status.OPERATIONAL, 0);
        for (int i = 1; i <= 3; i++) {
            p.fails(OPENAI, ProbeFailure.DNS, 30 * i);
            p.fails(GITHUB, ProbeFailure.DNS, 30 * i);
        }

        assertThat(last(p).tooltip().lines().toList()).startsWith("StatusTray", TrayTooltip.NAMES_FAILING);
        assertThat(last(p).tooltip()).doesNotContain(TrayTooltip.OFFLINE);
    }

    private static TrayState last(Probes p) {
        return p.trays.get(p.trays.size() - 1);
    }
}
