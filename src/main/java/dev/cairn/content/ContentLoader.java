package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Loads a portfolio folder into a {@link Portfolio}: settings, then goals, then logs checked
 * against the goals. Bad content never throws; it becomes diagnostics, all of them in one run. Each
 * log is read independently ({@link #readLog}).
 */
public final class ContentLoader {
  private final LocalDate today;

  /**
   * @param today the reference date; logs dated after it get a warning
   */
  public ContentLoader(LocalDate today) {
    this.today = Objects.requireNonNull(today);
  }

  /** What every log is checked against: the goals that loaded, the ones that did not, the date. */
  public record LogContext(Map<String, Goal> goals, List<String> brokenGoals, LocalDate today) {
    public LogContext {
      goals = Collections.unmodifiableMap(new TreeMap<>(goals));
      brokenGoals = List.copyOf(brokenGoals);
    }
  }

  /** One log file read: the log, if it is valid, and the problems found in it. */
  public record LogRead(Optional<Log> log, List<Diagnostic> diagnostics) {
    public LogRead {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Reads one log file; {@link ContentLoader#readLog} is the one that parses. */
  @FunctionalInterface
  public interface LogStep {
    LogRead read(SourceFile file, String slug, LogContext context);
  }

  /** Files larger than this are refused with an error, unread. */
  public static final long MAX_FILE_BYTES = SourceReader.MAX_BYTES;

  /** Parses one log file against {@code context}: a function of the file's text and the context. */
  public static LogRead readLog(SourceFile file, String slug, LogContext context) {
    List<Diagnostic> local = new ArrayList<>();
    return parse(file, SourceReader.read(file, local), slug, context, local);
  }

  /** Like {@link #readLog(SourceFile, String, LogContext)}, from {@code bytes} already read. */
  public static LogRead readLog(SourceFile file, byte[] bytes, String slug, LogContext context) {
    List<Diagnostic> local = new ArrayList<>();
    return parse(file, SourceReader.decode(file, bytes, local), slug, context, local);
  }

  private static LogRead parse(
      SourceFile file,
      Optional<String> text,
      String slug,
      LogContext context,
      List<Diagnostic> local) {
    LogReader reader =
        new LogReader(context.goals(), context.brokenGoals(), context.today(), local);
    Optional<Log> log = text.flatMap(t -> reader.read(file.path(), slug, t));
    return new LogRead(log, local);
  }

  /**
   * Finds the content files of a portfolio folder; {@link ContentLoader#walk} is the one that
   * looks.
   */
  @FunctionalInterface
  public interface WalkStep {
    /** The files found, or empty when there is no content folder; {@code sink} gets that error. */
    Optional<ContentFiles> walk(Path portfolioDir, List<Diagnostic> sink);
  }

  /** Walks the portfolio folder for its content files. */
  public static Optional<ContentFiles> walk(Path portfolioDir, List<Diagnostic> sink) {
    List<Diagnostic> found = new ArrayList<>();
    Optional<ContentFiles> files = new ContentWalker(portfolioDir, found).walk();
    sink.addAll(found);
    return files;
  }

  public LoadResult load(Path portfolioDir) {
    return load(portfolioDir, ContentLoader::walk, ContentLoader::readLog);
  }

  /**
   * Like {@link #load(Path)}, with the content files found by {@code walk} and each log file read
   * by {@code step}.
   */
  public LoadResult load(Path portfolioDir, WalkStep walk, LogStep step) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Optional<ContentFiles> files = walk.walk(portfolioDir, diagnostics);
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
    LogContext context = new LogContext(goals, brokenGoals, today);

    Map<String, String> slugs = files.get().logSlugs();
    // Logs are independent of each other: read them in parallel, each with its own diagnostics,
    // and merge in path order so the output does not depend on scheduling.
    List<LogRead> reads =
        files.get().logs().parallelStream()
            .map(file -> step.read(file, slugs.get(file.path()), context))
            .toList();
    List<Log> logs = new ArrayList<>();
    for (LogRead read : reads) {
      diagnostics.addAll(read.diagnostics());
      read.log().ifPresent(logs::add);
    }
    NotesReader.Result notes =
        new NotesReader(portfolioDir, goals, brokenGoals).read(site.notes(), slugs.values());
    diagnostics.addAll(notes.diagnostics());
    logs.addAll(notes.logs());
    logs.sort(Comparator.comparing(Log::date).thenComparing(Log::sourcePath));
    List<Goal> goalList = List.copyOf(goals.values());
    Map<String, GoalLines> lines = goalReader.lines();
    // Advice on what to track waits until the content is valid.
    boolean valid = diagnostics.stream().noneMatch(Diagnostic::isError);
    return new LoadResult(
        new Portfolio(site, goalList, logs),
        diagnostics,
        () -> valid ? TrackingBudget.notes(goalList, logs, lines, today) : List.of());
  }

  private static SiteConfig loadSite(
      Path portfolioDir, ContentFiles files, List<Diagnostic> diagnostics) {
    if (files.site().isEmpty()) return SiteConfig.defaults();
    SourceFile file = files.site().get();
    return SourceReader.read(file, diagnostics)
        .map(text -> new SiteConfigReader(portfolioDir, diagnostics).read(file.path(), text))
        .orElse(SiteConfig.defaults());
  }
}
