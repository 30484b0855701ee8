package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Memo;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads a portfolio folder into a {@link Portfolio}: settings, then goals, then logs checked
 * against the goals. Bad content never throws; it becomes diagnostics, all of them in one run.
 */
public final class ContentLoader {
  private final LocalDate today;
  private final Optional<LogCache> cache;

  /**
   * @param today the reference date; logs dated after it get a warning
   */
  public ContentLoader(LocalDate today) {
    this.today = Objects.requireNonNull(today);
    this.cache = Optional.empty();
  }

  /**
   * A loader that re-reads only the log files that changed since the last load with the same {@code
   * cache} (for the dev server). A change to any goal, or to the reference date, re-reads every
   * log, since a log is checked against its goal.
   */
  public ContentLoader(LocalDate today, LogCache cache) {
    this.today = Objects.requireNonNull(today);
    this.cache = Optional.of(cache);
  }

  /** Parsed logs of earlier loads, by path, with the file's size and modification time. */
  public static final class LogCache {
    private record Entry(
        FileTime modified, long size, String slug, long generation, ReadLog read) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Memo<String, Map<String, String>> slugs = Memo.remembering();
    private Map<String, Goal> goals = Map.of();
    private List<String> brokenGoals = List.of();
    private LocalDate today;
    private long generation;

    /**
     * Re-reads every log when the goals or the date changed; returns the goals to use, the kept
     * instances when they are equal, so that later stages see an unchanged goal as the same object.
     */
    synchronized Map<String, Goal> validate(
        Map<String, Goal> goals, List<String> brokenGoals, LocalDate today) {
      if (!goals.equals(this.goals)
          || !brokenGoals.equals(this.brokenGoals)
          || !today.equals(this.today)) {
        generation++;
        this.goals = Collections.unmodifiableMap(new TreeMap<>(goals));
        this.brokenGoals = List.copyOf(brokenGoals);
        this.today = today;
      }
      return this.goals;
    }

    Optional<ReadLog> find(SourceFile file, String slug, BasicFileAttributes attrs) {
      Entry e = entries.get(file.path());
      return e != null
              && e.generation == generation
              && e.slug.equals(slug)
              && e.size == attrs.size()
              && e.modified.equals(attrs.lastModifiedTime())
          ? Optional.of(e.read)
          : Optional.empty();
    }

    ReadLog put(SourceFile file, String slug, BasicFileAttributes attrs, ReadLog read) {
      Entry before = entries.get(file.path());
      // Saved without a change, or re-read after a goal changed: keep the instance later stages
      // know.
      ReadLog kept = before != null && before.read.equals(read) ? before.read : read;
      entries.put(
          file.path(), new Entry(attrs.lastModifiedTime(), attrs.size(), slug, generation, kept));
      return kept;
    }

    void retainOnly(Set<String> paths) {
      entries.keySet().retainAll(paths);
    }
  }

  private record ReadLog(Optional<Log> log, List<Diagnostic> diagnostics) {}

  private ReadLog readLog(
      SourceFile file, String slug, Map<String, Goal> goals, List<String> brokenGoals) {
    if (cache.isEmpty()) return parseLog(file, slug, goals, brokenGoals);
    BasicFileAttributes attrs;
    try {
      attrs =
          file.attributes().isPresent()
              ? file.attributes().get()
              : Files.readAttributes(file.file(), BasicFileAttributes.class);
    } catch (IOException e) {
      return parseLog(file, slug, goals, brokenGoals); // reports the problem with its position
    }
    Optional<ReadLog> cached = cache.get().find(file, slug, attrs);
    if (cached.isPresent()) return cached.get();
    return cache.get().put(file, slug, attrs, parseLog(file, slug, goals, brokenGoals));
  }

  private ReadLog parseLog(
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

    Map<String, Goal> parsedGoals = new TreeMap<>();
    List<String> brokenGoals = new ArrayList<>();
    GoalReader goalReader = new GoalReader(diagnostics);
    for (SourceFile file : files.get().goals()) {
      Optional<Goal> goal =
          SourceReader.read(file, diagnostics)
              .flatMap(text -> goalReader.read(file.path(), file.stem(), text));
      if (goal.isPresent()) {
        parsedGoals.put(goal.get().slug(), goal.get());
      } else {
        brokenGoals.add(file.stem());
      }
    }

    List<String> logPaths = files.get().logs().stream().map(SourceFile::path).toList();
    Map<String, String> slugs =
        cache.isPresent()
            ? cache.get().slugs.get("logs", List.of(logPaths), () -> LogSlugs.assign(logPaths))
            : LogSlugs.assign(logPaths);
    Map<String, Goal> goals =
        cache.isPresent() ? cache.get().validate(parsedGoals, brokenGoals, today) : parsedGoals;
    cache.ifPresent(c -> c.retainOnly(slugs.keySet()));
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
    NotesReader.Result notes =
        new NotesReader(portfolioDir, goals, brokenGoals).read(site.notes(), slugs.values());
    diagnostics.addAll(notes.diagnostics());
    logs.addAll(notes.logs());
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
