package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Loads a portfolio folder into a {@link Portfolio}: settings, then goals, then logs checked
 * against the goals. Bad content never throws; it becomes diagnostics, all of them in one run.
 */
public final class ContentLoader {
  private final LocalDate today;

  /**
   * @param today the reference date; logs dated after it get a warning
   */
  public ContentLoader(LocalDate today) {
    this.today = Objects.requireNonNull(today);
  }

  private record ReadLog(Optional<Log> log, List<Diagnostic> diagnostics) {}

  private ReadLog readLog(
      SourceFile file, String slug, Map<String, Goal> goals, List<String> brokenGoals) {
    List<Diagnostic> local = new ArrayList<>();
    LogReader reader = new LogReader(goals, brokenGoals, today, local);
    Optional<Log> log =
        SourceReader.read(file, local).flatMap(text -> reader.read(file.path(), slug, text));
    return new ReadLog(log, local);
  }

  public LoadResult load(Path portfolioDir) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<ContentWalker.ContentFiles> files =
        new ContentWalker(portfolioDir, diagnostics).walk();
    if (files.isEmpty()) {
      return new LoadResult(
          new Portfolio(SiteConfig.defaults(), List.of(), List.of()), diagnostics);
    }
    SiteConfig site = loadSite(portfolioDir, files.get(), diagnostics);

    Map<String, Goal> goals = new TreeMap<>();
    List<String> brokenGoals = new ArrayList<>();
    GoalReader goalReader = new GoalReader(diagnostics);
    for (SourceFile file : files.get().goals()) {
      Optional<Goal> goal =
          SourceReader.read(file, diagnostics)
              .flatMap(text -> goalReader.read(file.path(), file.stem(), text));
      if (goal.isPresent()) {
        goals.put(goal.get().slug(), goal.get());
      } else {
        brokenGoals.add(file.stem());
      }
    }

    Map<String, String> slugs =
        LogSlugs.assign(files.get().logs().stream().map(SourceFile::path).toList());
    // Logs are independent of each other: read them in parallel, each with its own diagnostics,
    // and merge in path order so the output does not depend on scheduling.
    List<ReadLog> reads =
        files.get().logs().parallelStream()
            .map(file -> readLog(file, slugs.get(file.path()), goals, brokenGoals))
            .toList();
    List<Log> logs = new ArrayList<>();
    for (ReadLog read : reads) {
      diagnostics.addAll(read.diagnostics());
      read.log().ifPresent(logs::add);
    }
    logs.sort(Comparator.comparing(Log::date).thenComparing(Log::sourcePath));
    return new LoadResult(new Portfolio(site, List.copyOf(goals.values()), logs), diagnostics);
  }

  private static SiteConfig loadSite(
      Path portfolioDir, ContentWalker.ContentFiles files, List<Diagnostic> diagnostics) {
    if (files.site().isEmpty()) return SiteConfig.defaults();
    SourceFile file = files.site().get();
    return SourceReader.read(file, diagnostics)
        .map(text -> new SiteConfigReader(portfolioDir, diagnostics).read(file.path(), text))
        .orElse(SiteConfig.defaults());
  }
}
