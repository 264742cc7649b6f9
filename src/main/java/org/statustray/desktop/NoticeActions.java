package org.statustray.desktop;

/** What a notification's buttons do. Called from the notifier's own thread; implementations hop threads. */
public interface NoticeActions {

    void openTimeline(String serviceId);

    /** Opens an http(s) URL in the system browser; anything else is ignored. */
    void openUrl(String url);
}
