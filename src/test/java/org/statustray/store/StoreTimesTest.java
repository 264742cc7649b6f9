package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The store's fixed-width times read back exactly, by the fast reader and by the JDK's for anything else. */
class StoreTimesTest {

    @Test
    void everyStoredTimeReadsBackAsTheSameInstantAsTheJdkReadsIt() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            Instant t = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 200_000_000_000L), random.nextInt(1_000_000_000));
            String text = StoreTimes.text(t);
            assertThat(StoreTimes.instant(text)).as(text).isEqualTo(t).isEqualTo(Instant.parse(text));
        }
        for (String edge : new String[] {"1970-01-01T00:00:00Z", "2024-02-29T23:59:59.999999999Z",
                "1969-12-31T23:59:59.000000001Z", "2000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z"}) {
            Instant t = Instant.parse(edge);
            assertThat(StoreTimes.instant(StoreTimes.text(t))).isEqualTo(t);
        }
    }

    @Test
    void otherFormsAndOddTextAreReadExactlyAsTheJdkReadsThem() {
        assertThat(StoreTimes.instant("2026-03-01T03:00:00Z")).isEqualTo(Instant.parse("2026-03-01T03:00:00Z"));
        assertThat(StoreTimes.instant("2026-03-01T03:00:00.5Z")).isEqualTo(Instant.parse("2026-03-01T03:00:00.500Z"));
        assertThat(StoreTimes.instant(null)).isNull();
        assertThatThrownBy(() -> StoreTimes.instant("2026-02-30T00:00:00.000000000Z")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> StoreTimes.instant("2026-13-01T00:00:00.000000000Z")).isInstanceOf(DateTimeParseException.class);
        // The JDK reads 24:00 as the next midnight; so does the store, as before.
        assertThat(StoreTimes.instant("2026-01-01T24:00:00.000000000Z")).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        assertThatThrownBy(() -> StoreTimes.instant("2026-01-0xT00:00:00.000000000Z")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void theDayCountIsTheJdksForEveryDayOfTenThousandYears() {
        for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() < 10_000; d = d.plusDays(1)) {
            if (StoreTimes.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) != d.toEpochDay()) {
                throw new AssertionError(d + ": " + StoreTimes.epochDay(d.getYear(), d.getMonthValue(),
                        d.getDayOfMonth()) + " days, the JDK counts " + d.toEpochDay());
            }
        }
    }
}
