package org.statustray.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the parsers part measures: every reader on the largest fixture it reads ({@code read}, and
 * {@code readHistory} for history readers) and, for the feeds, the safe XML layer alone. Each is measured
 * beside its floor on the same bytes (Jackson's {@code readTree} for JSON, a bare hardened StAX pass for
 * XML). Ids are JMH parameter values, so the forked JVM finds its case.
 */
final class ParsersCases {
    static final String READ = "read";
    static final String HISTORY = "history";
    /** The safe XML layer alone (SafeXml.parse: the StAX pass plus the element tree with its text). */
    static final String XML_LAYER = "xml";

    /** One benchmark: {@code kind} is read, history or xml; {@code format} is null for the XML layer. */
    record Case(String id, String kind, String format, String fixture, String url) {
        boolean xml() {
            return !fixture.endsWith(".json");
        }

        boolean isReader() {
            return !kind.equals(XML_LAYER);
        }
    }

    private static final Map<String, Case> CASES = new LinkedHashMap<>();

    static {
        String ghRss = "statuspage/history-githubstatus-2022-03-16.rss";
        String ghAtom = "statuspage/history-githubstatus-2025-10-21-trimmed.atom";
        String awsRss = "aws/all-rss-aws-2021-12-20.rss";
        add("statuspage/incidents-emma-2019-02-21-america-chicago.json",
                "https://status.myemma.com/api/v2/incidents.json", "statuspage", READ, HISTORY);
        add("gcp/incidents-gcp-2022-07-01.json", "https://status.cloud.google.com/incidents.json", "gcp", READ,
                HISTORY);
        add("slack/history-v2-slack-2019-08.json", "https://status.slack.com/api/v2.0.0/history", "slack", HISTORY);
        add("slack/current-v2-slack-composite-2019-11-to-2019-12.json", "https://status.slack.com/api/v2.0.0/current",
                "slack", READ);
        add("aws/data-json-aws-2022-07.json", "https://status.aws.amazon.com/data.json", "aws-health", READ, HISTORY);
        add(awsRss, "https://status.aws.amazon.com/rss/all.rss", "aws-rss", XML_LAYER, READ, HISTORY);
        add(ghRss, "https://www.githubstatus.com/history.rss", "feed", XML_LAYER, READ, HISTORY);
        add(ghAtom, "https://www.githubstatus.com/history.atom", "feed", XML_LAYER, READ, HISTORY);
        add("statusio/status-gitlab-2023-06-29-upcoming-maintenance.json",
                "https://api.status.io/1.0/status/5b36dc6502d06804c08349f7", "statusio", READ);
        add("cachet/components-yoti-2020-10.json", "https://status.yoti.com/api/v1/components?per_page=100",
                "cachet", READ);
        add("instatus/summary-instatus-docs-example.json", "https://example.instatus.com/summary.json",
                "instatus", READ);
        add("azure/feed-azure-2026-04-16-empty.rss", "https://azure.status.microsoft/en-us/status/feed/",
                "azure", READ);
        add("incidentio/widget-summary-neon-docs-example.json", "https://neonstatus.com/api/v1/summary",
                "incidentio", READ);
    }

    private ParsersCases() {
    }

    private static void add(String fixture, String url, String format, String... kinds) {
        for (String kind : kinds) {
            String id = kind.equals(XML_LAYER) ? xmlLayerId(fixture) : kind + ":" + format + ":" + fixture;
            CASES.put(id, new Case(id, kind, kind.equals(XML_LAYER) ? null : format, fixture, url));
        }
    }

    /** The cases whose id contains {@code part} (all for an empty one); the XML layer comes with its feed's readers. */
    static List<Case> matching(String part) {
        List<String> fixtures = new ArrayList<>();
        CASES.values().stream().filter(c -> c.isReader() && c.id().contains(part)).forEach(c -> fixtures.add(c.fixture()));
        List<Case> out = new ArrayList<>();
        for (Case c : CASES.values()) {
            if (c.isReader() ? c.id().contains(part) : fixtures.contains(c.fixture())) {
                out.add(c);
            }
        }
        return out;
    }

    static Case get(String id) {
        Case c = CASES.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no parsers case " + id);
        }
        return c;
    }

    static String xmlLayerId(String fixture) {
        return XML_LAYER + ":" + fixture;
    }
}
