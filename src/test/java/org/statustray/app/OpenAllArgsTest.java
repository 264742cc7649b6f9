package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@code --open all}: parsed as a window name like the others, named in the help and in a wrong name's error. */
class OpenAllArgsTest {

    @Test
    void openAllIsAWindowNameBeforeOrAfterTheCommand() throws Exception {
        assertThat(GlobalOptions.parse(new String[] {"--open", "all"}).open()).isEqualTo("all");
        assertThat(GlobalOptions.parse(new String[] {"--open=all"}).open()).isEqualTo("all");
        assertThat(GlobalOptions.window("all")).isEqualTo("all");
    }

    @Test
    void aWrongWindowNameListsAllAmongTheChoices() {
        assertThatThrownBy(() -> GlobalOptions.parse(new String[] {"--open", "everything"}))
                .isInstanceOf(UsageException.class)
                .hasMessage("--open takes overview, history, settings, all or timeline:SERVICE_ID, not 'everything'");
    }

    @Test
    void theHelpNamesTheAllServicesWindow() {
        assertThat(Cli.HELP).contains("--open WINDOW    open overview, history, settings, all");
    }
}
