package org.statustray.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule for "this page is watched already", used by Add service and by import alike. */
class SamePageTest {
    @Test
    void spellingsOfOnePageAreOnePage() {
        assertThat(ConfigRules.samePage("https://www.githubstatus.com", "http://WWW.githubstatus.com:80/")).isTrue();
        assertThat(ConfigRules.samePage("www.githubstatus.com", "https://www.githubstatus.com/api/v2/summary.json")).isTrue();
        assertThat(ConfigRules.samePage("https://status.example:443/x/", "https://status.example/X")).isTrue();
    }

    @Test
    void otherPagesAndNonAddressesAreNot() {
        assertThat(ConfigRules.samePage("https://status.example/a", "https://status.example/b")).isFalse();
        assertThat(ConfigRules.samePage("https://status.example:8443", "https://status.example")).isFalse();
        assertThat(ConfigRules.samePage("ftp://status.example", "https://status.example")).isFalse();
        assertThat(ConfigRules.samePage(null, "https://status.example")).isFalse();
    }
}
