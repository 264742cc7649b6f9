package org.statustray.app;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.statustray.fetch.Detector;
import org.statustray.fetch.FetchSettings;
import org.statustray.fetch.Fetcher;
import org.statustray.fetch.PageResult;
import org.statustray.fetch.Prober;
import org.statustray.fetch.Validators;
import org.statustray.fetch.WebAddress;
import org.statustray.model.PageTrouble;
import org.statustray.model.Snapshot;
import org.statustray.model.Status;
import org.statustray.source.Formats;

/** {@code check URL|ID... [--format F] [--component NAME]... [--json] [--timeout SECONDS] [--probe]}. */
final class CheckCommand {

    record Request(List<String> urls, String format, List<String> components, boolean json, Duration timeout,
            boolean probe) {
    }

    static Request parse(List<String> args) throws UsageException {
        List<String> urls = new ArrayList<>();
        List<String> components = new ArrayList<>();
        String format = Formats.AUTO;
        boolean json = false;
        boolean probe = false;
        Duration timeout = FetchSettings.defaults().requestTimeout();
        String[] a = args.toArray(new String[0]);
        for (int i = 0; i < a.length; i++) {
            String name = a[i].contains("=") && a[i].startsWith("--") ? a[i].substring(0, a[i].indexOf('=')) : a[i];
            switch (name) {
                case "--format": format = Args.value(a, i, a[i]); i += Args.consumed(a[i]); break;
                case "--component": components.add(Args.value(a, i, a[i])); i += Args.consumed(a[i]); break;
                case "--timeout": timeout = seconds(Args.value(a, i, a[i])); i += Args.consumed(a[i]); break;
                case "--json": json = true; break;
                case "--probe": probe = true; break;
                default:
                    if (name.startsWith("-")) {
                        throw new UsageException("check: unknown option " + name);
                    }
                    urls.add(a[i]);
            }
        }
        if (urls.isEmpty()) {
            throw new UsageException("check needs at least one URL, e.g. check https://www.githubstatus.com");
        }
        if (!Formats.names().contains(format)) {
            throw new UsageException("unknown format '" + format + "'; use one of " + String.join(", ", Formats.names()));
        }
        return new Request(List.copyOf(urls), format, List.copyOf(components), json, timeout, probe);
    }

    /**
     * More than 0 and at most 600 seconds, fractions allowed (scripts and tests use 0.3); a request with no time
     * at all could never be answered, so 0 is refused rather than given a meaning. At least a millisecond.
     */
    static Duration seconds(String text) throws UsageException {
        try {
            double s = Double.parseDouble(text);
            if (s > 0 && s <= 600) {
                return Duration.ofMillis(Math.max(1, Math.round(s * 1000)));
            }
        } catch (NumberFormatException e) {
            // fall through to the usage message
        }
        throw new UsageException("--timeout takes a number of seconds more than 0 and at most 600, not '" + text + "'");
    }

    /** Checks every URL at once and prints them in argument order; returns the contract's exit code. */
    static int run(Request request, PrintStream out, PrintStream err) {
        FetchSettings settings = FetchSettings.defaults().withTimeout(request.timeout());
        Detector detector = new Detector(new Fetcher(settings, Clock.systemUTC()), Clock.systemUTC());
        List<CheckOutcome> outcomes = checkAll(request, detector);
        if (request.probe()) {
            outcomes = withProbes(request, outcomes);
        }
        for (CheckOutcome o : outcomes) {
            if (o.error() != null) {
                err.println("statustray: " + Printable.address(o.url()) + ": " + Printable.text(o.error()));
            } else if (o.warning() != null) {
                err.println("statustray: " + Printable.address(o.url()) + ": " + Printable.text(o.warning()));
            }
        }
        out.print(request.json() ? CheckJson.render(outcomes) : CheckTable.render(outcomes));
        out.flush();
        return exitCode(outcomes);
    }

    /** The verdicts say more; the exit code stays the pages' own, as scripts expect. */
    private static List<CheckOutcome> withProbes(Request request, List<CheckOutcome> outcomes) {
        try {
            return CheckProbes.judge(request.urls(), outcomes, new Prober(request.timeout()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return outcomes;
        }
    }

    static int exitCode(List<CheckOutcome> outcomes) {
        List<Status> statuses = new ArrayList<>();
        for (CheckOutcome o : outcomes) {
            if (!o.status().isKnown()) {
                return 3;
            }
            statuses.add(o.status());
        }
        Status worst = Status.worst(statuses);
        if (worst == Status.MAJOR_OUTAGE) {
            return 2;
        }
        return worst.isProblem() ? 1 : 0;
    }

    private static List<CheckOutcome> checkAll(Request request, Detector detector) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.urls().size(), 8), r -> {
            Thread t = new Thread(r, "check");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CheckOutcome>> futures = new ArrayList<>();
            for (String url : request.urls()) {
                futures.add(pool.submit(() -> checkOne(url, request, detector)));
            }
            List<CheckOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), request.urls().get(i), request.format()));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static CheckOutcome await(Future<CheckOutcome> future, String url, String format) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CheckOutcome.failed(url, format, "interrupted");
        } catch (ExecutionException e) {
            return CheckOutcome.failed(url, format, "could not be checked: "
                    + (e.getCause() == null ? e : e.getCause()).getClass().getSimpleName());
        }
    }

    static CheckOutcome checkOne(String raw, Request request, Detector detector) {
        Target target;
        try {
            target = Target.of(raw, request.format());
        } catch (IllegalArgumentException e) {
            return CheckOutcome.failed(raw, request.format(), String.valueOf(e.getMessage()));
        }
        PageResult result = target.format().equals(Formats.AUTO)
                ? detector.detect(target.uri())
                : detector.pages().read(target.uri(), Formats.named(target.format()).orElseThrow(), Validators.NONE);
        if (result instanceof PageResult.Failed failed) {
            return CheckOutcome.unread(raw, request.format(), error(failed, target), failed.trouble());
        }
        if (!(result instanceof PageResult.Read)) {
            return CheckOutcome.failed(raw, request.format(), "the server answered 'not modified' to a first request");
        }
        PageResult.Read read = (PageResult.Read) result;
        List<String> components = request.components().isEmpty() ? target.components() : request.components();
        Snapshot snapshot = target.name() == null ? read.snapshot() : read.snapshot().named(target.name());
        return watching(raw, read.format(), snapshot, components);
    }

    /**
     * The reason, pointing at {@code detect} when a page read as a known format no longer reads as it (it may
     * have moved platform); a page found by detection already had every format tried.
     */
    private static String error(PageResult.Failed failed, Target target) {
        boolean fixed = !target.format().equals(Formats.AUTO);
        return fixed && failed.trouble() == PageTrouble.UNREADABLE
                ? failed.reason() + " — run 'statustray detect "
                        + WebAddress.withoutCredentials(target.uri().toString()) + "'"
                : failed.reason();
    }

    private static CheckOutcome watching(String raw, String format, Snapshot snapshot, List<String> components) {
        if (components.isEmpty()) {
            return new CheckOutcome(raw, format, snapshot, null, null);
        }
        List<String> missing = snapshot.componentsComplete() ? snapshot.unmatched(components) : List.of();
        if (missing.size() == components.size()) {
            return CheckOutcome.failed(raw, format, snapshot.explainUnmatched(missing));
        }
        String warning = missing.isEmpty() ? null : snapshot.explainUnmatched(missing);
        return new CheckOutcome(raw, format, snapshot.watching(components), null, warning);
    }
}
