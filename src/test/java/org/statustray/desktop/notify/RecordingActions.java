package org.statustray.desktop.notify;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.statustray.desktop.NoticeActions;

/** Notice actions that remember what they were asked, for tests to await with a deadline. */
final class RecordingActions implements NoticeActions {
    final BlockingQueue<String> timelines = new LinkedBlockingQueue<>();
    final BlockingQueue<String> urls = new LinkedBlockingQueue<>();
    final BlockingQueue<String> overviews = new LinkedBlockingQueue<>();

    @Override
    public void openTimeline(String serviceId) {
        timelines.add(serviceId);
    }

    @Override
    public void openOverview() {
        overviews.add("overview");
    }

    @Override
    public void openUrl(String url) {
        urls.add(url);
    }

    static String await(BlockingQueue<String> queue) throws InterruptedException {
        String value = queue.poll(10, TimeUnit.SECONDS);
        if (value == null) {
            throw new AssertionError("no action within 10 s");
        }
        return value;
    }
}
