package org.statustray.watch;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.statustray.model.ServiceConfig;

/**
 * What the app hands the watching to probe services: the engine, the settings in force (asked again on every
 * pass, so a change of the settings takes effect within seconds) and each service's probe address (empty: it
 * has none, or probing is off for it).
 */
public record Probing(ProbeSource source, Supplier<ProbePlan> plan, Function<ServiceConfig, Optional<URI>> address) {
    /** Nothing is probed. */
    public static final Probing NONE = new Probing(address -> {
        throw new IllegalStateException("nothing is probed");
    }, () -> ProbePlan.OFF, s -> Optional.empty());

    /** The address {@code service} is probed at, when probing is on and it has one. */
    Optional<URI> addressOf(ServiceConfig service) {
        return plan.get().on() ? address.apply(service) : Optional.empty();
    }
}
