package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.statustray.watch.Probes.GITHUB;
import static org.statustray.watch.Probes.OPENAI;

import org.junit.jupiter.api.Test;
import org.statustray.model.Notice;
import org.statustray.model.ProbeFailure;
import org.statustray.model.ServiceView;
import org.statustray.model.Status;
import org.statustray.model.Verdict;

/** Is it me or them: this machine's verdict (one notice for all) and each service's, as the windows read it. */
class VerdictTest {

    @Test
    void whenEveryPageAndProbeFailsForWantOfANetworkItIsOneNoticeAboutThisMachineAndNoneAboutServices() {
        Probes p = new Probes("openai", "gh");
        p.page(OPENAI, Status.OPERATIONAL, 0);
        p.page(GITHUB, Status.OPERATIONAL, 0);
        p.answers(OPENAI, 10);
        p.answers(GITHUB, 10);

        for (int i = 1; i <= 4; i++) {
            p.fails(OPENAI, ProbeFailure.UNREACHABLE, 60 * i);
            p.fails(GITHUB, ProbeFailure.DNS, 60 * i);
            p.pageUnreachable(OPENAI, 60 * i + 5);
            p.pageUnreachable(GITHUB, 60 * i + 5);
            p.pipeline.checkNetwork(Probes.at(60 * i + 30));
        }

        assertThat(p.told).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("You seem to be offline");
            assertThat(n.body()).startsWith("StatusTray can't reach any service; it will tell you when it can.");
            assertThat(n.cause()).isEqualTo(Notice.Cause.NETWORK);
            assertThat(n.serviceId()).isNull();
        });
        assertThat(p.pipeline.serviceViews()).extracting(ServiceView::verdict).containsOnly(Verdict.YOU);

        p.page(GITHUB, Status.OPERATIONAL, 300);
        p.pipeline.checkNetwork(Probes.at(330));
        assertThat(p.told).extracting(Notice::summary).containsExactly("You seem to be offline", "Back online");
    }

    @Test
    void everyPageGoingAtOnceIsOneNoticeAboutThisMachineBeforeAnyTickAndNoStatusUnknowns() {
        Probes p = new Probes();
        p.page(OPENAI, Status.OPERATIONAL, 0);
        p.page(GITHUB, Status.OPERATIONAL, 0);

        for (int i = 1; i <= 4; i++) { // a second apart: the 30 s tick never comes between
            p.pageUnreachable(OPENAI, i);
            p.pageUnreachable(GITHUB, i);
        }

        assertThat(p.told).extracting(Notice::summary).containsExactly("You seem to be offline");
    }

    @Test
    void aProbeThatAnswersWhileEveryPageFailsMeansItIsNotThisMachine() {
        Probes p = new Probes("openai");
        p.pageUnreachable(OPENAI, 0);
        p.pageUnreachable(GITHUB, 0);
        p.answers(OPENAI, 10);

        p.pipeline.checkNetwork(Probes.at(30));

        assertThat(p.told).isEmpty();
    }

    @Test
    void namesFailingForEveryProbeWhilePagesAnswerIsThisMachinesDns() {
        Probes p = new Probes("openai", "gh");
        p.page(OPENAI, Status.OPERATIONAL, 0);
        p.page(GITHUB, Status.OPERATIONAL, 0);
        for (int i = 1; i <= 3; i++) {
            p.fails(OPENAI, ProbeFailure.DNS, 30 * i);
            p.fails(GITHUB, ProbeFailure.DNS, 30 * i);
        }
        p.pipeline.checkNetwork(Probes.at(100));

        assertThat(p.told).singleElement().satisfies(n -> {
            assertThat(n.summary()).isEqualTo("Name lookups fail on this machine");
            assertThat(n.cause()).isEqualTo(Notice.Cause.NETWORK);
        });
        assertThat(p.pipeline.serviceViews()).extracting(ServiceView::verdict).containsOnly(Verdict.YOU);
    }

    @Test
    void everyProbesHandshakeFailingIsASignInPageOnThisNetworkNotTheServices() {
        Probes p = new Probes("openai", "gh");
        p.page(OPENAI, Status.OPERATIONAL, 0);
        p.page(GITHUB, Status.OPERATIONAL, 0);
        for (int i = 1; i <= 3; i++) {
            p.fails(OPENAI, ProbeFailure.TLS, 30 * i);
            p.fails(GITHUB, ProbeFailure.TLS, 30 * i);
        }
        p.pipeline.checkNetwork(Probes.at(100));

        assertThat(p.told).as("one notice for the network, no early warning per service").singleElement()
                .satisfies(n -> {
                    assertThat(n.summary()).isEqualTo("This network may want you to sign in");
                    assertThat(n.cause()).isEqualTo(Notice.Cause.NETWORK);
                });
        assertThat(p.pipeline.serviceViews()).extracting(ServiceView::verdict).containsOnly(Verdict.YOU);
    }

    @Test
    void oneServicesHandshakeFailingIsThatService() {
        Probes p = new Probes("openai", "gh");
        p.page(OPENAI, Status.OPERATIONAL, 0);
        p.page(GITHUB, Status.OPERATIONAL, 0);
        for (int i = 1; i <= 3; i++) {
            p.fails(OPENAI, ProbeFailure.TLS, 30 * i);
            p.answers(GITHUB, 30 * i);
        }
        p.pipeline.checkNetwork(Probes.at(100));

        assertThat(p.told).extracting(Notice::summary).doesNotContain("This network may want you to sign in");
        assertThat(p.pipeline.serviceViews().get(0).verdict()).isEqualTo(Verdict.THEM_NOT_ON_PAGE_YET);
    }

    @Test
    void eachServiceIsJudgedFromItsPageAndItsProbe() {
        Probes p = new Probes("openai");
        assertThat(verdicts(p)).as("not probed yet; GitHub has no probe").containsExactly(null, Verdict.NO_PROBE);

        p.page(OPENAI, Status.OPERATIONAL, 0);
        p.page(GITHUB, Status.OPERATIONAL, 0);
        p.answers(OPENAI, 10);
        assertThat(verdicts(p)).containsExactly(Verdict.FINE, Verdict.NO_PROBE);
        assertThat(p.pipeline.serviceViews().get(0).probeMs()).isEqualTo(115L);
        assertThat(p.pipeline.serviceViews().get(0).probedAt()).isEqualTo(Probes.at(10));

        for (int i = 1; i <= 3; i++) {
            p.fails(OPENAI, ProbeFailure.TIMEOUT, 10 + 30 * i);
        }
        assertThat(verdicts(p)).containsExactly(Verdict.THEM_NOT_ON_PAGE_YET, Verdict.NO_PROBE);
        assertThat(p.pipeline.notOperational("gh")).as("not answering counts as not operational").containsExactly("openai");

        p.page(OPENAI, Status.PARTIAL_OUTAGE, 200);
        p.page(OPENAI, Status.PARTIAL_OUTAGE, 230);
        assertThat(verdicts(p)).containsExactly(Verdict.THEM_CONFIRMED, Verdict.NO_PROBE);

        p.answers(OPENAI, 260);
        assertThat(verdicts(p)).containsExactly(Verdict.PAGE_ONLY, Verdict.NO_PROBE);
        assertThat(p.pipeline.notOperational(null)).containsExactly("openai");
        assertThat(p.pipeline.notOperational("openai")).isEmpty();
    }

    private static java.util.List<Verdict> verdicts(Probes p) {
        return p.pipeline.serviceViews().stream().map(ServiceView::verdict).toList();
    }
}
