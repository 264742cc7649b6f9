package org.statustray.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Which launches relaunch, and the flags they relaunch with (the jar's copy of packaging/jvm-options). */
class LeanLaunchTest {

    @Test
    void theTrayAppAndWatchRelaunchQuickCommandsDoNot() {
        assertThat(LeanLaunch.longRunning(new String[0])).isTrue();
        assertThat(LeanLaunch.longRunning(new String[] {"--debug", "--open", "history"})).isTrue();
        assertThat(LeanLaunch.longRunning(new String[] {"watch", "--verbose"})).isTrue();
        assertThat(LeanLaunch.longRunning(new String[] {"--config", "check", "watch"})).as("a value, not a command")
                .isTrue();
        for (String quick : new String[] {"check", "detect", "probe", "catalog", "history", "--help", "-h", "--version"}) {
            assertThat(LeanLaunch.longRunning(new String[] {quick, "openai"})).as(quick).isFalse();
        }
    }

    @Test
    void theJarCarriesPackagingJvmOptionsLineForLine() throws Exception {
        assertThat(LeanLaunch.flags()).isEqualTo(Files.readAllLines(Path.of("packaging", "jvm-options")).stream()
                .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        assertThat(LeanLaunch.flags()).contains("-D" + LeanLaunch.MARKER + "=1", "-XX:+UseSerialGC");
    }

    @Test
    void theChildIsThisJavaWithTheFlagsThenTheParentThenTheSameArguments() {
        var command = LeanLaunch.command(new String[] {"watch", "--verbose"});
        assertThat(command.get(0)).endsWith("java");
        assertThat(command).containsSubsequence(LeanLaunch.flags());
        assertThat(command).containsSubsequence("-D" + LeanLaunch.PARENT + "=" + ProcessHandle.current().pid(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "watch", "--verbose");
    }
}
