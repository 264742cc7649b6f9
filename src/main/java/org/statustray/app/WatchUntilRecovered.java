package org.statustray.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;
import org.statustray.store.ConfigFile;
import org.statustray.store.StoreException;

/**
 * "Watch until recovered": once the service has recovered and that was said, StatusTray stops watching
 * it — it stays listed but muted, and the config file says so.
 */
final class WatchUntilRecovered {
    private static final System.Logger LOG = System.getLogger(WatchUntilRecovered.class.getName());

    private WatchUntilRecovered() {
    }

    static AppConfig fulfilled(AppConfig config, String serviceId) {
        List<ServiceConfig> services = new ArrayList<>();
        for (ServiceConfig s : config.services()) {
            services.add(!s.id().equals(serviceId) ? s : new ServiceConfig(s.id(), s.name(), s.url(), s.format(),
                    s.components(), s.pollIntervalSeconds(), true, false, s.addedByUrl()));
        }
        return new AppConfig(config.pollIntervalSeconds(), services, config.maintenanceNotifications(),
                config.quietHours(), config.timeoutSeconds());
    }

    static void save(Path file, AppConfig config) {
        try {
            ConfigFile.save(file, config);
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "the config file could not be updated: " + e.getMessage());
        }
    }
}
