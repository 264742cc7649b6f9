package org.statustray.app;

import java.util.ArrayList;
import java.util.List;
import org.statustray.model.AppConfig;
import org.statustray.model.ServiceConfig;

/**
 * "Watch until recovered": once the service has recovered and that was said, StatusTray stops watching
 * it — it stays listed but muted, and the config file says so.
 */
final class WatchUntilRecovered {
    private WatchUntilRecovered() {
    }

    static AppConfig fulfilled(AppConfig config, String serviceId) {
        List<ServiceConfig> services = new ArrayList<>();
        for (ServiceConfig s : config.services()) {
            services.add(!s.id().equals(serviceId) ? s : new ServiceConfig(s.id(), s.name(), s.url(), s.format(),
                    s.components(), s.pollIntervalSeconds(), true, false, s.addedByUrl(), s.probe()));
        }
        return config.withServices(services);
    }
}
