package org.statustray.model;

import java.util.List;

/**
 * The app's settings: global poll interval, the watched services, and notification choices.
 * {@code quietHours} may be null; maintenance notifications are off unless asked for.
 */
public record AppConfig(int pollIntervalSeconds, List<ServiceConfig> services, boolean maintenanceNotifications,
        QuietHours quietHours) {

    public static final int DEFAULT_INTERVAL_SECONDS = 60;

    public AppConfig {
        services = List.copyOf(services);
    }
}
