package org.statustray.ui.history;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.statustray.ui.SafeText;
import static org.assertj.core.api.Assertions.assertThat;

/** Search finds the words SafeText shows of a body, and none of the markup it hides. */
class SearchTextTest {
    static final List<String> BODIES = List.of(
            "We are investigating reports of degraded performance for Actions.",
            "<p>We have identified the cause.</p><p>Details: <a href=\"https://status.example/incidents/7\">incident report</a></p>",
            "**This incident has been resolved.** See [the post-incident review](https://status.example/reviews/11).",
            "Latency < 5 ms for AT&T users; a<b is fine &amp; so is &#39;quoting&#39; &mdash; &#x2014; &nbsp;done &bogus; &",
            "<div>Start<!-- a hidden comment --> middle<script>var hiddenScript = 1;</script> end"
                    + "<STYLE>.hiddenStyle { }</STYLE> tail<br/>next line &lt;tag&gt;</div>",
            "Fixed, see https://status.example/r/1. Thanks \"all\".\n\nSecond paragraph\r\nwith CRLF",
            "Unclosed <b bold text and [a label](not a link) and [another](https://x.example/a b)",
            "<p>Mixed <em>emph</em>asis and <span class=\"x\">spans</span></p><p>next</p>");

    static String search(String body) {
        StringBuilder sb = new StringBuilder();
        SearchText.append(body, sb);
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    @Test
    void everyWordSafeTextShowsIsFound() {
        for (String body : BODIES) {
            String found = search(body);
            for (String word : SafeText.plainText(body).toLowerCase(Locale.ROOT).split("\\s+")) {
                assertThat(found).as(body).contains(word.replace("**", ""));
            }
        }
    }

    @Test
    void markupAndLinkAddressesAreNotSearchedButVisibleAddressesAre() {
        assertThat(search(BODIES.get(1))).doesNotContain("href", "<p>", "incidents/7").contains("incident report");
        assertThat(search(BODIES.get(2))).doesNotContain("reviews").contains("the post-incident review");
        assertThat(search(BODIES.get(3))).contains("& so is 'quoting' — —", "at&t", "&bogus;", "latency < 5 ms");
        assertThat(search(BODIES.get(4))).doesNotContain("hidden", "<br").contains("start", "middle", "end", "tail",
                "next line <tag>");
        assertThat(search(BODIES.get(5))).contains("https://status.example/r/1");
        assertThat(search(BODIES.get(6))).contains("(not a link)", "(https://x.example/a b)");
        assertThat(search(BODIES.get(7))).contains("emphasis", "spans", "next").doesNotContain("spansnext", "span ");
        assertThat(search(null)).isEmpty();
    }
}
