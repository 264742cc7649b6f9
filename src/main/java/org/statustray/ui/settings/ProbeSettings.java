package org.statustray.ui.settings;

import java.net.URI;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.statustray.model.AppConfig;
import org.statustray.model.ProbeSetting;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Catalog;
import org.statustray.store.ConfigRules;

/**
 * The settings window's probe choices: each service's probe address (blank: the catalogue's), "don't probe"
 * ({@code "probe": false}), probing from this machine on or off, and early warnings on or off. Every change goes through the same
 * {@link KeptConfig} as the rest of the window, and raises the probe interval to the least the probed hosts
 * allow, so that the file the window writes always reads back unchanged.
 */
public final class ProbeSettings {
    private final KeptConfig kept;
    private final Catalog catalog;

    ProbeSettings(KeptConfig kept, Catalog catalog) {
        this.kept = kept;
        this.catalog = catalog;
    }

    /** Whether services are probed from this machine at all. */
    public boolean on() {
        return kept.get().probes();
    }

    public boolean setOn(boolean on) {
        commit(c -> c.withProbes(on, c.probeIntervalSeconds()));
        return true;
    }

    /** Whether a service that stops answering from here before its status page says so is told. */
    public boolean earlyWarning() {
        return kept.get().earlyWarning();
    }

    public boolean setEarlyWarning(boolean on) {
        commit(c -> c.withEarlyWarning(on));
        return true;
    }

    /** The address the service itself sets, as the field shows it; "" when it takes the catalogue's or is off. */
    public String ownAddress(ServiceConfig s) {
        return s.probe() instanceof ProbeSetting.At at ? at.url() : "";
    }

    /** The catalogue's address for this service, which a blank field means; empty when it has none. */
    public Optional<URI> catalogueAddress(ServiceConfig s) {
        return s.withProbe(ProbeSetting.CATALOGUE).probeAddress(catalog.byId(s.id()).orElse(null));
    }

    /** The service's own probe address as typed; blank = the catalogue's. Turns "don't probe" off. */
    public boolean setAddress(String id, @Nullable String typed) {
        ServiceConfig s = kept.find(id);
        if (s == null) {
            return kept.refuse("'" + id + "' is no longer watched");
        }
        ProbeSetting setting;
        if (typed == null || typed.isBlank()) {
            setting = ProbeSetting.CATALOGUE;
        } else {
            try {
                setting = new ProbeSetting.At(ProbeSetting.address(typed).toString());
            } catch (IllegalArgumentException e) {
                return kept.refuse("The probe address was not changed: " + e.getMessage());
            }
        }
        if (setting.equals(s.probe())) {
            return true;
        }
        commit(c -> ServiceEdits.edited(c, id, x -> x.withProbe(setting)));
        return true;
    }

    /** "Don't probe this service" ({@code "probe": false}); unticked, it takes the catalogue's address again. */
    public boolean setOff(String id, boolean off) {
        if (kept.find(id) == null) {
            return kept.refuse("'" + id + "' is no longer watched");
        }
        ProbeSetting setting = off ? ProbeSetting.OFF : ProbeSetting.CATALOGUE;
        commit(c -> ServiceEdits.edited(c, id, x -> x.withProbe(setting)));
        return true;
    }

    private void commit(UnaryOperator<AppConfig> change) {
        AppConfig before = kept.get();
        int raisedTo = raised(change.apply(before)).probeIntervalSeconds();
        String note = raisedTo <= before.probeIntervalSeconds() ? null : "Services are probed every " + raisedTo
                + " s at the most often, the least for addresses on other hosts";
        kept.commit(c -> raised(change.apply(c)), note);
    }

    private AppConfig raised(AppConfig c) {
        int least = ConfigRules.minimumProbeInterval(c.services(), catalog);
        return c.probeIntervalSeconds() >= least ? c : c.withProbes(c.probes(), least);
    }
}
