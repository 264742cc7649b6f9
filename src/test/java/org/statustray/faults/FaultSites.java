package org.statustray.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.statustray.testing.Fixtures;

/**
 * A page of every format, each on its own loopback address and host name, plus a healthy control page.
 * Names resolve through the hosts file the JVM was started with ({@code -Djdk.net.hosts.file}, caching
 * off), so a site can stop resolving and resolve again.
 */
final class FaultSites implements AutoCloseable {
    /** A format's page: where the reader finds it and the real payload served there when healthy. */
    record Page(String format, String path, String fixture, String type, String given, String status) {
    }

    static final List<Page> PAGES = List.of(
            new Page("statuspage", "/api/v2/summary.json", "statuspage/summary-githubstatus-2019-05-10.json",
                    "application/json", "", "operational"),
            new Page("incidentio", "/api/v1/summary", "incidentio/widget-summary-neon-docs-example.json",
                    "application/json", "/", "operational"),
            new Page("instatus", "/summary.json", "instatus/summary-instatus-docs-example.json", "application/json", "",
                    "major_outage"),
            new Page("cachet", "/api/v1/components", "cachet/components-yoti-2020-10.json", "application/json", "",
                    "operational"),
            new Page("slack", "/api/v2.0.0/current", "slack/current-v2-ok-docs-example.json", "application/json", "",
                    "operational"),
            new Page("statusio", "/1.0/status/5b36dc6502d06804c08349f7",
                    "statusio/status-gitlab-2023-06-29-upcoming-maintenance.json", "application/json",
                    "/1.0/status/5b36dc6502d06804c08349f7", "operational"),
            new Page("gcp", "/incidents.json", "gcp/incidents-gcp-2022-07-01.json", "application/json", "", "operational"),
            new Page("aws-health", "/data.json", "aws/data-json-aws-2022-07.json", "application/json", "/data.json",
                    "operational"),
            new Page("aws-rss", "/rss/all.rss", "aws/all-rss-aws-2021-12-20.rss", "application/rss+xml", "", "operational"),
            new Page("azure", "/en-us/status/feed/", "azure/feed-azure-2026-04-16-empty.rss", "application/rss+xml", "",
                    "operational"),
            new Page("cstate", "/index.json", "cstate/index-torproject-2025-05-01-all-ok-summary-disrupted.json",
                    "application/json", "/", "partial_outage"),
            new Page("betterstack", "/index.json", "betterstack/index-betterstack-2026-09-07-trimmed.json",
                    "application/json", "", "operational"),
            new Page("feed", "/history.atom", "statuspage/history-githubstatus-2025-10-21-trimmed.atom",
                    "application/atom+xml", "/history.atom", "operational"));
    static final Page CONTROL = new Page("statuspage", "/api/v2/summary.json",
            "statuspage/summary-githubstatus-2019-05-10.json", "application/json", "", "operational");

    final List<FaultSite> faulty = new ArrayList<>();
    final FaultSite control;
    private final Path hosts;

    FaultSites(int block) {
        String file = System.getProperty("jdk.net.hosts.file");
        if (file == null) {
            throw new IllegalStateException("the fault tests need -Djdk.net.hosts.file (see the faults execution in pom.xml)");
        }
        hosts = Path.of(file);
        for (int i = 0; i < PAGES.size(); i++) {
            faulty.add(site(PAGES.get(i), block, i + 1));
        }
        control = site(CONTROL, block, 200);
        writeHosts();
    }

    /** Puts every faulty site under {@code f} (null heals them); a site that must not resolve leaves the hosts file. */
    void set(Fault f) {
        faulty.forEach(s -> s.set(f));
        writeHosts();
    }

    Page page(FaultSite site) {
        return site == control ? CONTROL : PAGES.get(faulty.indexOf(site));
    }

    private static FaultSite site(Page p, int block, int n) {
        try {
            InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, (byte) block, (byte) n});
            String host = (n == 200 ? "control" : p.format()) + "-" + block + ".faults.localhost";
            return new FaultSite(host, address, p.path(), p.type(), Fixtures.bytes(p.fixture()));
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeHosts() {
        StringBuilder lines = new StringBuilder();
        for (FaultSite s : all()) {
            if (s.fault() != Fault.UNRESOLVABLE) {
                lines.append(s.address().getHostAddress()).append(' ').append(s.host).append('\n');
            }
        }
        try {
            Files.createDirectories(hosts.toAbsolutePath().getParent());
            Path tmp = Files.writeString(hosts.resolveSibling(hosts.getFileName() + ".tmp"), lines);
            Files.move(tmp, hosts, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<FaultSite> all() {
        List<FaultSite> all = new ArrayList<>(faulty);
        all.add(control);
        return all;
    }

    @Override
    public void close() {
        all().forEach(FaultSite::close);
    }
}
