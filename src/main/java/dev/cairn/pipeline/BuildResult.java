package dev.cairn.pipeline;

import dev.cairn.model.Diagnostic;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a build or check: every diagnostic (sorted), how many files were written, and how
 * long each stage took (for {@code --verbose}).
 */
public record BuildResult(
    List<Diagnostic> diagnostics, int filesWritten, int pages, Map<String, Long> stageMillis) {

  public BuildResult {
    diagnostics = diagnostics.stream().sorted().toList();
    stageMillis = Collections.unmodifiableMap(new LinkedHashMap<>(stageMillis));
  }

  public BuildResult(List<Diagnostic> diagnostics, int filesWritten, int pages) {
    this(diagnostics, filesWritten, pages, Map.of());
  }

  /** A build that wrote nothing, with the problems that stopped it (or, for a check, all found). */
  static BuildResult nothingWritten(List<Diagnostic> diagnostics, Map<String, Long> stageMillis) {
    return new BuildResult(diagnostics, 0, 0, stageMillis);
  }

  public boolean hasErrors() {
    return hasErrors(diagnostics);
  }

  static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
