package org.statustray.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statustray.model.Impact;
import org.statustray.model.Incident;
import org.statustray.model.Status;

/** The mark before an incident's title in the timeline: an open incident never wears the operational tick. */
class IncidentMarkTest {
    static Incident incident(Impact impact, String status) {
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        return new Incident("i", "Webhooks delayed", status, impact, start, start, null, null, List.of(), List.of());
    }

    @Test
    void anOpenIncidentOfImpactNoneHasNoMarkAndAClosedOneTheTick() {
        assertThat(IncidentList.headingMark(incident(Impact.NONE, "investigating"), true)).isNull();
        assertThat(IncidentList.headingMark(incident(Impact.NONE, "resolved"), false)).isEqualTo(Status.OPERATIONAL);
    }

    @Test
    void anOpenIncidentWearsWhatItsImpactImpliesAndDegradedWhenThePageGaveNone() {
        assertThat(IncidentList.headingMark(incident(Impact.MAJOR, "identified"), true)).isEqualTo(Impact.MAJOR.impliedStatus());
        assertThat(IncidentList.headingMark(incident(null, "identified"), true)).isEqualTo(Status.DEGRADED);
    }
}
