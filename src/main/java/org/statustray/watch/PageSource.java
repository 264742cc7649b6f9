package org.statustray.watch;

import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.model.ServiceConfig;

/** Reads one service's status page once; {@code previous} are the validators of its last answer. */
@FunctionalInterface
public interface PageSource {

    /** Blocks until the page is read or has failed; should not throw (a throw is taken as a failure). */
    PageResult read(ServiceConfig service, Validators previous);

    /**
     * The person asked to detect this service's format again ("Detect again"): its next read detects it afresh.
     * Sources that do not detect ignore it.
     */
    default void detectAgain(String serviceId) {
    }
}
