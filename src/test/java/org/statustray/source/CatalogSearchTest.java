package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What people type finds what they mean, first. */
class CatalogSearchTest {
    final Catalog catalog = Catalog.builtIn();

    @ParameterizedTest
    @CsvSource({
        "openai, openai",
        "chatgpt, openai",
        "ChatGPT, openai",
        "gemini, gemini",
        "Gemini API, gemini",
        "claude, anthropic",
        "claude code, anthropic",
        "gh, github",
        "copilot, github",
        "grok, xai",
        "kimi, moonshot-ai",
        "gcp, google-cloud",
        "aws, aws",
        "cloudflare, cloudflare"})
    void theServiceMeantComesFirst(String typed, String meant) {
        assertThat(catalog.search(typed)).isNotEmpty();
        assertThat(catalog.search(typed).get(0).id()).as(typed).isEqualTo(meant);
    }

    @ParameterizedTest
    @CsvSource({"vertex, google-cloud", "vertex, gemini", "google, gemini", "google, google-cloud"})
    void relatedEntriesAreFoundToo(String typed, String alsoFound) {
        assertThat(catalog.search(typed)).extracting(e -> e.id()).as(typed).contains(alsoFound);
    }
}
