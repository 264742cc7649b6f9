package org.statustray.ui.settings;

import java.util.List;
import java.util.Locale;
import org.statustray.model.AppConfig;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;

/** Copies of settings with one thing changed, and the seconds a person types. */
final class ServiceEdits {
    private ServiceEdits() {
    }

    static ServiceConfig components(ServiceConfig s, List<String> components) {
        return new ServiceConfig(s.id(), s.name(), s.url(), s.format(), components, s.pollIntervalSeconds(), s.muted(),
                s.watchUntilRecovered(), s.addedByUrl());
    }

    static ServiceConfig interval(ServiceConfig s, Integer seconds) {
        return new ServiceConfig(s.id(), s.name(), s.url(), s.format(), s.components(), seconds, s.muted(),
                s.watchUntilRecovered(), s.addedByUrl());
    }

    static ServiceConfig flags(ServiceConfig s, boolean muted, boolean watchUntilRecovered) {
        return new ServiceConfig(s.id(), s.name(), s.url(), s.format(), s.components(), s.pollIntervalSeconds(), muted,
                watchUntilRecovered, s.addedByUrl());
    }

    static AppConfig services(AppConfig c, List<ServiceConfig> services) {
        return new AppConfig(c.pollIntervalSeconds(), services, c.maintenanceNotifications(), c.quietHours(),
                c.timeoutSeconds());
    }

    static AppConfig interval(AppConfig c, int seconds) {
        return new AppConfig(seconds, c.services(), c.maintenanceNotifications(), c.quietHours(),
                c.timeoutSeconds());
    }

    static AppConfig notifications(AppConfig c, boolean maintenance, QuietHours quietHours) {
        return new AppConfig(c.pollIntervalSeconds(), c.services(), maintenance, quietHours, c.timeoutSeconds());
    }

    /**
     * Whole seconds as typed ("90", "90 s"); null for blank.
     *
     * @throws IllegalArgumentException with the sentence to show when it is not a whole number of seconds
     */
    static Integer seconds(String typed, String what) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return null;
        }
        t = t.endsWith("s") ? t.substring(0, t.length() - 1).strip() : t;
        try {
            int n = Integer.parseInt(t);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException(what + " must be a whole number of seconds, at least 1 (not '" + typed.strip() + "')");
    }
}
