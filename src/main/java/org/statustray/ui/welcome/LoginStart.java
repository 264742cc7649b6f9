package org.statustray.ui.welcome;

import org.jspecify.annotations.Nullable;
import org.statustray.platform.Autostart;
import org.statustray.platform.PlatformException;

/** Starting StatusTray at login, as the welcome window offers it: {@link Autostart} in the app. */
public interface LoginStart {

    /** Why it cannot be turned on here, one line; null when it can. */
    @Nullable String unavailableReason();

    boolean isEnabled();

    void enable() throws PlatformException;

    void disable() throws PlatformException;

    static LoginStart of(Autostart autostart) {
        return new LoginStart() {
            @Override
            public @Nullable String unavailableReason() {
                return autostart.unavailableReason();
            }

            @Override
            public boolean isEnabled() {
                return autostart.isEnabled();
            }

            @Override
            public void enable() throws PlatformException {
                autostart.enable();
            }

            @Override
            public void disable() throws PlatformException {
                autostart.disable();
            }
        };
    }
}
