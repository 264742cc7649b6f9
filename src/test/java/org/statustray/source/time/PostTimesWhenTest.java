package org.statustray.source.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** A post's time is placed in the year exactly as the date-object version did, around year ends and leap days. */
class PostTimesWhenTest {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Jun", "Sep", "Nov", "Dec", "Foo", "February"};
    private static final String[] ZONES = {"UTC", "GMT", "PST", "PDT", "Z", "GMT+1", "UTC-0530", "XYZ", ""};

    @Test
    void randomPostTimesLandWhereTheyDidBefore() {
        Random random = new Random(1_12_2026);
        for (int round = 0; round < 200_000; round++) {
            String text = MONTHS[random.nextInt(MONTHS.length)] + " " + random.nextInt(33) + ", "
                    + (random.nextInt(20) == 0 ? (1999 + random.nextInt(30)) + ", " : "")
                    + random.nextInt(26) + ":" + String.format("%02d", random.nextInt(62))
                    + (random.nextBoolean() ? ":" + String.format("%02d", random.nextInt(62)) : "")
                    + " " + ZONES[random.nextInt(ZONES.length)];
            Instant reference = reference(random);
            assertThat(PostTimes.when(text, reference)).as("%s near %s", text, reference)
                    .isEqualTo(before(text, reference));
        }
    }

    /** Mostly near a year's end or a leap day, sometimes at the ends of the 4-digit years, with nanoseconds. */
    private static Instant reference(Random random) {
        int year = random.nextInt(10) == 0 ? (random.nextBoolean() ? 1 + random.nextInt(2) : 9997 + random.nextInt(3))
                : 1995 + random.nextInt(40);
        LocalDateTime base = random.nextBoolean() ? LocalDateTime.of(year, 1, 1, 0, 0) : LocalDateTime.of(year, 3, 1, 0, 0);
        long shift = (long) (random.nextGaussian() * 3 * 86_400);
        return base.toInstant(ZoneOffset.UTC).plusSeconds(shift).plusNanos(random.nextInt(1_000_000_000));
    }

    /** {@link PostTimes#when} as it was written first: the pattern, then date objects and durations. */
    private static Instant before(String text, Instant reference) {
        Matcher m = PostTimes.WHEN.matcher(text.trim());
        if (!m.matches()) {
            return null;
        }
        int month = FeedDates.month(m.group(1));
        ZoneOffset offset = FeedDates.offset(m.group(7));
        if (month == 0 || offset == null || (m.group(3) == null && reference == null)) {
            return null;
        }
        int day = Integer.parseInt(m.group(2));
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (m.group(3) != null) {
            return at(Integer.parseInt(m.group(3)), month, day, hour, minute, second, offset);
        }
        int year = reference.atOffset(offset).getYear();
        Instant best = null;
        for (int y = year - 1; y <= year + 1; y++) {
            Instant candidate = at(y, month, day, hour, minute, second, offset);
            if (candidate != null && (best == null
                    || Duration.between(candidate, reference).abs().compareTo(Duration.between(best, reference).abs()) < 0)) {
                best = candidate;
            }
        }
        return best;
    }

    private static Instant at(int year, int month, int day, int hour, int minute, int second, ZoneOffset offset) {
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second).toInstant(offset);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
