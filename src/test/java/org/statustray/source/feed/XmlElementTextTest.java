package org.statustray.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.statustray.source.UnreadableException;

/** An element's own text and all its text, in document order, whichever kind of content comes first. */
class XmlElementTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<a>x<b>y</b>z<c/>w</a>          | xzw | xyzw",
        "<a><b>y</b>z<c>q</c>w</a>       | zw | yzqw",
        "<a>x<b>y</b></a>                | x  | xy",
        "<a><b>y</b><c>q</c></a>         | '' | yq",
        "<a>x<![CDATA[&]]>y</a>          | x&y| x&y",
        "<a></a>                         | '' | ''",
        "<a><b>1<c>2</c>3</b>4<d>5</d></a>| 4 | 12345",
    })
    void allTextKeepsDocumentOrder(String xml, String own, String all) throws UnreadableException {
        XmlElement root = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8));
        assertThat(root.text()).isEqualTo(own);
        assertThat(root.allText()).isEqualTo(all);
        assertThat(root.allText()).as("asked twice").isEqualTo(all);
    }
}
