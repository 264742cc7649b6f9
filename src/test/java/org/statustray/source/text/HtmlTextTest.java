package org.statustray.source.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Entry bodies are escaped HTML; what reaches the user is plain text. */
class HtmlTextTest {

    @Test
    void tagsGoAndLineBreakingTagsBecomeNewLines() {
        assertThat(HtmlText.toText("<p>One<br>two<br />three</p><p>Four</p><ul><li>a</li><li>b</li></ul>"))
                .isEqualTo("One\ntwo\nthree\nFour\na\nb");
        assertThat(HtmlText.toText("failing.<br /><br />We have taken")).isEqualTo("failing.\n\nWe have taken");
        assertThat(HtmlText.toText("<div class=\"x\"><strong>Resolved</strong> - <a href=\"u\">done</a></div>"))
                .isEqualTo("Resolved - done");
    }

    @Test
    void entitiesAreDecodedOnceAfterTagsAreGone() {
        assertThat(HtmlText.toText("a &amp; b &lt;i&gt; &quot;q&quot; &apos;s&#39; x&nbsp;y &#8217; &#x2019; &rsquo;"))
                .isEqualTo("a & b <i> \"q\" 's' x y ’ ’ ’");
        assertThat(HtmlText.toText("&amp;lt;b&amp;gt;")).isEqualTo("&lt;b&gt;");
        assertThat(HtmlText.toText("&unknown; &#0; &#xD800; &#1114112;")).isEqualTo("&unknown;");
    }

    @Test
    void blankRunsCollapseAndScriptsCommentsVanish() {
        assertThat(HtmlText.toText("\n  <p>  a   \t b </p>\n\n\n\n<p>c</p>   ")).as("HTML new lines are spaces")
                .isEqualTo("a b\nc");
        assertThat(HtmlText.toText("plain\n\n\n\ntext  kept \n as lines")).isEqualTo("plain\n\ntext kept\nas lines");
        assertThat(HtmlText.toText("<p>end<br /></p><p>next</p>")).isEqualTo("end\nnext");
        assertThat(HtmlText.toText("x<script>alert(1)</script><style>p{}</style><!-- hidden -->y")).isEqualTo("xy");
        assertThat(HtmlText.toText("a < b and c > d")).isEqualTo("a < b and c > d");
        assertThat(HtmlText.toText(null)).isEmpty();
    }

    @Test
    void hostileMarkupStaysLinear() {
        String many = "<a".repeat(200_000) + "<br>".repeat(100_000) + "<!--" + "<script>".repeat(50_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> HtmlText.toText(many));
        String edges = "<p>" + " <br>".repeat(100_000) + "</p>";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> HtmlText.toText(edges));
    }
}
