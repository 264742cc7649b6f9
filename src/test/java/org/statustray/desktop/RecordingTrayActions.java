package org.statustray.desktop;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every tray action as a word: "overview", "timeline:github", "snooze:PT1H", "quit", … */
public final class RecordingTrayActions implements TrayActions {
    public final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void openOverview() {
        calls.add("overview");
    }

    @Override
    public void openTimeline(String serviceId) {
        calls.add("timeline:" + serviceId);
    }

    @Override
    public void openAllServices() {
        calls.add("all");
    }

    @Override
    public void refreshNow() {
        calls.add("refresh");
    }

    @Override
    public void snooze(Duration duration) {
        calls.add("snooze:" + duration);
    }

    @Override
    public void snoozeUntilTomorrow() {
        calls.add("snooze:tomorrow");
    }

    @Override
    public void resumeNotifications() {
        calls.add("resume");
    }

    @Override
    public void openHistory() {
        calls.add("history");
    }

    @Override
    public void openSettings() {
        calls.add("settings");
    }

    @Override
    public void quit() {
        calls.add("quit");
    }
}
