package org.statustray.ui.all;

import java.time.Duration;

/** The periods the all-services window shows, as the timeline has them. */
public enum AllPeriod {
    DAY(Duration.ofHours(24), "24 h"),
    WEEK(Duration.ofDays(7), "7 d"),
    QUARTER(Duration.ofDays(90), "90 d");

    private final Duration length;
    private final String label;

    AllPeriod(Duration length, String label) {
        this.length = length;
        this.label = label;
    }

    public Duration length() {
        return length;
    }

    public String label() {
        return label;
    }
}
