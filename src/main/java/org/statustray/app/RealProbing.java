package org.statustray.app;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.Prober;
import org.statustray.model.AppConfig;
import org.statustray.model.CatalogEntry;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.watch.ProbePlan;
import org.statustray.watch.Probing;

/** The probe engine and the settings in force, as the watching asks for them: what the app probes with. */
final class RealProbing {

    private RealProbing() {
    }

    /**
     * {@code settings} is asked on every pass, so a change in Settings or in the file applies within seconds.
     * Each service's address is looked up in the catalogue once (per version of its settings), so the idle
     * app does not keep the whole catalogue alive to answer the same question every pass.
     */
    static Probing of(Supplier<AppConfig> settings, Catalog catalog) {
        Map<ServiceConfig, Optional<URI>> addresses = new ConcurrentHashMap<>();
        return new Probing(uri -> new Prober(Duration.ofSeconds(settings.get().timeoutSeconds())).probe(uri),
                () -> plan(settings.get()), service -> addresses.computeIfAbsent(service, s -> address(s, catalog)));
    }

    static ProbePlan plan(AppConfig config) {
        return new ProbePlan(config.probes(), Duration.ofSeconds(config.probeIntervalSeconds()),
                Duration.ofSeconds(config.timeoutSeconds()), config.earlyWarning());
    }

    /** The catalogue's probe address belongs to the catalogue's page only: a catalogue id moved to another page has none. */
    static Optional<URI> address(ServiceConfig service, Catalog catalog) {
        @Nullable CatalogEntry known = catalog.byId(service.id())
                .filter(entry -> sameAddress(entry.url(), service.url())).orElse(null);
        return service.probeAddress(known);
    }

    private static boolean sameAddress(String a, String b) {
        return a.replaceAll("/+$", "").equalsIgnoreCase(b.replaceAll("/+$", ""));
    }
}
