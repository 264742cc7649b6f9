package org.statustray.ui.settings;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.statustray.model.AppConfig;
import org.statustray.model.QuietHours;
import org.statustray.model.ServiceConfig;
import org.statustray.store.ConfigRules;

/** Copies of settings with one thing changed, and the seconds a person types. */
final class ServiceEdits {
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("H:mm", Locale.ROOT);

    private ServiceEdits() {
    }

    static ServiceConfig components(ServiceConfig s, List<String> components) {
        return new ServiceConfig(s.id(), s.name(), s.url(), s.format(), components, s.pollIntervalSeconds(), s.muted(),
                s.watchUntilRecovered(), s.addedByUrl(), s.probe());
    }

    static ServiceConfig interval(ServiceConfig s, @Nullable Integer seconds) {
        return new ServiceConfig(s.id(), s.name(), s.url(), s.format(), s.components(), seconds, s.muted(),
                s.watchUntilRecovered(), s.addedByUrl(), s.probe());
    }

    static ServiceConfig flags(ServiceConfig s, boolean muted, boolean watchUntilRecovered) {
        return new ServiceConfig(s.id(), s.name(), s.url(), s.format(), s.components(), s.pollIntervalSeconds(), muted,
                watchUntilRecovered, s.addedByUrl(), s.probe());
    }

    /** {@code c} with the service {@code id} changed; as it was when it has no such service (removed meanwhile). */
    static AppConfig edited(AppConfig c, String id, Function<ServiceConfig, ServiceConfig> change) {
        return services(c, c.services().stream().map(s -> s.id().equals(id) ? change.apply(s) : s).toList());
    }

    static AppConfig without(AppConfig c, String id) {
        return services(c, c.services().stream().filter(s -> !s.id().equals(id)).toList());
    }

    /** {@code c} with the service {@code id} moved {@code by} places, if it has it and there is room. */
    static AppConfig moved(AppConfig c, String id, int by) {
        List<ServiceConfig> list = new ArrayList<>(c.services());
        int from = list.stream().map(ServiceConfig::id).toList().indexOf(id);
        if (from < 0 || from + by < 0 || from + by >= list.size()) {
            return c;
        }
        list.add(from + by, list.remove(from));
        return services(c, list);
    }

    /**
     * {@code c} watching {@code s} too, unless it watches that id or address already; the global interval is
     * raised to the least for pages on other hosts if {@code s} is one.
     */
    static AppConfig added(AppConfig c, ServiceConfig s) {
        if (c.services().stream().anyMatch(w -> w.id().equalsIgnoreCase(s.id()) || ConfigRules.sameAddress(w.url(), s.url()))) {
            return c;
        }
        List<ServiceConfig> list = new ArrayList<>(c.services());
        list.add(s);
        return interval(services(c, list), Math.max(c.pollIntervalSeconds(), ConfigRules.minimumGlobalInterval(list)));
    }

    static AppConfig services(AppConfig c, List<ServiceConfig> services) {
        return c.withServices(services);
    }

    static AppConfig interval(AppConfig c, int seconds) {
        return new AppConfig(seconds, c.services(), c.maintenanceNotifications(), c.quietHours(),
                c.timeoutSeconds(), c.probes(), c.probeIntervalSeconds(), c.earlyWarning());
    }

    static AppConfig notifications(AppConfig c, boolean maintenance, @Nullable QuietHours quietHours) {
        return new AppConfig(c.pollIntervalSeconds(), c.services(), maintenance, quietHours, c.timeoutSeconds(),
                c.probes(), c.probeIntervalSeconds(), c.earlyWarning());
    }

    /**
     * Whole seconds as typed ("90", "90 s"); null for blank.
     *
     * @throws IllegalArgumentException with the sentence to show when it is not a whole number of seconds
     */
    static @Nullable Integer seconds(@Nullable String typed, String what) {
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
        throw new IllegalArgumentException(what + " must be a whole number of seconds, at least 1 (not '"
                + Objects.requireNonNull(typed).strip() + "')"); // blank returned above
    }

    /** Quiet hours from {@code start} to {@code end} as typed (H:mm). */
    static QuietHours quietHours(@Nullable String start, @Nullable String end) {
        LocalTime from;
        LocalTime to;
        try {
            from = LocalTime.parse(start == null ? "" : start.strip(), CLOCK_TIME);
            to = LocalTime.parse(end == null ? "" : end.strip(), CLOCK_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Quiet hours need a start and an end like 22:00 and 07:00", e);
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("Quiet hours need an end different from their start");
        }
        return new QuietHours(from, to);
    }

    /** "22:00" for a time of the quiet hours; null when there are none. */
    static @Nullable String clockTime(@Nullable LocalTime t) {
        return t == null ? null : String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }
}
