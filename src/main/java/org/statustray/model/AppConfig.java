package org.statustray.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The app's settings: global poll interval, the watched services, notification choices and how long one
 * read of a page may take. {@code quietHours} may be null; maintenance notifications are off unless asked for.
 */
public record AppConfig(int pollIntervalSeconds, List<ServiceConfig> services, boolean maintenanceNotifications,
        @Nullable QuietHours quietHours, int timeoutSeconds) {

    public static final int DEFAULT_INTERVAL_SECONDS = 60;
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    public static final int MAX_TIMEOUT_SECONDS = 120;

    public AppConfig {
        services = List.copyOf(services);
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("timeoutSeconds out of range: " + timeoutSeconds);
        }
    }

    public AppConfig(int pollIntervalSeconds, List<ServiceConfig> services, boolean maintenanceNotifications,
            @Nullable QuietHours quietHours) {
        this(pollIntervalSeconds, services, maintenanceNotifications, quietHours, DEFAULT_TIMEOUT_SECONDS);
    }
}
