package dev.cairn.build;

import dev.cairn.model.Diagnostic;
import java.util.List;

/** The outcome of a build or check: every diagnostic (sorted) and how many files were written. */
public record BuildResult(List<Diagnostic> diagnostics, int filesWritten, int pages) {

  public BuildResult {
    diagnostics = diagnostics.stream().sorted().toList();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
