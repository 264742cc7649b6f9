package org.statustray.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlternativeGroupsTest {
    final AlternativeGroups groups = new AlternativeGroups(Map.of("ai-models", List.of("openai", "anthropic", "mistral"),
            "code-hosting", List.of("github", "gitlab")));

    @Test
    void theOperationalSentenceNamesOneTwoOrMore() {
        assertThat(AlternativeGroups.operationalSentence(List.of())).isEmpty();
        assertThat(AlternativeGroups.operationalSentence(List.of("Claude"))).isEqualTo("Claude is operational.");
        assertThat(AlternativeGroups.operationalSentence(List.of("Claude", "Gemini")))
                .isEqualTo("Claude and Gemini are operational.");
        assertThat(AlternativeGroups.operationalSentence(List.of("Claude", "Gemini", "Mistral AI")))
                .isEqualTo("Claude, Gemini and Mistral AI are operational.");
    }

    @Test
    void aServiceStandsInOnlyForTheOthersOfItsGroup() {
        assertThat(groups.alternativesTo("OpenAI")).containsExactly("anthropic", "mistral");
        assertThat(groups.groupsOf("gitlab")).containsExactly("code-hosting");
        assertThat(groups.standsInFor("gitlab", "openai")).isFalse();
        assertThat(groups.standsInFor("openai", "openai")).as("not its own stand-in").isFalse();
        assertThat(AlternativeGroups.NONE.alternativesTo("openai")).isEmpty();
    }
}
