package org.statustray.source;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The readers StatusTray knows, in the order auto-detection tries them. */
public final class Formats {
    public static final String AUTO = "auto";
    private static final List<StatusReader> READERS = List.of(new StatuspageReader(), new IncidentioReader());

    private Formats() {
    }

    public static List<StatusReader> all() {
        return READERS;
    }

    public static Optional<StatusReader> named(String format) {
        return READERS.stream().filter(r -> r.format().equals(format)).findFirst();
    }

    /** Format names a person may ask for, {@code auto} included. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        READERS.forEach(r -> names.add(r.format()));
        names.add(AUTO);
        return names;
    }

    /**
     * The readers to try for a URL, fewest requests first: a reader whose endpoint the URL already is
     * goes before the others.
     */
    public static List<StatusReader> autoOrder(URI given) {
        List<StatusReader> order = new ArrayList<>();
        for (StatusReader r : READERS) {
            if (r.endpoint(given).equals(given)) {
                order.add(r);
            }
        }
        for (StatusReader r : READERS) {
            if (!order.contains(r)) {
                order.add(r);
            }
        }
        return order;
    }
}
