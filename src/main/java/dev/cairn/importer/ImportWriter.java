package dev.cairn.importer;

import dev.cairn.content.ContentLoader;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Goal;
import dev.cairn.model.Metric;
import dev.cairn.model.Slugs;
import dev.cairn.model.SourcePosition;
import dev.cairn.text.YamlScalars;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Places an {@link ImportPlan} in a portfolio: goals as {@code content/goals/<slug>.md}, logs as
 * {@code content/logs/imported/<tool>/<yyyy>/<date>-<slug>[-<key>].md}. An existing file is never
 * rewritten: an existing goal is added to when it defines the metrics the logs use, and a log file
 * that exists counts as already imported, so importing the same export twice changes nothing. All
 * files are first written to a staging folder beside {@code content/} and moved into place only
 * when every one is ready; if a move fails, the files already moved are taken back.
 */
public final class ImportWriter {

  /** What an import did or, in a dry run, would do. */
  public record Outcome(
      List<Diagnostic> errors,
      List<String> report,
      int goalsCreated,
      int logsWritten,
      int logsPresent,
      List<String> written) {
    public Outcome {
      errors = List.copyOf(errors);
      report = List.copyOf(report);
      written = List.copyOf(written);
    }

    public boolean hasErrors() {
      return !errors.isEmpty();
    }
  }

  private final Path portfolio;
  private final LocalDate today;

  /**
   * @param portfolio the portfolio folder holding {@code content/}
   * @param today the reference date for reading the portfolio's goals
   */
  public ImportWriter(Path portfolio, LocalDate today) {
    this.portfolio = portfolio;
    this.today = today;
  }

  /**
   * Checks the plan against the portfolio and writes it, unless {@code dryRun}.
   *
   * @param attachTo a goal's slug that every log is added to ({@code --goal})
   * @throws ImportFailed when {@code attachTo} names no usable goal or a file cannot be written
   */
  public Outcome apply(ImportPlan plan, Optional<String> attachTo, boolean dryRun)
      throws ImportFailed {
    if (plan.hasErrors()) return new Outcome(plan.errors(), List.of(), 0, 0, 0, List.of());
    Map<String, Goal> goals = new LinkedHashMap<>();
    for (Goal g : new ContentLoader(today).load(portfolio).portfolio().goals())
      goals.put(g.slug(), g);
    if (attachTo.isPresent()) {
      if (!goals.containsKey(attachTo.get())) {
        throw ImportFailed.usage(
            "--goal '"
                + attachTo.get()
                + "': no goal content/goals/"
                + attachTo.get()
                + ".md that loads without errors"
                + (goals.isEmpty() ? "" : "; goals: " + String.join(", ", goals.keySet())));
      }
      if (plan.series().size() > 1) {
        throw ImportFailed.usage(
            "--goal adds one series to a goal, but the export holds "
                + plan.series().size()
                + " ("
                + String.join(", ", plan.series().stream().map(ImportPlan.Series::name).toList())
                + "); pick one with "
                + (plan.tool().equals(LoopImporter.TOOL)
                    ? "--habit"
                    : plan.tool().equals(StravaImporter.TOOL) ? "--type" : "--task"));
      }
    }

    List<Diagnostic> errors = new ArrayList<>();
    List<String> report = new ArrayList<>();
    Map<String, String> files = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    int goalsCreated = 0;
    int logsWritten = 0;
    int logsPresent = 0;
    report.add("Import from " + plan.toolName() + ":");
    for (ImportPlan.Series s : plan.series()) {
      String slug;
      String goalPath;
      boolean create;
      if (attachTo.isPresent()) {
        slug = attachTo.get();
        create = false;
      } else {
        String base = Slugs.of(s.goal().title(), "goal");
        slug = base;
        for (int n = 2; !taken.add(slug); n++) slug = base + "-" + n;
        create = !Files.exists(portfolio.resolve("content/goals/" + slug + ".md"));
      }
      goalPath = "content/goals/" + slug + ".md";
      if (!create) {
        Goal existing = goals.get(slug);
        List<String> missing = new ArrayList<>();
        for (Metric m : s.goal().metrics()) {
          if (existing == null
              || existing.metrics().stream().noneMatch(x -> x.id().equals(m.id()))) {
            missing.add(m.id());
          }
        }
        if (!missing.isEmpty()) {
          errors.add(
              Diagnostic.error(
                  SourcePosition.startOf(goalPath),
                  (existing == null
                          ? "this goal has errors, so '" + s.name() + "' cannot be added to it"
                          : "'"
                              + s.name()
                              + "' would be added to this existing goal, but it does not define"
                              + " the metric"
                              + (missing.size() == 1 ? " " : "s ")
                              + String.join(", ", missing))
                      + "; add "
                      + (missing.size() == 1 ? "it" : "them")
                      + " to the goal, or import into another goal with --goal SLUG"));
          continue;
        }
      } else {
        files.put(goalPath, goalText(s.goal()));
        goalsCreated++;
      }
      int written = 0;
      int present = 0;
      for (ImportPlan.LogDraft log : s.logs()) {
        String path = logPath(plan.tool(), slug, log);
        if (Files.exists(portfolio.resolve(path)) || files.containsKey(path)) {
          present++;
        } else {
          files.put(path, logText(slug, log));
          written++;
        }
      }
      logsWritten += written;
      logsPresent += present;
      report.add(
          "  "
              + (create ? "new goal " : "goal     ")
              + goalPath
              + " ("
              + s.name()
              + "): "
              + written
              + (written == 1 ? " log" : " logs")
              + " to write"
              + range(s.logs())
              + (present > 0 ? ", " + present + " already there" : ""));
    }
    if (!plan.ignored().isEmpty()) {
      report.add("Rows left out:");
      plan.ignored().forEach((reason, n) -> report.add("  " + n + " × " + reason));
    }
    if (!errors.isEmpty() || dryRun) {
      return new Outcome(errors, report, goalsCreated, logsWritten, logsPresent, List.of());
    }
    write(files);
    return new Outcome(
        List.of(), report, goalsCreated, logsWritten, logsPresent, List.copyOf(files.keySet()));
  }

