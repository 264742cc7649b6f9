package org.statustray.ui.settings;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.statustray.fetch.FailureKind;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.WebAddress;
import org.statustray.model.Snapshot;

/**
 * "Add by address": the typed address checked, detection run on the background executor (never the FX
 * thread), its outcome published on the FX executor as a preview or a reason. Only the latest run counts.
 */
final class UrlDetection {
    private final Function<URI, PageResult> detect;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<DetectedPage> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper detecting = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private int runs;

    UrlDetection(Function<URI, PageResult> detect, Executor background, Executor fx) {
        this.detect = detect;
        this.background = background;
        this.fx = fx;
    }

    ReadOnlyObjectProperty<DetectedPage> preview() {
        return preview.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty detecting() {
        return detecting.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problem() {
        return problem.getReadOnlyProperty();
    }

    void start(String typed) {
        int run = ++runs;
        preview.set(null);
        problem.set("");
        detecting.set(false);
        if (typed == null || typed.isBlank()) {
            problem.set("Type the address of a status page, for example https://www.githubstatus.com");
            return;
        }
        URI address;
        try {
            address = WebAddress.parse(typed);
        } catch (IllegalArgumentException e) {
            problem.set(Sentences.capitalised(e.getMessage()));
            return;
        }
        // without a scheme, https is meant; a page served over http only is found all the same
        List<URI> tries = typed.strip().contains("://") ? List.of(address) : List.of(address, plainHttp(address));
        detecting.set(true);
        try {
            background.execute(() -> {
                List<PageResult> results = new ArrayList<>();
                for (URI attempt : tries) {
                    PageResult result;
                    try {
                        result = detect.apply(attempt);
                    } catch (RuntimeException e) {
                        result = new PageResult.Failed(attempt, FailureKind.UNREACHABLE, String.valueOf(e.getMessage()), 0, null);
                    }
                    results.add(result);
                    if (result instanceof PageResult.Read) {
                        break;
                    }
                }
                fx.execute(() -> publish(run, tries, results));
            });
        } catch (RejectedExecutionException e) {
            detecting.set(false);
            problem.set("StatusTray is shutting down; the address was not checked");
        }
    }

    void clear() {
        runs++;
        preview.set(null);
        problem.set("");
        detecting.set(false);
    }

    private void publish(int run, List<URI> tries, List<PageResult> results) {
        if (run != runs) {
            return;
        }
        detecting.set(false);
        PageResult last = results.get(results.size() - 1);
        if (last instanceof PageResult.Read read) {
            URI address = tries.get(results.size() - 1);
            Snapshot s = read.snapshot();
            String name = s.service() == null || s.service().isBlank() ? address.getHost() : s.service().strip();
            preview.set(new DetectedPage(address, name, read.format(), s.status(), s.description(), s.components()));
        } else if (results.size() == 1) {
            problem.set(explain(tries.get(0), last));
        } else {
            StringBuilder why = new StringBuilder("No status page found at " + tries.get(0).getRawAuthority()
                    + ". With no scheme typed, StatusTray tried https and then http:");
            for (int i = 0; i < results.size(); i++) {
                why.append("\n• ").append(tries.get(i)).append(" — ").append(explain(tries.get(i), results.get(i)));
            }
            problem.set(why.toString());
        }
    }

    /** {@code https://…} as {@code http://…}. */
    private static URI plainHttp(URI https) {
        return URI.create("http" + https.toString().substring("https".length()));
    }

    private static String explain(URI address, PageResult result) {
        return result instanceof PageResult.Failed failed ? explain(address, failed)
                : "No status page found at " + address + ": the server sent nothing new";
    }

    private static String explain(URI address, PageResult.Failed f) {
        String reason = Sentences.shortened(f.reason() == null ? "no reason given" : f.reason(), 240);
        return switch (f.kind()) {
            case UNREACHABLE -> "Cannot reach " + address.getHost() + ": " + reason;
            case HTTP_STATUS -> address.getHost() + " answered with an error: " + reason;
            case TOO_LARGE -> "The page at " + address + " is too large to be a status page: " + reason;
            case UNREADABLE -> "Not a status page StatusTray can read: " + reason;
        };
    }
}
