package dev.cairn.importer;

import dev.cairn.content.ContentLoader;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Goal;
import dev.cairn.model.Metric;
import dev.cairn.model.Slugs;
import dev.cairn.model.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
        files.put(goalPath, ImportFileTexts.goalText(s.goal()));
        goalsCreated++;
      }
      int written = 0;
      int present = 0;
      for (ImportPlan.LogDraft log : s.logs()) {
        String path = ImportFileTexts.logPath(plan.tool(), slug, log);
        if (Files.exists(portfolio.resolve(path)) || files.containsKey(path)) {
          present++;
        } else {
          files.put(path, ImportFileTexts.logText(slug, log));
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
    new StagedWrite(portfolio).write(files);
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
}
