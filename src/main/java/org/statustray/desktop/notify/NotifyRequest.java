package org.statustray.desktop.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.freedesktop.dbus.types.Variant;
import org.jspecify.annotations.Nullable;
import org.statustray.desktop.Urgencies;
import org.statustray.fetch.WebAddress;
import org.statustray.model.Notice;

/** The arguments of one {@code Notify} call for a notice, short of {@code replaces_id}. */
record NotifyRequest(String appIcon, String summary, String body, List<String> actions,
        Map<String, Variant<?>> hints, int expireTimeout) {

    static final String APP_NAME = "StatusTray";
    static final String ACTION_TIMELINE = "timeline";
    static final String ACTION_PAGE = "page";

    /**
     * @param iconUri the status icon's file URI, if there is one
     * @param capabilities what the server said {@code GetCapabilities}
     */
    static NotifyRequest of(Notice notice, Optional<String> iconUri, Collection<String> capabilities) {
        String body = notice.body() == null ? "" : notice.body();
        if (capabilities.contains("body-markup")) {
            body = escapeMarkup(body);
        }
        Map<String, Variant<?>> hints = new LinkedHashMap<>();
        hints.put("urgency", new Variant<>(urgency(notice)));
        hints.put("desktop-entry", new Variant<>("statustray"));
        hints.put("category", new Variant<>("network"));
        iconUri.ifPresent(uri -> hints.put("image-path", new Variant<>(uri)));
        List<String> actions = new ArrayList<>();
        if (capabilities.contains("actions")) {
            // A notice of no one service (the summary at start, this machine's network) opens the overview
            actions.addAll(List.of(ACTION_TIMELINE, notice.serviceId() == null ? "Open overview" : "Open timeline"));
            if (isWebAddress(notice.url())) {
                actions.addAll(List.of(ACTION_PAGE, "Open status page"));
            }
        }
        return new NotifyRequest(iconUri.orElse(""), notice.summary() == null ? APP_NAME : notice.summary(),
                body, List.copyOf(actions), hints, -1);
    }

    /** The spec's urgency byte: 0 low, 1 normal, 2 critical. */
    static byte urgency(Notice notice) {
        return switch (Urgencies.of(notice)) {
            case LOW -> 0;
            case NORMAL -> 1;
            case CRITICAL -> 2;
        };
    }

    /** Servers that advertise body-markup read a subset of HTML: keep plain text plain. */
    static String escapeMarkup(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Only a page the app would open gets an "Open status page" button. */
    static boolean isWebAddress(@Nullable String url) {
        return WebAddress.link(url).isPresent();
    }
}
