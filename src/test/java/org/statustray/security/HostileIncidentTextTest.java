package org.statustray.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.statustray.fetch.WebAddress;
import org.statustray.ui.SafeText;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An incident body full of markup that would run or load something in a browser, shown the way every window
 * shows one ({@link SafeText#flow}): it is text and links only, and clicking every link opens only the two
 * web pages in it.
 */
class HostileIncidentTextTest {
    static final String BODY = "<p>We are investigating.</p><script>alert(document.cookie)</script>"
            + "<img src=x onerror=\"alert(1)\"><svg onload=alert(2)></svg>"
            + "<iframe src=\"https://evil.example/frame\"></iframe>"
            + "<style>body{background:url(https://evil.example/pixel)}</style>"
            + "<a href=\"javascript:alert(3)\">details</a> <a href=\"JaVaScRiPt:alert(4)\">more</a>"
            + " <a href=\" javascript:alert(5)\">again</a> [markdown](javascript:alert(6))"
            + " <a href=\"file:///etc/passwd\">log</a> <a href=\"smb://evil.example/share\">share</a>"
            + " <a href=\"https://bank.example@evil.example/\">your bank</a> <a href=\"http:///etc/passwd\">odd</a>"
            + " <a href=\"data:text/html,&lt;script&gt;alert(7)&lt;/script&gt;\">data</a>"
            + " <a href=\"vbscript:msgbox(8)\">vb</a> javascript:alert(9)"
            + " <a href=\"https://status.example.com/ok\" onclick=\"alert(10)\">the incident</a>"
            + " and https://status.example.com/bare.";

    @Test
    void markupIsTextAndOnlyTheWebPagesAreLinks() {
        List<SafeText.Part> parts = SafeText.parts(BODY);

        assertThat(parts).filteredOn(p -> p.url() != null).extracting(SafeText.Part::url)
                .containsExactly("https://status.example.com/ok", "https://status.example.com/bare");
        String text = SafeText.plainText(BODY);
        assertThat(text).startsWith("We are investigating.").contains("details", "your bank", "the incident")
                .doesNotContain("<script", "<img", "onerror", "<svg", "onload", "<iframe", "<style", "href", "onclick");
    }

    @Test
    void clickingEveryLinkOfTheShownBodyOpensOnlyWebPages() throws Exception {
        List<String> opened = new ArrayList<>();
        List<Node> nodes = WaitForAsyncUtils.asyncFx(() -> {
            TextFlow flow = SafeText.flow(BODY, opened::add);
            flow.getChildren().stream().filter(n -> n instanceof Hyperlink).forEach(n -> ((Hyperlink) n).fire());
            return List.copyOf(flow.getChildren());
        }).get();

        assertThat(nodes).allMatch(n -> n instanceof Text || n instanceof Hyperlink, "text and links only");
        assertThat(nodes).filteredOn(n -> n instanceof Hyperlink).extracting(n -> ((Hyperlink) n).getText())
                .containsExactly("the incident", "https://status.example.com/bare");
        assertThat(opened).containsExactly("https://status.example.com/ok", "https://status.example.com/bare")
                .allMatch(u -> WebAddress.link(u).isPresent());
    }
}
