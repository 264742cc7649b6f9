package org.statustray.watch;

import org.statustray.fetch.Validators;
import org.statustray.model.ServiceConfig;

/**
 * When a service is polled: the {@link Schedule}'s part of its {@link ServiceState}, guarded by the
 * {@link Poller}'s lock. Times are {@link Ticker} readings.
 */
final class PollTimes {
    /** The settings these times were set for (a change of address or format starts them afresh). */
    ServiceConfig config;
    /** The host polled, lower-cased ("" when the address has none); its slots are counted by host. */
    String host = "";
    long due;
    /** The running poll's ticket, 0 when none runs. */
    long ticket;
    boolean started;
    long startedAt;
    boolean completed;
    long completedAt;
    boolean hold;
    long holdUntil;
    Validators validators = Validators.NONE;

    boolean inFlight() {
        return ticket != 0;
    }

    /** A new address or format: polled at once, as a service never polled. */
    void restart(String newHost, long now) {
        host = newHost == null ? "" : newHost;
        due = now;
        ticket = 0;
        started = false;
        completed = false;
        hold = false;
        validators = Validators.NONE;
    }
}
