package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.ServiceConfig;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;

/** What "the same page again" means to the detector: every field but when it was read. */
class ChangeDetectorSameContentTest {
    static final Instant T0 = Pages.T0;

    @Test
    void sameContentIgnoresOnlyWhenThePageWasRead() {
        Snapshot a = Pages.page(Status.OPERATIONAL, Status.DEGRADED);
        Snapshot later = new Snapshot(a.service(), a.url(), a.format(), T0.plusSeconds(60), a.status(), a.description(),
                a.components(), a.componentsComplete(), a.incidents(), a.maintenances());

        assertThat(ChangeDetector.sameContent(a, later)).isTrue();
        assertThat(ChangeDetector.sameContent(a, a.named("Other"))).isFalse();
        assertThat(ChangeDetector.sameContent(a, Pages.page(Status.DEGRADED, Status.DEGRADED))).isFalse();
        assertThat(ChangeDetector.sameContent(a, Pages.page(Status.OPERATIONAL, Status.DEGRADED, "Fixed."))).isFalse();
        assertThat(ChangeDetector.sameContent(a, new Snapshot(a.service(), a.url(), a.format(), a.fetchedAt(), a.status(),
                a.description(), a.components(), false, a.incidents(), a.maintenances()))).isFalse();
        assertThat(ChangeDetector.sameContent(null, a)).isFalse();
        assertThat(ChangeDetector.sameContent(null, null)).isTrue();
        assertThat(Snapshot.class.getRecordComponents()).as("sameContent compares every field but fetchedAt: a new"
                + " field needs adding there").hasSize(10);
    }

    @Test
    void aNotModifiedAnswerWhileWatchingComponentsKeepsTheSameSnapshot() {
        ServiceConfig service = Pages.openai();
        ChangeDetector detector = new ChangeDetector();
        detector.onRead(service, Pages.page(Status.OPERATIONAL, Status.OPERATIONAL), T0);
        Snapshot first = detector.lastGood(service.id()).orElseThrow();

        assertThat(detector.onUnchanged(service, T0.plusSeconds(60))).isEmpty();
        assertThat(detector.lastGood(service.id()).orElseThrow()).isSameAs(first);
        assertThat(detector.lastRead(service.id()).orElseThrow().components()).hasSize(2);
    }

    @Test
    void theSamePageReadAgainLaterSaysNothingButIsTheNewLastGood() {
        ServiceConfig service = new ServiceConfig("openai", "OpenAI", "https://status.openai.com", "statuspage",
                List.of(), null, false, false, false);
        ChangeDetector detector = new ChangeDetector();
        Snapshot page = Pages.page(Status.DEGRADED, Status.OPERATIONAL);
        detector.onRead(service, page, T0);
        Snapshot again = new Snapshot(page.service(), page.url(), page.format(), T0.plusSeconds(60), page.status(),
                page.description(), List.copyOf(page.components()), true, page.incidents(), page.maintenances());

        assertThat(detector.onRead(service, again, T0.plusSeconds(60))).isEmpty();
        assertThat(detector.lastGood(service.id()).orElseThrow().fetchedAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(again.components().get(0)).isEqualTo(new Component("c1", "ChatGPT", null, Status.DEGRADED));
    }
}
