package org.statustray.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloseNamesTest {
    static final List<String> NAMES = List.of("Git Operations", "API Requests", "Packages", "Pages", "Europe / Frankfurt");

    @Test
    void typosPartsAndCaseFindCloseNamesClosestFirst() {
        assertThat(CloseNames.to("Pakages", NAMES, 3)).containsExactly("Packages", "Pages");
        assertThat(CloseNames.to("frankfurt", NAMES, 3)).containsExactly("Europe / Frankfurt");
        assertThat(CloseNames.to("git", NAMES, 3)).containsExactly("Git Operations");
        assertThat(CloseNames.to("Billing", NAMES, 3)).isEmpty();
    }

    @Test
    void distanceIsLevenshtein() {
        assertThat(CloseNames.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(CloseNames.distance("", "abc")).isEqualTo(3);
    }
}
