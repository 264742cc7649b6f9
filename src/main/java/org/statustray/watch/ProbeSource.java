package org.statustray.watch;

import java.net.URI;
import org.statustray.model.ProbeResult;

/**
 * Asks a service's own address, once, whether it answers from this machine (the {@code fetch} probe engine,
 * in the app). Called on a probe worker of the {@link ProbePoller}, as {@link PageSource} is on a poll worker.
 */
@FunctionalInterface
public interface ProbeSource {

    /**
     * Blocks until the address answered or failed, within the engine's whole-request timeout; should not
     * throw (a throw is taken as a failure). Failures are values: {@code reachable} false with their kind.
     */
    ProbeResult probe(URI address);
}
