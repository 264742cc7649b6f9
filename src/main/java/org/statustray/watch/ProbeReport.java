package org.statustray.watch;

import org.statustray.model.ProbeResult;
import org.statustray.model.ServiceConfig;

/** One probe of one service, done: what the {@link ProbePoller} hands on, in the order the probes ended. */
public record ProbeReport(ServiceConfig service, ProbeResult result) {
}
