package org.statustray.ui;

import org.jspecify.annotations.Nullable;

/** What a window asks of the app. Implementations hand the work to the right thread themselves. */
public interface UiActions {
    /** Shows the timeline window of one service. */
    void openTimeline(String serviceId);

    /** Opens a web page in the system browser; anything but http/https (null too) is ignored. */
    void openUrl(@Nullable String url);

    /** Shows the incident history window. */
    default void openHistory() {
    }

    /** Shows the window with every watched service on one time axis. */
    default void openAllServices() {
    }

    /** Shows the settings window. */
    default void openSettings() {
    }

    /** Polls every service now. */
    default void refreshNow() {
    }

    /** Ends the snooze of notifications now. */
    default void resumeNotifications() {
    }

    /** Detects the service's format again now (its page may have moved platform) and reads it. */
    default void detectAgain(String serviceId) {
    }

    /** Does nothing: for tests and previews. */
    UiActions NONE = new UiActions() {
        @Override
        public void openTimeline(String serviceId) {
        }

        @Override
        public void openUrl(@Nullable String url) {
        }
    };
}
