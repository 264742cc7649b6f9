package org.statustray.ui.welcome;

import java.util.concurrent.atomic.AtomicInteger;
import org.statustray.platform.Autostart;
import org.statustray.platform.PlatformException;

/** A real {@link Autostart} (on a test directory) that counts how often it is turned on and off. */
final class CountingLoginStart implements LoginStart {
    final AtomicInteger enabled = new AtomicInteger();
    final AtomicInteger disabled = new AtomicInteger();
    private final LoginStart real;

    CountingLoginStart(Autostart autostart) {
        this.real = LoginStart.of(autostart);
    }

    @Override
    public String unavailableReason() {
        return real.unavailableReason();
    }

    @Override
    public boolean isEnabled() {
        return real.isEnabled();
    }

    @Override
    public void enable() throws PlatformException {
        enabled.incrementAndGet();
        real.enable();
    }

    @Override
    public void disable() throws PlatformException {
        disabled.incrementAndGet();
        real.disable();
    }
}
