package org.statustray.app;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.statustray.fetch.Prober;
import org.statustray.model.ProbeResult;
import org.statustray.model.Verdict;
import org.statustray.source.Catalog;

/**
 * {@code check --probe}: each catalogue service's own address probed once from here, and the verdict with
 * its page ({@link Verdict#judge}). A page given by its address has no known service address: not probed.
 */
final class CheckProbes {
    private CheckProbes() {
    }

    static List<CheckOutcome> judge(List<String> typed, List<CheckOutcome> pages, Prober prober)
            throws InterruptedException {
        return judge(typed, pages, prober, CheckProbes::addressOf);
    }

    /** As above, {@code addressOf} giving each argument's service address (tests give their own). */
    static List<CheckOutcome> judge(List<String> typed, List<CheckOutcome> pages, Prober prober,
            Function<String, Optional<URI>> addressOf) throws InterruptedException {
        List<ProbeCommand.Target> targets = new ArrayList<>();
        List<Integer> probed = new ArrayList<>();
        for (int i = 0; i < typed.size(); i++) {
            Optional<URI> address = addressOf.apply(typed.get(i));
            if (address.isPresent()) {
                targets.add(new ProbeCommand.Target(typed.get(i), address.get()));
                probed.add(i);
            }
        }
        List<@Nullable ProbeResult> results = new ArrayList<>();
        pages.forEach(p -> results.add(null));
        List<ProbeResult> done = targets.isEmpty() ? List.of() : ProbeAll.probe(targets, prober);
        for (int k = 0; k < probed.size(); k++) {
            results.set(probed.get(k), done.get(k));
        }
        boolean machineFine = machineFine(pages, done);
        List<CheckOutcome> judged = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            ProbeResult r = results.get(i);
            Verdict v = r == null ? Verdict.NO_PROBE
                    : Verdict.judge(pages.get(i).status(), r.reachable(), othersAnswer(pages, results, i), machineFine);
            judged.add(pages.get(i).judged(r, v));
        }
        return judged;
    }

    private static Optional<URI> addressOf(String typed) {
        return Catalog.builtIn().byId(typed.trim()).flatMap(ProbeCommand.PROBE_ADDRESS);
    }

    /** Not this machine unless every page failed and every probe got no answer at all. */
    private static boolean machineFine(List<CheckOutcome> pages, List<ProbeResult> probes) {
        if (probes.isEmpty() || pages.stream().anyMatch(p -> p.snapshot() != null)) {
            return true;
        }
        return probes.stream().anyMatch(ProbeResult::hostAnswered);
    }

    private static boolean othersAnswer(List<CheckOutcome> pages, List<@Nullable ProbeResult> probes, int besides) {
        if (pages.stream().anyMatch(p -> p.snapshot() != null)) {
            return true; // a status page answered: another host does
        }
        for (int i = 0; i < probes.size(); i++) {
            ProbeResult r = probes.get(i);
            if (i != besides && r != null && r.hostAnswered()) {
                return true;
            }
        }
        return false;
    }
}
