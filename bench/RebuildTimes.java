import dev.cairn.pipeline.BuildOptions;
import dev.cairn.pipeline.BuildResult;
import dev.cairn.pipeline.SiteBuilder;
import dev.cairn.pipeline.incremental.IncrementalStages;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Times the dev server's rebuilds in-process, stage by stage, without the watcher, the quiet period
 * or the browser: builds a portfolio twice (the first build and the warm-up), then edits its newest
 * log and rebuilds as {@code cairn serve} does, naming the edited file as the watcher would, and
 * prints the median and every time of each stage.
 *
 * <p>Run with the JVM options of {@code serve}: {@code java -XX:TieredStopAtLevel=1 -Xss4m
 * -Djava.awt.headless=true -cp target/cairn.jar bench/RebuildTimes.java PORTFOLIO_DIR [EDITS]} (the
 * portfolio is edited and restored: use a copy). {@code IDLE} is a pause in milliseconds before
 * each rebuild, as between a person's saves (default 300).
 */
public class RebuildTimes {

  public static void main(String[] args) throws Exception {
    Path portfolio = Path.of(args[0]).toAbsolutePath();
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    long idle = Long.parseLong(System.getenv().getOrDefault("IDLE", "300"));
    Path log;
    try (Stream<Path> s = Files.walk(portfolio.resolve("content/logs"))) {
      log = s.filter(p -> p.toString().endsWith(".md")).sorted().reduce((a, b) -> b).orElseThrow();
    }
    String original = Files.readString(log);
    IncrementalStages stages = new IncrementalStages(new PrintWriter(System.err, true));
    SiteBuilder builder = new SiteBuilder(stages);
    Path[] folders = {
      Files.createTempDirectory("rebuild-a"), Files.createTempDirectory("rebuild-b")
    };
    LocalDate today = LocalDate.now();
    Map<String, List<Long>> stageTimes = new TreeMap<>();
    List<Long> totals = new ArrayList<>();
    try {
      for (int i = 0; i < edits + 2; i++) {
        if (i >= 2) {
          Files.writeString(log, original + "\nEdited for a timing (" + i + ").\n");
          stages.expectChanges(Optional.of(Set.of(log)));
          Thread.sleep(idle);
        }
        long start = System.nanoTime();
        BuildResult result =
            builder.build(new BuildOptions(portfolio, folders[i % 2], false, today));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (result.hasErrors()) throw new IllegalStateException(result.diagnostics().toString());
        if (i < 2) {
          System.out.println("build " + i + ": " + ms + " ms " + result.stageMillis());
          continue;
        }
        totals.add(ms);
        result
            .stageMillis()
            .forEach((k, v) -> stageTimes.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
      }
    } finally {
      Files.writeString(log, original);
    }
    print("rebuild", totals);
    stageTimes.forEach(RebuildTimes::print);
  }

  private static void print(String what, List<Long> ms) {
    Collections.sort(ms);
    System.out.println(what + ": median " + ms.get(ms.size() / 2) + " ms " + ms);
  }
}
