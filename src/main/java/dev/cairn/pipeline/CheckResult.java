package dev.cairn.pipeline;

import dev.cairn.model.Diagnostic;
import java.util.List;

/** What {@code check} found: every problem (sorted) and how many goals and logs loaded. */
public record CheckResult(List<Diagnostic> diagnostics, int goals, int logs) {

  public CheckResult {
    diagnostics = diagnostics.stream().sorted().toList();
  }

  public boolean hasErrors() {
    return BuildResult.hasErrors(diagnostics);
  }
}
