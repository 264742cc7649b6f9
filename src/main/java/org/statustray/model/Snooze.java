package org.statustray.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Notifications snoozed until {@code until}; {@code when} is that time as the person reads it, in their zone
 * ("19:30 CET" later today, "Tue 00:00 CET" on another day, so that it does not go stale at midnight; empty
 * when the end is not known).
 */
public record Snooze(Instant until, String when) {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_DAY = DateTimeFormatter.ofPattern("EEE HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter OTHER_WEEK = DateTimeFormatter.ofPattern("EEE d MMM HH:mm zzz", Locale.ENGLISH);

    /** A snooze whose end is not told (a tray state made without one). */
    public static final Snooze UNTIL_RESUMED = new Snooze(Instant.MAX, "");

    /** The snooze until {@code until}, its time spelled for a person in {@code zone} at {@code now}. */
    public static Snooze of(Instant until, Instant now, ZoneId zone) {
        ZonedDateTime end = until.atZone(zone);
        LocalDate today = LocalDate.ofInstant(now, zone);
        DateTimeFormatter f = end.toLocalDate().equals(today) ? TODAY
                : end.toLocalDate().isBefore(today.plusDays(6)) ? OTHER_DAY : OTHER_WEEK;
        return new Snooze(until, f.format(end));
    }

    /** "Notifications snoozed until 19:30 CET" (the tooltip's line, the menu's and the overview's). */
    public String sentence() {
        return when.isEmpty() ? "Notifications snoozed" : "Notifications snoozed until " + when;
    }
}
