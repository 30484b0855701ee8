package dev.cairn.cli;

import dev.cairn.importer.ExportSource;
import dev.cairn.importer.HabiticaImporter;
import dev.cairn.importer.ImportFailed;
import dev.cairn.importer.ImportPlan;
import dev.cairn.importer.ImportWriter;
import dev.cairn.importer.LoopImporter;
import dev.cairn.importer.StravaImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cairn import loop|strava|habitica}: another tool's export into goal and log files. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import another tool's export as goals and logs under content/. Writes everything or"
            + " nothing and never rewrites a file; importing the same export again changes nothing.",
    subcommands = {
      ImportCommand.Loop.class,
      ImportCommand.Strava.class,
      ImportCommand.Habitica.class
    })
final class ImportCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** The options every importer takes. */
  static final class Common {
    @Option(
        names = "--source",
        paramLabel = "DIR",
        defaultValue = ".",
        description = "The portfolio folder holding content/ (default: ${DEFAULT-VALUE}).")
    Path source;

    @Option(names = "--dry-run", description = "Print the plan and write nothing.")
    boolean dryRun;

    @Option(
        names = "--goal",
        paramLabel = "SLUG",
        description = "Add the logs to this existing goal instead of creating one.")
    String goal;
  }

  abstract static class Base implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin Verbosity verbosity;
    @Mixin Common common;

    @Parameters(index = "0", paramLabel = "PATH", description = "The export.")
    Path export;

    abstract ImportPlan read(ExportSource source) throws ImportFailed;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path portfolio = common.source.toAbsolutePath().normalize();
      try (ExportSource source = ExportSource.open(export, export.toString())) {
        ImportPlan plan = read(source);
        ImportWriter.Outcome outcome =
            new ImportWriter(portfolio, LocalDate.now())
                .apply(plan, Optional.ofNullable(common.goal), common.dryRun);
        if (outcome.hasErrors()) {
          DiagnosticPrinter.print(outcome.errors(), false, err);
          err.println("Nothing was written.");
          err.flush();
          return 1;
        }
        if (common.dryRun) {
          outcome.report().forEach(out::println);
          out.println("Dry run: nothing written.");
        } else {
          if (verbosity.verbose) outcome.report().forEach(out::println);
          out.println(
              "Imported from "
                  + plan.toolName()
                  + ": "
                  + count(outcome.goalsCreated(), "goal")
                  + " created, "
                  + count(outcome.logsWritten(), "log")
                  + " written"
                  + (outcome.logsPresent() > 0
                      ? ", " + outcome.logsPresent() + " already there"
                      : "")
                  + ".");
        }
        out.flush();
        return 0;
      } catch (ImportFailed e) {
        err.println("cairn: " + e.getMessage());
        if (verbosity.verbose && e.getCause() != null) e.getCause().printStackTrace(err);
        err.flush();
        return e.isUsage() ? 2 : 1;
      } catch (IOException e) {
        err.println("cairn: " + export + ": " + e.getMessage());
        err.flush();
        return 1;
      }
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }

  @Command(
      name = "loop",
      mixinStandardHelpOptions = true,
      description =
          "Import a Loop Habit Tracker CSV export (the ZIP 'Loop Habits CSV yyyy-MM-dd.zip' or its"
              + " folder): one goal per habit.")
  static final class Loop extends Base {
    @Option(
        names = "--habit",
        paramLabel = "NAME",
        description = "Import only this habit (repeatable).")
    List<String> habits = new ArrayList<>();

    @Override
    ImportPlan read(ExportSource source) throws ImportFailed {
      return new LoopImporter().read(source, habits);
    }
  }

  @Command(
      name = "strava",
      mixinStandardHelpOptions = true,
      description = "Import activities.csv of a Strava bulk export: one goal per activity type.")
  static final class Strava extends Base {
    @Option(
        names = "--type",
        paramLabel = "TYPE",
        description = "Import only this activity type, e.g. Run (repeatable).")
    List<String> types = new ArrayList<>();

    @Option(
        names = "--zone",
        paramLabel = "ZONE",
        description =
            "The time zone whose calendar days the logs fall on, e.g. Europe/Berlin (default:"
                + " this computer's).")
    ZoneId zone;

    @Override
    ImportPlan read(ExportSource source) throws ImportFailed {
      return new StravaImporter().read(source, types, zone != null ? zone : ZoneId.systemDefault());
    }
  }

  @Command(
      name = "habitica",
      mixinStandardHelpOptions = true,
      description =
          "Import Habitica's task history (habitica-tasks-history.csv): one goal per habit or"
              + " daily.")
  static final class Habitica extends Base {
    @Option(
        names = "--task",
        paramLabel = "NAME",
        description = "Import only this habit or daily (repeatable).")
    List<String> tasks = new ArrayList<>();

    @Override
    ImportPlan read(ExportSource source) throws ImportFailed {
      return new HabiticaImporter().read(source, tasks);
    }
  }
}
