package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetTest {
    @Test
    void aCatalogueIdBringsItsAddressFormatAndName() {
        Target github = Target.of("github", "auto");
        assertThat(github.uri()).hasToString("https://www.githubstatus.com");
        assertThat(github.format()).isEqualTo("statuspage");
        assertThat(github.name()).isEqualTo("GitHub");

        assertThat(Target.of("gitlab", "auto").format()).isEqualTo("statusio");
        assertThat(Target.of("aws", "auto").format()).isEqualTo("aws-rss");
        assertThat(Target.of("github", "incidentio").format()).as("an explicit format wins").isEqualTo("incidentio");
    }

    @Test
    void aCatalogueIdWithDefaultComponentsBringsThemToCheck() {
        assertThat(Target.of("cloudflare", "auto").components()).contains("API", "Workers").doesNotContain("Europe");
        assertThat(Target.of("gemini", "auto").components()).containsExactly("Vertex Gemini API", "Gemini Code Assist",
                "Gemini Enterprise");
        assertThat(Target.of("github", "auto").components()).isEmpty();
    }

    @Test
    void anythingElseIsAWebAddress() {
        assertThat(Target.of("www.githubstatus.com", "auto").uri()).hasToString("https://www.githubstatus.com");
        assertThat(Target.of("localhost", "auto").uri()).hasToString("https://localhost");
        assertThat(Target.of("http://127.0.0.1:8000", "auto").name()).isNull();
        assertThatThrownBy(() -> Target.of("file:///etc/passwd", "auto")).hasMessage("only http and https URLs can be checked, not file:");
    }
}
