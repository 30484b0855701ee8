package dev.cairn.e2e;

import dev.cairn.pipeline.BuildOptions;
import dev.cairn.pipeline.BuildResult;
import dev.cairn.pipeline.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The repository's sample portfolio (content/), built once per test run into a temporary folder.
 */
final class SampleSite {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  private static Path built;

  private SampleSite() {}

  /** The folder holding the built site; the build runs on first use. */
  static synchronized Path require() {
    if (built == null) built = build();
    return built;
  }

  private static Path build() {
    try {
      Path source = Path.of("").toAbsolutePath();
      if (!Files.isRegularFile(source.resolve("content/site.yaml"))) {
        throw new IllegalStateException("the sample portfolio content/ is missing under " + source);
      }
      Path tmp = Files.createTempDirectory("cairn-sample-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(tmp)));
      Path out = tmp.resolve("site");
      StringWriter messages = new StringWriter();
      BuildResult result =
          new SiteBuilder(new PrintWriter(messages))
              .build(new BuildOptions(source, out, false, TODAY));
      if (result.hasErrors()) throw new IllegalStateException("sample build failed:\n" + messages);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary folder is harmless
    }
  }
}
