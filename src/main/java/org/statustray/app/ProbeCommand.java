package org.statustray.app;

import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.statustray.fetch.FetchSettings;
import org.statustray.fetch.Prober;
import org.statustray.fetch.WebAddress;
import org.statustray.model.CatalogEntry;
import org.statustray.model.ProbeResult;
import org.statustray.source.Catalog;

/** {@code probe URL|ID... [--json] [--timeout SECONDS]}: does the service itself answer, from this machine? */
final class ProbeCommand {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** A catalogue entry's probe address (its {@code probe} field), if it has one. */
    static final Function<CatalogEntry, Optional<URI>> PROBE_ADDRESS =
            entry -> Optional.ofNullable(entry.probe()).map(URI::create);

    record Request(List<String> targets, boolean json, Duration timeout) {
    }

    /** One argument and the address it names. */
    record Target(String typed, URI uri) {
    }

    static Request parse(List<String> args) throws UsageException {
        List<String> targets = new ArrayList<>();
        boolean json = false;
        Duration timeout = FetchSettings.defaults().requestTimeout();
        String[] a = args.toArray(new String[0]);
        for (int i = 0; i < a.length; i++) {
            String name = a[i].contains("=") && a[i].startsWith("--") ? a[i].substring(0, a[i].indexOf('=')) : a[i];
            switch (name) {
                case "--timeout": timeout = CheckCommand.seconds(Args.value(a, i, a[i])); i += Args.consumed(a[i]); break;
                case "--json": json = true; break;
                default:
                    if (name.startsWith("-")) {
                        throw new UsageException("probe: unknown option " + name);
                    }
                    targets.add(a[i]);
            }
        }
        if (targets.isEmpty()) {
            throw new UsageException("probe needs at least one URL or catalogue id, e.g. probe https://api.openai.com/v1/models");
        }
        return new Request(List.copyOf(targets), json, timeout);
    }

    static int run(Request request, PrintStream out, PrintStream err) throws UsageException, InterruptedException {
        return run(request, PROBE_ADDRESS, new Prober(request.timeout()), out, err);
    }

    /** Every address is known before any is probed, so a usage error never comes after network traffic. */
    static int run(Request request, Function<CatalogEntry, Optional<URI>> probeAddress, Prober prober, PrintStream out,
            PrintStream err) throws UsageException, InterruptedException {
        List<Target> targets = new ArrayList<>();
        for (String typed : request.targets()) {
            targets.add(new Target(typed, address(typed, probeAddress)));
        }
        List<ProbeResult> results = ProbeAll.probe(targets, prober);
        for (int i = 0; i < results.size(); i++) {
            ProbeResult r = results.get(i);
            if (!r.reachable()) {
                err.println("statustray: " + Printable.address(targets.get(i).typed()) + ": " + Printable.text(r.error()));
            }
        }
        out.print(request.json() ? ProbeJson.render(targets, results) : ProbeTable.render(targets, results));
        out.flush();
        return results.stream().allMatch(ProbeResult::reachable) ? 0 : 3;
    }

    /** A catalogue id's probe address, or the web address as typed. */
    static URI address(String typed, Function<CatalogEntry, Optional<URI>> probeAddress) throws UsageException {
        String text = typed.strip();
        if (ID.matcher(text).matches()) {
            Optional<CatalogEntry> entry = Catalog.builtIn().byId(text);
            if (entry.isPresent()) {
                return probeAddress.apply(entry.get()).orElseThrow(
                        () -> new UsageException(text + " has no probe address in the catalogue; probe its URL instead"));
            }
        }
        try {
            return WebAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("probe: " + e.getMessage());
        }
    }
}
