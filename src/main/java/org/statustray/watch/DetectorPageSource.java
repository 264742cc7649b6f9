package org.statustray.watch;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
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
 * detected on its first poll and then read as the format found. A page that moved platform is detected again
 * when its endpoint answers 404/410 or stops reading as its format (never for a host that cannot be reached):
 * at every such poll for a service added by URL or in {@code auto}, at most once an hour
 * ({@link #REDETECT_EVERY}) for a catalogue service. The format found is remembered here, in memory, never
 * written to the user's config; the service keeps its id, so its history and settings stay. Thread-safe.
 */
public final class DetectorPageSource implements PageSource {
    /** The least time between two detections of a catalogue service whose page stopped reading. */
    public static final Duration REDETECT_EVERY = Duration.ofHours(1);

    private final Detector detector;
    private final Clock clock;
    /** Formats found by detection, by service id, URL and configured format (a changed one starts afresh). */
    private final Map<String, String> detected = new ConcurrentHashMap<>();
    /** When a catalogue service was last detected because its page stopped reading, by the same key. */
    private final Map<String, Instant> lastDetection = new ConcurrentHashMap<>();
    /** Services the person asked to detect again at their next poll ("Detect again"). */
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    public DetectorPageSource(Detector detector) {
        this.detector = detector;
        this.clock = detector.clock();
    }

    @Override
    public void detectAgain(String serviceId) {
        asked.add(serviceId);
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
        String key = service.id() + '\n' + service.url() + '\n' + service.format();
        String known = detected.get(key);
        PageResult result;
        if (asked.remove(service.id()) || auto && known == null) {
            result = detector.detect(uri);
        } else {
            String format = known != null ? known : service.format();
            boolean anyMove = auto || service.addedByUrl();
            result = detector.readKnown(uri, format, previous, anyMove);
            if (!anyMove && result instanceof PageResult.Failed failed && Detector.suggestsMove(failed)
                    && due(key, clock.instant())) {
                PageResult again = detector.detect(uri);
                result = again instanceof PageResult.Read ? again : result;
            }
        }
        if (result instanceof PageResult.Read read) {
            detected.put(key, read.format());
        }
        return result;
    }

    /** Whether a catalogue service may be detected again now; if so, counts this one. */
    private boolean due(String key, Instant now) {
        Instant last = lastDetection.get(key);
        if (last != null && now.isBefore(last.plus(REDETECT_EVERY))) {
            return false;
        }
        lastDetection.put(key, now);
        return true;
    }
}
