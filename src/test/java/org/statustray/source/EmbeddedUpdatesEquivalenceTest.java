package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.statustray.source.feed.Feed;
import org.statustray.source.feed.FeedEntry;

/** The hand-written post scan finds exactly the posts, and the same groups, as {@link EmbeddedUpdates#POST}. */
class EmbeddedUpdatesEquivalenceTest {
    private static final String[] TOKENS = {
        "<small>", "</small>", "<SMALL>", "</Small>", "<strong>", "</strong>", "<STRONG>", "</sTrong>", "<br>",
        "<br/>", "<br />", "<BR\n>", "<br / >", "<bra>", "<br", " ", "\n", "\t", "Mar <var data-var='date'> 9</var>",
        "17:58 UTC", "Resolved", " - text", "x", "a".repeat(50), "b".repeat(99), "c".repeat(150), "d".repeat(301),
        "\uD83D\uDE00".repeat(120), "\uD83D\uDE00".repeat(160), "\u017Fmall", "<p>", "</p>", "&lt;", "<",
    };

    @Test
    void randomBodiesSplitAsThePatternSplitsThem() {
        Random random = new Random(9_3_2026);
        for (int round = 0; round < 40_000; round++) {
            StringBuilder b = new StringBuilder();
            int tokens = 1 + random.nextInt(round % 10 == 0 ? 80 : 20);
            for (int t = 0; t < tokens; t++) {
                if (random.nextInt(3) == 0) {
                    post(random, b);
                } else {
                    b.append(TOKENS[random.nextInt(TOKENS.length)]);
                }
            }
            same(b.toString());
        }
    }

    /** Something shaped like a post, with lengths around the pattern's limits and a part now and then missing. */
    private static void post(Random random, StringBuilder b) {
        String[] parts = {"<small>", filler(random, 300), "</small>", " \n", "<br />".repeat(random.nextInt(5)),
            "<strong>", filler(random, 100), "</strong>", " - text"};
        int drop = random.nextInt(parts.length * 3);
        for (int i = 0; i < parts.length; i++) {
            if (i != drop) {
                b.append(parts[i]);
            }
        }
    }

    /** About {@code limit} characters, just under, at or just over, sometimes as surrogate pairs. */
    private static String filler(Random random, int limit) {
        int length = limit - 2 + random.nextInt(5);
        if (random.nextInt(4) == 0) {
            length = random.nextInt(limit);
        }
        if (random.nextBoolean()) {
            return "\uD83D\uDE00".repeat(length);
        }
        return "x".repeat(length);
    }

    @Test
    void theFeedFixturesSplitAsThePatternSplitsThem() throws Exception {
        for (String name : List.of("statuspage/history-githubstatus-2022-03-16.rss",
                "statuspage/history-githubstatus-2025-10-21-trimmed.atom")) {
            byte[] raw = Files.readAllBytes(Path.of("src/test/resources/fixtures", name));
            int posts = 0;
            for (FeedEntry entry : Feed.parse(raw, URI.create("https://example.com/feed")).entries()) {
                same(entry.html());
                posts += EmbeddedUpdates.bounds(entry.html()).size();
            }
            assertThat(posts).as(name).isGreaterThan(10);
        }
    }

    @Test
    void hostileBodiesAgree() {
        same("<small>".repeat(2_000));
        same("<small>x</small><strong>".repeat(500) + "y".repeat(5_000));
        same("<small>x</small>" + " ".repeat(3_000) + "<br" + " ".repeat(3_000) + "<strong>a</strong>");
    }

    @Test
    void aFlockOfSmallTagsStaysLinear() {
        String smalls = "<small>".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> EmbeddedUpdates.parse(smalls, null));
    }

    private static void same(String html) {
        List<String> expected = new ArrayList<>();
        Matcher m = EmbeddedUpdates.POST.matcher(html);
        while (m.find()) {
            expected.add(m.start(1) + "-" + m.end(1) + " " + m.start(2) + "-" + m.end(2) + " " + m.start(3) + "-" + m.end(3));
        }
        List<String> actual = new ArrayList<>();
        for (int[] p : EmbeddedUpdates.bounds(html)) {
            actual.add(p[0] + "-" + p[1] + " " + p[2] + "-" + p[3] + " " + p[4] + "-" + p[5]);
        }
        assertThat(actual).as("%s", html).isEqualTo(expected);
    }
}
