package org.statustray.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The readers StatusTray knows. Their order is the order auto-detection falls back to when neither the
 * address nor the landing page names a provider: the most common hosted formats first, feeds last.
 */
public final class Formats {
    public static final String AUTO = "auto";
    private static final List<StatusReader> READERS = List.of(
            new StatuspageReader(),
            new IncidentioReader(),
            new InstatusReader(),
            new CachetReader(),
            new SlackReader(),
            new StatusioReader(),
            new GcpReader(),
            new AwsHealthReader(),
            new AwsRssReader(),
            new AzureReader(),
            new CstateReader(),
            new BetterStackReader(),
            new FeedReader()); // last: it reads any RSS or Atom, the AWS and Azure feeds included

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
}
