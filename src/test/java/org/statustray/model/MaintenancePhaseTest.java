package org.statustray.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Where a maintenance stands: the page's word, its window, and the start of one with no end. */
class MaintenancePhaseTest {
    static final Instant NOW = Instant.parse("2026-08-10T12:00:00Z");

    static Maintenance maintenance(String status, @Nullable Instant starts, @Nullable Instant ends) {
        return new Maintenance("m", "Work", status, starts, ends, null, List.of(), List.of());
    }

    static Instant hours(long h) {
        return NOW.plusSeconds(h * 3600);
    }

    @Test
    void aScheduledMaintenanceAheadIsPlanned() {
        assertThat(MaintenancePhase.of(maintenance("scheduled", hours(2), hours(4)), NOW)).isEqualTo(MaintenancePhase.PLANNED);
        assertThat(MaintenancePhase.of(maintenance("scheduled", hours(2), null), NOW)).isEqualTo(MaintenancePhase.PLANNED);
        assertThat(MaintenancePhase.of(maintenance("scheduled", null, hours(4)), NOW)).isEqualTo(MaintenancePhase.PLANNED);
        assertThat(MaintenancePhase.of(maintenance("scheduled", null, null), NOW))
                .as("nothing says it passed").isEqualTo(MaintenancePhase.PLANNED);
    }

    @Test
    void aScheduledMaintenanceWhoseWindowHasPassedIsNotPlanned() {
        assertThat(MaintenancePhase.of(maintenance("scheduled", hours(-30), hours(-28)), NOW))
                .isEqualTo(MaintenancePhase.PASSED);
        assertThat(MaintenancePhase.of(maintenance("scheduled", hours(-3), NOW), NOW))
                .as("its end is now").isEqualTo(MaintenancePhase.PASSED);
        assertThat(MaintenancePhase.of(maintenance("scheduled", null, hours(-1)), NOW)).isEqualTo(MaintenancePhase.PASSED);
    }

    @Test
    void withNoEndTheStartAndThePagesOwnWordDecide() {
        assertThat(MaintenancePhase.of(maintenance("scheduled", hours(-5), null), NOW))
                .as("started by the clock, never begun by the page").isEqualTo(MaintenancePhase.PASSED);
        assertThat(MaintenancePhase.of(maintenance("in_progress", hours(-5), null), NOW))
                .as("the page says it is under way").isEqualTo(MaintenancePhase.UNDER_WAY);
        assertThat(MaintenancePhase.of(maintenance("completed", hours(-5), null), NOW)).isEqualTo(MaintenancePhase.PASSED);
    }

    @Test
    void underWayByThePagesWordOrByItsOpenWindow() {
        assertThat(MaintenancePhase.of(maintenance("in_progress", hours(-1), hours(1)), NOW))
                .isEqualTo(MaintenancePhase.UNDER_WAY);
        assertThat(MaintenancePhase.of(maintenance("verifying", hours(-3), hours(-1)), NOW))
                .as("overrunning: the page still says so").isEqualTo(MaintenancePhase.UNDER_WAY);
        assertThat(MaintenancePhase.of(maintenance("scheduled", hours(-1), hours(1)), NOW))
                .as("its window is open").isEqualTo(MaintenancePhase.UNDER_WAY);
    }
}
