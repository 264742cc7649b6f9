package org.statustray.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What counts as a status page address as typed, and as a link a page gives. */
class WebAddressTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FILE:///etc/passwd                  | only http and https URLs can be checked, not file:",
        "file:/etc/passwd                    | only http and https URLs can be checked, not file:",
        "jar:file:/tmp/x.jar!/status.json    | only http and https URLs can be checked, not jar:",
        "javascript:alert(document.cookie)   | only http and https URLs can be checked, not javascript:",
        "data:text/html;base64,PHNjcmlwdD4=  | only http and https URLs can be checked, not data:",
        "smb://fileserver/share              | only http and https URLs can be checked, not smb:",
        "mailto:ops@example.com              | only http and https URLs can be checked, not mailto:",
        "http:/x                             | 'http:/x' is not a web address",
        "https:example.com                   | 'https:example.com' is not a web address",
        "https://                            | 'https://' is not a web address",
        "http://[::1]:0/                     | port 0 is not a port a web server can listen on",
        "http://example.com:99999/           | port 99999 is not a port a web server can listen on",
        "http://user:hunter2@example.com/    | a status page address cannot carry a user name or password",
        "https://token@example.com/          | a status page address cannot carry a user name or password",
        "https://exa mple.com/               | 'https://exa mple.com/' is not a web address",
    })
    void refusesWhatIsNotAnHttpAddressWithOneLine(String typed, String reason) {
        assertThatThrownBy(() -> WebAddress.parse(typed)).isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    void aRefusalNeverRepeatsAPasswordNorAControlCharacter() {
        assertThatThrownBy(() -> WebAddress.parse("https://me:hunter2@exa mple.com/"))
                .hasMessage("'https://…@exa mple.com/' is not a web address");
        assertThatThrownBy(() -> WebAddress.parse("https://x\u001b[2J\u009b31m/" + "y".repeat(500)))
                .hasMessageNotContaining("\u001b").hasMessageNotContaining("\u009b")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(130));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "  https://www.githubstatus.com  | https://www.githubstatus.com",
        "www.githubstatus.com            | https://www.githubstatus.com",
        "localhost:8080/status           | https://localhost:8080/status",
        "127.0.0.1:8080                  | https://127.0.0.1:8080",
        "HTTPS://Status.Example.COM/     | HTTPS://Status.Example.COM/",
        "http://[::1]:8080/x             | http://[::1]:8080/x",
        "https://bücher.example/status   | https://xn--bcher-kva.example/status",
        "https://аpple.example:8443/     | https://xn--pple-43d.example:8443/",
    })
    void acceptsHttpAddressesAndSpellsForeignHostsInAscii(String typed, String expected) {
        assertThat(WebAddress.parse(typed)).isEqualTo(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)", "file:///etc/passwd",
        "smb://host/share", "ftp://example.com/", "data:text/html,x", "vbscript:msgbox", "https:evil",
        "http:///etc/passwd", "https://bank.example@evil.example/", "http://[::1]:0/", "/relative/path",
        "//evil.example/", "https://x/\nrm -rf", "-https://x", "", " "})
    void aLinkIsOpenableOnlyWhenItIsAnHttpPage(String link) {
        assertThat(WebAddress.link(link)).isEmpty();
    }

    @Test
    void aWebPageIsALink() {
        assertThat(WebAddress.link("https://status.example.com/incidents/abc?x=1#y"))
                .contains(URI.create("https://status.example.com/incidents/abc?x=1#y"));
        assertThat(WebAddress.link("HTTP://stspg.io/abc")).contains(URI.create("HTTP://stspg.io/abc"));
        assertThat(WebAddress.link(null)).isEmpty();
    }

    @Test
    void aShownAddressHidesCredentials() {
        assertThat(WebAddress.shown("https://me:hunter2@example.com/x")).isEqualTo("https://…@example.com/x");
        assertThat(WebAddress.shown("https://example.com/a@b")).isEqualTo("https://example.com/a@b");
    }
}
