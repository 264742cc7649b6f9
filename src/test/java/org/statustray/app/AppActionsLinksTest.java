package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one gate every opened link passes (notification buttons, window links, links in incident bodies):
 * {@link AppActions#openUrl}. Links come from pages; only a web page may reach the system's browser, and
 * what reaches it is exactly the checked address.
 */
class AppActionsLinksTest {
    final List<Runnable> events = new ArrayList<>();
    final List<URI> browsed = new ArrayList<>();
    final AppActions actions = new AppActions(events::add, null, null, browsed::add);

    void runEvents() {
        List<Runnable> queued = List.copyOf(events);
        events.clear();
        queued.forEach(Runnable::run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(document.cookie)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
        "file:///etc/passwd", "FILE:///home/user/.ssh/id_rsa", "smb://attacker.example/share", "ftp://example.com/",
        "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "jar:file:/tmp/x.jar!/", "ms-settings:",
        "xdg-open --help", "--help", "$(touch /tmp/pwned)", "`id`", "; rm -rf ~", "https:evil.example",
        "http:///etc/passwd", "https://bank.example@evil.example/", "https://status.example.com/\n--new-window",
        "https://status.example.com/a b", "http://[::1]:0/", "", "   "})
    void nothingButAWebPageIsHandedToTheSystem(String link) {
        actions.openUrl(link);
        actions.openUrl(null);

        assertThat(events).as("no event queued for %s", link).isEmpty();
        runEvents();
        assertThat(browsed).isEmpty();
    }

    @Test
    void aWebPageIsOpenedOnTheEventThreadAsTheCheckedAddress() {
        actions.openUrl("https://stspg.io/abc123");
        actions.openUrl("  HTTP://status.example.com/incidents/1?x=1#updates  ");

        assertThat(browsed).as("nothing is opened on the caller's (tray or D-Bus) thread").isEmpty();
        runEvents();
        assertThat(browsed).containsExactly(URI.create("https://stspg.io/abc123"),
                URI.create("HTTP://status.example.com/incidents/1?x=1#updates"));
    }
}
