package dev.cairn.cli;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Portfolio;
import dev.cairn.model.Slugs;
import dev.cairn.pipeline.PortfolioReader;
import dev.cairn.text.YamlScalars;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
    description = "Create a portfolio, a goal or a log from a template.",
    subcommands = {NewSiteCommand.class, NewCommand.NewGoal.class, NewCommand.NewLog.class})
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
      Path file = source.resolve("content/goals").resolve(Slugs.of(title, "goal") + ".md");
      if (!writeGoal(file, title, LocalDate.now())) {
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

  /** Writes the commented goal template into {@code file}; false if the file already exists. */
  static boolean writeGoal(Path file, String title, LocalDate today) throws IOException {
    Files.createDirectories(file.getParent());
    try {
      Files.writeString(
          file, goalTemplate(title, today), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      return true;
    } catch (FileAlreadyExistsException e) {
      return false;
    }
  }

  @Command(
      name = "log",
      mixinStandardHelpOptions = true,
      description =
          "Write content/logs/<yyyy>/<date>-<goal>.md with the goal's metric keys to fill in;"
              + " inside an Obsidian vault as top-level keys, with the goal as a wiki link.")
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

    @Parameters(
        paramLabel = "GOAL",
        arity = "0..1",
        description =
            "The goal's slug, e.g. guitar. Without it, the goals are listed: on a terminal to"
                + " choose from, otherwise in the error message.")
    String goalSlug;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      LocalDate day = date != null ? date : LocalDate.now();
      Portfolio portfolio = PortfolioReader.read(source.toAbsolutePath().normalize(), day);
      List<String> known = portfolio.goals().stream().map(Goal::slug).toList();
      if (known.isEmpty()) {
        err.println(
            "cairn: "
                + (goalSlug == null
                    ? "this portfolio has no goals yet"
                    : "no goal '" + goalSlug + "'")
                + "; create one first with: cairn new goal \"Title\"");
        return 2;
      }
      Optional<String> chosen = Optional.ofNullable(goalSlug);
      if (chosen.isEmpty()) {
        Optional<Console> console = findTerminal();
        if (console.isEmpty()) {
          err.println(
              "cairn: name the goal to log: cairn new log GOAL, with GOAL one of: "
                  + String.join(", ", known));
          return 2;
        }
        chosen = GoalPrompt.ask(console.get(), portfolio.goals());
        if (chosen.isEmpty()) {
          err.println("cairn: no goal chosen; goals: " + String.join(", ", known));
          return 2;
        }
      }
      Optional<Goal> goal = portfolio.findGoal(chosen.get());
      if (goal.isEmpty()) {
        err.println("cairn: no goal '" + chosen.get() + "'; goals: " + String.join(", ", known));
        return 2;
      }
      spec.commandLine().getOut().println(writeLog(source, portfolio, goal.get(), day));
      return 0;
    }
  }

  /**
   * Writes a log of {@code goal} dated {@code day} into content/logs/<yyyy>/, pre-filled with the
   * goal's metric keys and the last challenge level logged, in the flat form with a wiki link when
   * the portfolio lies in an Obsidian vault; returns its path. Never overwrites: a second log of
   * the same goal and day gets a "-2" suffix, and so on.
   */
  static Path writeLog(Path source, Portfolio portfolio, Goal goal, LocalDate day)
      throws IOException {
    Optional<String> lastLevel =
        portfolio.logsOf(goal.slug()).stream()
            .filter(l -> l.challenge().isPresent())
            .max(Comparator.comparing(Log::date).thenComparing(Log::sourcePath))
            .map(
                l ->
                    goal.levelName(l.challenge().getAsInt())
                        .orElse(String.valueOf(l.challenge().getAsInt())));
    Path dir = source.resolve("content/logs").resolve(String.valueOf(day.getYear()));
    Files.createDirectories(dir);
    String text = LogTemplate.of(goal, lastLevel, ObsidianVault.encloses(source));
    for (int n = 1; ; n++) {
      Path file = dir.resolve(day + "-" + goal.slug() + (n == 1 ? "" : "-" + n) + ".md");
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        return file;
      } catch (FileAlreadyExistsException e) {
        // try the next suffix: never overwrite a log
      }
    }
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
        .formatted(YamlScalars.string(title), today);
  }

  /**
   * The console, when it is a terminal someone types at. From JDK 22 on, System.console() also
   * gives a console when the streams are redirected, and only Console.isTerminal() (JDK 22+) tells
   * them apart; before JDK 22 a console is always a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // the null check is half the test; isTerminal is the rest
  static Optional<Console> findTerminal() {
    Console console = System.console();
    if (console == null) return Optional.empty();
    try {
      boolean terminal = (Boolean) Console.class.getMethod("isTerminal").invoke(console);
      return terminal ? Optional.of(console) : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.of(console);
    } catch (ReflectiveOperationException e) {
      return Optional.empty();
    }
  }
}
