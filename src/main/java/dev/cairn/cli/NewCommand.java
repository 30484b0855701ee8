package dev.cairn.cli;

import dev.cairn.content.ContentLoader;
import dev.cairn.content.LoadResult;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import dev.cairn.model.Slugs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cairn new goal|log}: scaffolding that never overwrites a file. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Create a goal or a log from a template and print its path.",
    subcommands = {NewCommand.NewGoal.class, NewCommand.NewLog.class})
final class NewCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  @Command(
      name = "goal",
      mixinStandardHelpOptions = true,
      description = "Write content/goals/<slug>.md with every goal field, commented.")
  static final class NewGoal implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Verbosity verbosity;

    @Option(
        names = "--source",
        paramLabel = "DIR",
        defaultValue = ".",
        description = "The portfolio folder.")
    Path source;

    @Parameters(paramLabel = "TITLE", description = "The goal's title, e.g. \"Play guitar\".")
    String title;

    @Override
    public Integer call() throws IOException {
      String slug = Slugs.of(title, "goal");
      Path dir = source.resolve("content/goals");
      Path file = dir.resolve(slug + ".md");
      Files.createDirectories(dir);
      try {
        Files.writeString(
            file,
            goalTemplate(title, LocalDate.now()),
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE_NEW);
      } catch (FileAlreadyExistsException e) {
        spec.commandLine()
            .getErr()
            .println(
                "cairn: "
                    + source.relativize(file)
                    + " already exists; pick another title or edit it");
        return 1;
      }
      spec.commandLine().getOut().println(file);
      return 0;
    }
  }

  @Command(
      name = "log",
      mixinStandardHelpOptions = true,
      description =
          "Write content/logs/<yyyy>/<date>-<goal>.md with the goal's metric keys to fill in.")
  static final class NewLog implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Verbosity verbosity;

    @Option(
        names = "--source",
        paramLabel = "DIR",
        defaultValue = ".",
        description = "The portfolio folder.")
    Path source;

    @Option(
        names = "--date",
        paramLabel = "YYYY-MM-DD",
        description = "The log's date (default: today).")
    LocalDate date;

    @Parameters(paramLabel = "GOAL", description = "The goal's slug, e.g. guitar.")
    String goalSlug;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      LocalDate day = date != null ? date : LocalDate.now();
      LoadResult loaded = new ContentLoader(day).load(source.toAbsolutePath().normalize());
      Optional<Goal> goal = loaded.portfolio().findGoal(goalSlug);
      if (goal.isEmpty()) {
        String known =
            loaded.portfolio().goals().stream().map(Goal::slug).collect(Collectors.joining(", "));
        err.println(
            "cairn: no goal '"
                + goalSlug
                + "'"
                + (known.isEmpty()
                    ? "; create one with: cairn new goal \"Title\""
                    : "; goals: " + known));
        return 2;
      }
      Optional<String> lastLevel =
          loaded.portfolio().logsOf(goalSlug).stream()
              .filter(l -> l.challenge().isPresent())
              .max(Comparator.comparing(Log::date).thenComparing(Log::sourcePath))
              .map(
                  l ->
                      goal.get()
                          .levelName(l.challenge().getAsInt())
                          .orElse(String.valueOf(l.challenge().getAsInt())));
      Path dir = source.resolve("content/logs").resolve(String.valueOf(day.getYear()));
      Files.createDirectories(dir);
      String text = logTemplate(goal.get(), lastLevel);
      for (int n = 1; ; n++) {
        Path file = dir.resolve(day + "-" + goalSlug + (n == 1 ? "" : "-" + n) + ".md");
        try {
          Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
          spec.commandLine().getOut().println(file);
          return 0;
        } catch (FileAlreadyExistsException e) {
          // try the next suffix: never overwrite a log
        }
      }
    }
  }

  static String logTemplate(Goal goal, Optional<String> lastLevel) {
    StringBuilder b = new StringBuilder("---\n");
    b.append("goal: ").append(goal.slug()).append('\n');
    b.append(
        "win:            # what you can do now that you could not before (leave empty if none)\n");
    b.append("metrics:\n");
    for (Metric m : goal.metricsMasteryFirst()) {
      b.append("  ")
          .append(m.id())
          .append(":")
          .append(" ".repeat(Math.max(1, 14 - m.id().length())))
          .append("# ")
          .append(m.label())
          .append(m.unit().map(u -> " (" + u + ")").orElse(""))
          .append(m.isMastery() ? "" : ", activity")
          .append('\n');
    }
    if (!goal.challengeLevels().isEmpty()) {
      b.append("challenge: ")
          .append(lastLevel.map(NewCommand::yamlString).orElse("1"))
          .append("   # level: ")
          .append(String.join(" | ", goal.challengeLevels()))
          .append('\n');
    }
    b.append("min_step: false # true on a low-energy day when the first step was all you did");
    goal.firstStep().ifPresent(s -> b.append(" (").append(s).append(")"));
    b.append('\n');
    b.append("tags: []\n");
    b.append("---\n\n");
    return b.toString();
  }

  private static String yamlString(String s) {
    return s.matches("[A-Za-z][A-Za-z0-9 _.-]*")
            && !s.matches("(?i)(yes|no|on|off|true|false|null|y|n)")
        ? s
        : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static String goalTemplate(String title, LocalDate today) {
    return """
        ---
        title: %s
        # Why does this matter to you? One sentence.
        why:
        # The six-month question: what will you be able to do in six months that you cannot do now?
        capability: In six months I can …
        started: %s
        # The smallest step that still counts on a low-energy day.
        first_step:
        status: active          # active | paused | done
        private: false          # true: this goal and all its logs stay out of the site
        metrics:
          # Lead with mastery: something you can do better, not just more.
          - id: skill           # [a-z][a-z0-9_]*, used as the key in logs
            label: What you measure
            kind: mastery       # mastery | activity
            better: higher      # higher | lower
            unit: per min
            # target: 60
          - id: minutes
            label: Practice minutes
            kind: activity
            unit: min
        # Challenge levels let the site notice a plateau and suggest the next step up.
        # challenge:
        #   levels: [first level, second level, third level]
        ---
        The story of this goal, in Markdown.
        """
        .formatted(yamlString(title), today);
  }
}
