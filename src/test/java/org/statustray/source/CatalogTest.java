package org.statustray.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.statustray.model.CatalogEntry;

class CatalogTest {
    final Catalog catalog = Catalog.builtIn();

    @Test
    void holdsAtLeast300WellFormedEntries() {
        List<CatalogEntry> all = catalog.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(300);
        Set<String> ids = new HashSet<>();
        for (CatalogEntry e : all) {
            assertThat(ids.add(e.id())).as("unique id %s", e.id()).isTrue();
            assertThat(e.id()).matches("[a-z0-9][a-z0-9-]*");
            assertThat(e.name()).as(e.id()).isNotBlank();
            assertThat(e.category()).as(e.id()).isNotBlank();
            assertThat(Formats.named(e.format())).as("format of %s: %s", e.id(), e.format()).isPresent();
            URI url = URI.create(e.url());
            assertThat(url.getScheme()).as(e.id()).isEqualTo("https");
            assertThat(url.getHost()).as(e.id()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"OpenAI", "Anthropic", "Claude", "Google Cloud", "Google Workspace", "Mistral", "Cohere",
        "Hugging Face", "Perplexity", "GitHub", "GitLab", "Bitbucket", "Atlassian", "Slack", "Discord", "Zoom", "Azure",
        "AWS", "Cloudflare", "Fastly", "Vercel", "Netlify", "Heroku", "DigitalOcean", "Linode", "Fly.io", "Render",
        "Supabase", "Stripe", "Twilio", "SendGrid", "Datadog", "Sentry", "npm", "PyPI", "Docker Hub",
        "CircleCI", "Notion", "Figma", "Dropbox"})
    void coversTheServicesPeopleAskFor(String name) {
        assertThat(catalog.search(name)).as(name).isNotEmpty();
    }

    /**
     * Okta's and PagerDuty's status pages publish nothing a program can read (a custom app; HTML where the
     * feed was): an entry would be "unknown" forever, so they are left out until they do.
     */
    @ParameterizedTest
    @ValueSource(strings = {"okta", "pagerduty"})
    void leavesOutPagesWithNothingReadable(String id) {
        assertThat(catalog.byId(id)).isEmpty();
    }

    @Test
    void searchRanksExactNamesFirst() {
        assertThat(catalog.search("openai").get(0).id()).isEqualTo("openai");
        assertThat(catalog.search("OPENAI").get(0).name()).isEqualTo("OpenAI");
        assertThat(catalog.search("github").get(0).id()).isEqualTo("github");
        assertThat(catalog.byId("github")).isPresent();
        assertThat(catalog.search("no such service at all")).isEmpty();
        assertThat(catalog.search("")).hasSize(catalog.all().size());
    }
}
