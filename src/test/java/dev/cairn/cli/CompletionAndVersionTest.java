package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompletionAndVersionTest {

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"bash", "zsh"})
  void completionPrintsAScriptForEveryCommand(String shell) {
    CairnCommandTest.Run r = CairnCommandTest.run("completion", shell);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("complete -F"), r.out());
    for (String word :
        new String[] {"build", "serve", "check", "new", "completion", "--base-url"}) {
      assertTrue(r.out().contains(word), word);
    }
  }

  @Test
  void completionForAnUnknownShellIsAOneLineUsageError() {
    CairnCommandTest.Run r = CairnCommandTest.run("completion", "fish");
    assertEquals(2, r.exit());
    assertEquals("cairn: no completion for shell 'fish'; choose bash or zsh", r.err().strip());
    assertEquals("", r.out());
  }

  @Test
  void bashLoadsTheScriptAndCompletesSubcommands() throws Exception {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
    Path script = tmp.resolve("cairn.bash");
    Files.writeString(script, CairnCommandTest.run("completion", "bash").out());
    String probe =
        "source '"
            + script
            + "' && COMP_WORDS=(cairn ne) && COMP_CWORD=1 && COMP_LINE='cairn ne' && COMP_POINT=8"
            + " && _complete_cairn cairn ne cairn && echo \"${COMPREPLY[@]}\"";
    Process bash = new ProcessBuilder("/bin/bash", "-c", probe).redirectErrorStream(true).start();
    assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, bash.exitValue(), out);
    assertEquals("new", out);
  }

  @Test
  void versionNamesTheJavaRuntime() {
    CairnCommandTest.Run r = CairnCommandTest.run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("Java " + Runtime.version()), r.out());
    assertTrue(r.out().contains(System.getProperty("java.vendor")), r.out());
  }
}
