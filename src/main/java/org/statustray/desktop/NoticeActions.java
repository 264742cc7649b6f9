package org.statustray.desktop;

import org.statustray.model.Notice;

/** What a notification's buttons do. Called from the notifier's own thread; implementations hop threads. */
public interface NoticeActions {

    void openTimeline(String serviceId);

    /** For a notice about no one service (a quiet-hours summary). */
    void openOverview();

    /** Opens an http(s) URL in the system browser; anything else is ignored. */
    void openUrl(String url);

    /** A click on the notice: its service's timeline, or the overview when it is about no one service. */
    default void openFor(Notice notice) {
        String serviceId = notice.serviceId();
        if (serviceId != null) {
            openTimeline(serviceId);
        } else {
            openOverview();
        }
    }
}
