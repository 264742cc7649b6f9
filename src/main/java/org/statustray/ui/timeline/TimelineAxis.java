package org.statustray.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The labels under the bands, at round times of the user's zone: every 4 hours over a day ("16:00", a
 * date at midnight), every midnight over a week ("Tue 3"), the 1st and 15th over 90 days ("15 Feb").
 */
public final class TimelineAxis {
    /** A label and where it stands, 0 (the period's start) to 1 (its end). */
    public record Tick(Instant at, double position, String label) {
    }

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE d", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private TimelineAxis() {
    }

    static List<Tick> ticks(TimelineModel.Period period, Instant from, Instant to, ZoneId zone) {
        List<Tick> out = new ArrayList<>();
        double span = Duration.between(from, to).toMillis();
        if (span <= 0) {
            return out;
        }
        for (ZonedDateTime t : roundTimes(period, from.atZone(zone), to)) {
            double position = Duration.between(from, t.toInstant()).toMillis() / span;
            out.add(new Tick(t.toInstant(), position, label(period, t)));
        }
        return out;
    }

    private static List<ZonedDateTime> roundTimes(TimelineModel.Period period, ZonedDateTime start, Instant end) {
        List<ZonedDateTime> times = new ArrayList<>();
        ZoneId zone = start.getZone();
        LocalDate day = start.toLocalDate();
        while (!day.atStartOfDay(zone).toInstant().isAfter(end)) {
            for (ZonedDateTime t : roundTimesOf(period, day, zone)) {
                if (t.isAfter(start) && !t.toInstant().isAfter(end)) {
                    times.add(t);
                }
            }
            day = day.plusDays(1);
        }
        return times;
    }

    private static List<ZonedDateTime> roundTimesOf(TimelineModel.Period period, LocalDate day, ZoneId zone) {
        ZonedDateTime midnight = day.atStartOfDay(zone);
        return switch (period) {
            case DAY -> List.of(midnight, at(day, 4, zone), at(day, 8, zone), at(day, 12, zone), at(day, 16, zone),
                    at(day, 20, zone));
            case WEEK -> List.of(midnight);
            case QUARTER -> day.getDayOfMonth() == 1 || day.getDayOfMonth() == 15 ? List.of(midnight) : List.of();
        };
    }

    /** The hour on that day's clock (in a gap when clocks go forward, the hour after it). */
    private static ZonedDateTime at(LocalDate day, int hour, ZoneId zone) {
        return day.atTime(hour, 0).atZone(zone);
    }

    private static String label(TimelineModel.Period period, ZonedDateTime t) {
        return switch (period) {
            case DAY -> t.getHour() == 0 && t.getMinute() == 0 ? WEEKDAY.format(t) : HOUR.format(t);
            case WEEK -> WEEKDAY.format(t);
            case QUARTER -> DAY.format(t);
        };
    }
}