  private static String range(List<ImportPlan.LogDraft> logs) {
    if (logs.isEmpty()) return "";
    LocalDate first = logs.get(0).date();
    LocalDate last = logs.get(0).date();
    for (ImportPlan.LogDraft l : logs) {
      if (l.date().isBefore(first)) first = l.date();
      if (l.date().isAfter(last)) last = l.date();
    }
    return ", " + first + " … " + last;
  }

  /** The log's file, relative to the portfolio. */
  static String logPath(String tool, String slug, ImportPlan.LogDraft log) {
    String key = log.key().isEmpty() ? "" : "-" + Slugs.of(log.key(), "log");
    return "content/logs/imported/"
        + tool
        + "/"
        + log.date().getYear()
        + "/"
        + log.date()
        + "-"
        + slug
        + key
        + ".md";
  }

  static String goalText(ImportPlan.GoalDraft g) {
    StringBuilder b = new StringBuilder("---\n");
    b.append("title: ").append(YamlScalars.string(g.title())).append('\n');
    g.why().ifPresent(w -> b.append("why: ").append(YamlScalars.string(w)).append('\n'));
    b.append("status: ").append(g.status()).append('\n');
    b.append("metrics:\n");
    for (Metric m : g.metrics()) {
      b.append("  - id: ").append(m.id()).append('\n');
      b.append("    label: ").append(YamlScalars.string(m.label())).append('\n');
      b.append("    kind: ").append(m.kind().name().toLowerCase(Locale.ROOT)).append('\n');
      b.append("    better: ").append(m.better().name().toLowerCase(Locale.ROOT)).append('\n');
      b.append("    aggregate: ")
          .append(m.aggregate().name().toLowerCase(Locale.ROOT))
          .append('\n');
      m.unit().ifPresent(u -> b.append("    unit: ").append(YamlScalars.string(u)).append('\n'));
      if (m.target().isPresent()) {
        b.append("    target: ")
            .append(number(BigDecimal.valueOf(m.target().getAsDouble())))
            .append('\n');
      }
    }
    b.append("---\n");
    b.append(g.body());
    return b.toString();
  }

  static String logText(String slug, ImportPlan.LogDraft log) {
    StringBuilder b = new StringBuilder("---\n");
    b.append("goal: ").append(slug).append('\n');
    b.append("date: ").append(log.date()).append('\n');
    log.title().ifPresent(t -> b.append("title: ").append(YamlScalars.string(t)).append('\n'));
    if (!log.metrics().isEmpty()) {
      b.append("metrics:\n");
      log.metrics()
          .forEach(
              (id, v) -> b.append("  ").append(id).append(": ").append(number(v)).append('\n'));
    }
    b.append("---\n");
    if (!log.body().isBlank()) b.append(log.body().strip()).append('\n');
    return b.toString();
  }

  private static String number(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }

  private void write(Map<String, String> files) throws ImportFailed {
    if (files.isEmpty()) return;
    Path staging = portfolio.resolve(".cairn-import-" + UUID.randomUUID());
    Deque<Path> moved = new ArrayDeque<>();
    Deque<Path> createdDirs = new ArrayDeque<>();
    try {
      Files.createDirectory(staging);
      int n = 0;
      Map<String, Path> staged = new LinkedHashMap<>();
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = staging.resolve(n++ + ".md");
        Files.writeString(
            file, f.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        staged.put(f.getKey(), file);
      }
      for (Map.Entry<String, Path> f : staged.entrySet()) {
        Path target = portfolio.resolve(f.getKey());
        createParents(target.getParent(), createdDirs);
        // Without REPLACE_EXISTING a file that appeared meanwhile is left alone and the move fails.
        Files.move(f.getValue(), target);
        moved.push(target);
      }
    } catch (IOException e) {
      while (!moved.isEmpty()) deleteQuietly(moved.pop());
      while (!createdDirs.isEmpty()) deleteQuietly(createdDirs.pop());
      throw new ImportFailed(
          "could not write the import (" + e.getMessage() + "); nothing was written", e);
    } finally {
      deleteTree(staging);
    }
  }

  private static void createParents(Path dir, Deque<Path> created) throws IOException {
    if (dir == null || Files.isDirectory(dir)) return;
    createParents(dir.getParent(), created);
    Files.createDirectory(dir);
    created.push(dir);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort: the folder may hold a file someone else wrote meanwhile
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(ImportWriter::deleteQuietly);
    } catch (IOException e) {
      // the staging folder holds nothing that reaches the site
    }
  }
}
