package dev.cairn.cli;

import dev.cairn.model.BaseUrlValidator;
import dev.cairn.pipeline.BuildOptions;
import dev.cairn.pipeline.BuildResult;
import dev.cairn.pipeline.SiteBuilder;
import dev.cairn.pipeline.incremental.CachedStages;
import dev.cairn.site.OutputRefused;
import dev.cairn.site.SiteWriteFailed;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cairn build}: the portfolio into a static site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Build the site. A failed build leaves the previous site as it was.")
final class BuildCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin Verbosity verbosity;
  @Mixin SourceOptions source;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: DIR/site).")
  Path out;

  @Option(names = "--drafts", description = "Include logs marked draft: true.")
  boolean drafts;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "The site's public address for this build, instead of base_url in content/site.yaml"
              + " (e.g. from a CI job). Feed, sitemap and share tags use it; page links stay"
              + " relative.")
  String baseUrl;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    Optional<String> override = Optional.ofNullable(baseUrl).map(String::strip);
    Optional<String> problem = override.flatMap(BaseUrlValidator::problem);
    if (problem.isPresent()) {
      err.println("cairn: --base-url: " + problem.get());
      err.flush();
      return 2;
    }
    Path outDir = out != null ? out : source.dir().resolve("site");
    long start = System.nanoTime();
    BuildResult result;
    try {
      result =
          new SiteBuilder(new CachedStages(err, outDir))
              .build(
                  new BuildOptions(source.dir(), outDir, drafts, source.today(), false, override));
    } catch (OutputRefused e) {
      err.println("cairn: " + e.getMessage());
      err.flush();
      return 2;
    } catch (SiteWriteFailed e) {
      err.println("cairn: " + e.getMessage());
      if (verbosity.verbose) e.printStackTrace(err);
      err.flush();
      return 1;
    }
    if (DiagnosticPrinter.print(result.diagnostics(), false, err) > 0) {
      err.println("Nothing was written; " + outDir + " is unchanged.");
      err.flush();
      return 1;
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (verbosity.verbose) {
      result.stageMillis().forEach((stage, t) -> stdout.println("  " + stage + ": " + t + " ms"));
    }
    stdout.println(
        "Built "
            + result.pages()
            + " pages ("
            + result.filesWritten()
            + " files) into "
            + outDir
            + " in "
            + ms
            + " ms.");
    stdout.flush();
    return 0;
  }
}
