package org.statustray.ui.settings;

import java.net.URI;
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
        detecting.set(true);
        try {
            background.execute(() -> {
                PageResult result;
                try {
                    result = detect.apply(address);
                } catch (RuntimeException e) {
                    result = new PageResult.Failed(address, FailureKind.UNREACHABLE, String.valueOf(e.getMessage()), 0, null);
                }
                PageResult outcome = result;
                fx.execute(() -> publish(run, address, outcome));
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

    private void publish(int run, URI address, PageResult result) {
        if (run != runs) {
            return;
        }
        detecting.set(false);
        if (result instanceof PageResult.Read read) {
            Snapshot s = read.snapshot();
            String name = s.service() == null || s.service().isBlank() ? address.getHost() : s.service().strip();
            preview.set(new DetectedPage(address, name, read.format(), s.status(), s.description(), s.components()));
        } else if (result instanceof PageResult.Failed failed) {
            problem.set(explain(address, failed));
        } else {
            problem.set("No status page found at " + address + ": the server sent nothing new");
        }
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
