package org.statustray.watch;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.statustray.fetch.Detector;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Validators;
import org.statustray.fetch.WebAddress;
import org.statustray.model.ServiceConfig;
import org.statustray.source.Formats;

/**
 * Reads services over the network with a {@link Detector}. A service in format {@code auto} (or none) is
 * detected on its first poll and then read as the format found, which is re-detected should the page stop
 * answering as it (as for services added by URL). Thread-safe.
 */
public final class DetectorPageSource implements PageSource {
    private final Detector detector;
    /** Detected formats by service id and URL, so a changed URL is detected afresh. */
    private final Map<String, String> detected = new ConcurrentHashMap<>();

    public DetectorPageSource(Detector detector) {
        this.detector = detector;
    }

    @Override
    public PageResult read(ServiceConfig service, Validators previous) {
        URI uri;
        try {
            uri = WebAddress.parse(service.url() == null ? "" : service.url());
        } catch (IllegalArgumentException e) {
            return new PageResult.Failed(URI.create(""), FailureKind.UNREADABLE,
                    String.valueOf(e.getMessage()), 0, null);
        }
        boolean auto = service.format() == null || service.format().isBlank() || service.format().equals(Formats.AUTO);
        if (!auto) {
            return detector.readKnown(uri, service.format(), previous, service.addedByUrl());
        }
        String key = service.id() + '\n' + service.url();
        String known = detected.get(key);
        PageResult result = known == null ? detector.detect(uri) : detector.readKnown(uri, known, previous, true);
        if (result instanceof PageResult.Read) {
            detected.put(key, ((PageResult.Read) result).format());
        }
        return result;
    }
}
