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
    LogReader logReader = new LogReader(goals, brokenGoals, today, diagnostics);
    List<Log> logs = new ArrayList<>();
    for (SourceFile file : files.get().logs()) {
      SourceReader.read(file, diagnostics)
          .flatMap(text -> logReader.read(file.path(), slugs.get(file.path()), text))
          .ifPresent(logs::add);
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
