package dev.cairn.cli;

import dev.cairn.pipeline.CheckResult;
import dev.cairn.pipeline.SiteBuilder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cairn check}: validate only, for editors and CI hooks. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Validate the content without writing anything. Exit 1 on errors.")
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin SourceOptions source;

  @Option(
      names = "--strict",
      description = "Treat warnings and hints (e.g. unknown keys) as errors.")
  boolean strict;

  /** How problems are printed. */
  enum Format {
    TEXT,
    JSON
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description =
          "text (default): path:line:column: message on stderr; json: one object "
              + "{\"errors\":[{\"path\",\"line\",\"column\",\"severity\",\"message\"}…],\"ok\":bool} on stdout, for editors.")
  Format format;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CheckResult result = new SiteBuilder(err).check(source.dir(), source.today());
    if (format == Format.JSON) {
      return DiagnosticJsonWriter.print(result.diagnostics(), strict, spec.commandLine().getOut())
              > 0
          ? 1
          : 0;
    }
    int errors = DiagnosticPrinter.print(result.diagnostics(), strict, err);
    if (errors > 0) return 1;
    spec.commandLine()
        .getOut()
        .println("OK: " + result.goals() + " goals, " + result.logs() + " logs.");
    spec.commandLine().getOut().flush();
    return 0;
  }
}
