package org.statustray.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.statustray.model.Component;
import org.statustray.model.Status;
import org.statustray.model.TrayState;

/** A poll of one service re-tells the tray only when something the tray shows may have moved. */
class TrayToldTest {
    private static final Instant NOW = Instant.parse("2026-12-07T20:00:00Z");
    private static final TrayState.Row GH = new TrayState.Row("gh", "GitHub", Status.OPERATIONAL, "All good");
    private static final TrayState.Row AWS = new TrayState.Row("aws", "AWS", Status.DEGRADED, "EC2 slow");
    private static final ItIsMe.Machine FINE = ItIsMe.Machine.FINE;

    private static TrayTold toldBoth() {
        TrayTold told = new TrayTold();
        told.state(List.of(GH, AWS), FINE, Map.of(), null, NOW);
        return told;
    }

    @Test
    void nothingToldYetOrAServiceFirstSeenIsNews() {
        assertThat(new TrayTold().sameAfterPoll(GH, List.of(), true, FINE, null)).isFalse();
        TrayTold told = toldBoth();
        assertThat(told.sameAfterPoll(GH, List.of(), true, FINE, null)).as("first poll of gh since").isFalse();
        assertThat(told.sameAfterPoll(GH, List.of(), true, FINE, null)).as("the same again").isTrue();
    }

    @Test
    void itsOwnRowItsUnlistedComponentsThisMachineOrTheSnoozeMovingIsNews() {
        TrayTold told = toldBoth();
        told.sameAfterPoll(AWS, List.of(), true, FINE, null);
        TrayState.Row worse = new TrayState.Row("aws", "AWS", Status.MAJOR_OUTAGE, "EC2 down");
        assertThat(told.sameAfterPoll(worse, List.of(), true, FINE, null)).isFalse();
        assertThat(told.sameAfterPoll(AWS, List.of(new Component("c1", "EC2", null, Status.OPERATIONAL)), true, FINE, null)).isFalse();
        assertThat(told.sameAfterPoll(AWS, List.of(), true, ItIsMe.Machine.OFFLINE, null)).isFalse();
        assertThat(told.sameAfterPoll(AWS, List.of(), true, FINE, NOW.plusSeconds(3600))).isFalse();
        assertThat(told.sameAfterPoll(AWS, List.of(), true, FINE, null)).as("all as told").isTrue();
    }

    /** Whether a page answers moves the other services' verdicts (ItIsMe.othersAnswer): the whole tray is looked at. */
    @Test
    void aPageThatStopsOrStartsAnsweringIsNewsEvenWithItsRowUnchanged() {
        TrayTold told = toldBoth();
        told.sameAfterPoll(GH, List.of(), true, FINE, null);
        assertThat(told.sameAfterPoll(GH, List.of(), false, FINE, null)).isFalse();
        assertThat(told.sameAfterPoll(GH, List.of(), false, FINE, null)).isTrue();
        assertThat(told.sameAfterPoll(GH, List.of(), true, FINE, null)).isFalse();
    }
}
