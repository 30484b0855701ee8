package dev.cairn.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cairn completion bash|zsh}: a shell completion script for every command and option. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Print a completion script for bash or zsh. Load it in the current shell with",
      "  source <(cairn completion bash)",
      "or keep it, e.g. cairn completion bash > ~/.local/share/bash-completion/completions/cairn."
          + " In zsh the script runs through zsh's bash completion support (bashcompinit)."
    })
final class CompletionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
  String shell;

  @Override
  public Integer call() {
    String name = shell.toLowerCase(Locale.ROOT);
    if (!name.equals("bash") && !name.equals("zsh")) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("cairn: no completion for shell '" + shell + "'; choose bash or zsh");
      err.flush();
      return 2;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash("cairn", spec.root().commandLine()));
    out.flush();
    return 0;
  }
}
