package org.statustray.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The app's settings: global poll interval, the watched services, notification choices and how long one
 * read of a page may take. {@code quietHours} may be null; maintenance notifications are off unless asked for.
 * {@code probes}: whether services are probed from this machine at all, every {@code probeIntervalSeconds};
 * {@code earlyWarning}: whether a service that stops answering from here before its page says so is told.
 */
public record AppConfig(int pollIntervalSeconds, List<ServiceConfig> services, boolean maintenanceNotifications,
        @Nullable QuietHours quietHours, int timeoutSeconds, boolean probes, int probeIntervalSeconds,
        boolean earlyWarning) {

    public static final int DEFAULT_INTERVAL_SECONDS = 60;
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;
    public static final int MAX_TIMEOUT_SECONDS = 120;

    public AppConfig {
        services = List.copyOf(services);
        if (timeoutSeconds < 1 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException("timeoutSeconds out of range: " + timeoutSeconds);
        }
        if (probeIntervalSeconds < 1) {
            throw new IllegalArgumentException("probeIntervalSeconds out of range: " + probeIntervalSeconds);
        }
    }

    /** Early warnings on. */
    public AppConfig(int pollIntervalSeconds, List<ServiceConfig> services, boolean maintenanceNotifications,
            @Nullable QuietHours quietHours, int timeoutSeconds, boolean probes, int probeIntervalSeconds) {
        this(pollIntervalSeconds, services, maintenanceNotifications, quietHours, timeoutSeconds, probes,
                probeIntervalSeconds, true);
    }

    /** Probing on, every {@link ProbeMinimum#DEFAULT_SECONDS}, with early warnings. */
    public AppConfig(int pollIntervalSeconds, List<ServiceConfig> services, boolean maintenanceNotifications,
            @Nullable QuietHours quietHours, int timeoutSeconds) {
        this(pollIntervalSeconds, services, maintenanceNotifications, quietHours, timeoutSeconds, true,
                ProbeMinimum.DEFAULT_SECONDS);
    }

    /** These settings watching {@code list} instead. */
    public AppConfig withServices(List<ServiceConfig> list) {
        return new AppConfig(pollIntervalSeconds, list, maintenanceNotifications, quietHours, timeoutSeconds, probes,
                probeIntervalSeconds, earlyWarning);
    }

    /** These settings with probing on or off and its interval as given. */
    public AppConfig withProbes(boolean on, int intervalSeconds) {
        return new AppConfig(pollIntervalSeconds, services, maintenanceNotifications, quietHours, timeoutSeconds, on,
                intervalSeconds, earlyWarning);
    }

    /** These settings with early warnings on or off. */
    public AppConfig withEarlyWarning(boolean on) {
        return new AppConfig(pollIntervalSeconds, services, maintenanceNotifications, quietHours, timeoutSeconds, probes,
                probeIntervalSeconds, on);
    }

    public AppConfig(int pollIntervalSeconds, List<ServiceConfig> services, boolean maintenanceNotifications,
            @Nullable QuietHours quietHours) {
        this(pollIntervalSeconds, services, maintenanceNotifications, quietHours, DEFAULT_TIMEOUT_SECONDS);
    }
}
