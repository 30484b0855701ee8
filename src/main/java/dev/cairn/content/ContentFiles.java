package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The content files a walk of the portfolio folder found, paths in each list sorted; each log
 * file's page name ({@link LogSlugs}, by path); and the problems the walk met (links skipped,
 * folders that cannot be read).
 */
public record ContentFiles(
    Optional<SourceFile> site,
    List<SourceFile> goals,
    List<SourceFile> logs,
    Map<String, String> logSlugs,
    List<Diagnostic> diagnostics) {

  public ContentFiles {
    Objects.requireNonNull(site);
    goals = List.copyOf(goals);
    logs = List.copyOf(logs);
    logSlugs = Map.copyOf(logSlugs);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The same files, with {@code logs} in place of the log files (the same paths, new attributes).
   */
  public ContentFiles withLogs(List<SourceFile> logs) {
    return new ContentFiles(site, goals, logs, logSlugs, diagnostics);
  }
}
