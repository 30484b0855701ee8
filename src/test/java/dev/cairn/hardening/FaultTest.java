package dev.cairn.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cairn.site.FileTree;
import dev.cairn.testing.SiteFixture;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds killed with SIGKILL at several moments, concurrent builds, and output folders that cannot
 * be written: the previous site survives byte for byte and the next build cleans up.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FaultTest {

  static final String TODAY = "2026-11-28";

  @TempDir Path tmp;
  Path portfolio;
  Path site;

  @BeforeEach
  void generatePortfolio() throws IOException {
    portfolio = tmp.resolve("p");
    site = portfolio.resolve("site");
    StringBuilder b = new StringBuilder("-- content/site.yaml --\ntitle: Fault portfolio\n");
    for (String goal : List.of("guitar", "reading", "running")) {
      b.append("-- content/goals/")
          .append(goal)
          .append(".md --\n---\ntitle: ")
          .append(goal)
          .append(
              "\nstarted: 2026-01-05\nmetrics:\n  - id: score\n    target: 500\n  - id: minutes\n    kind: activity\n")
          .append("challenge:\n  levels: [one, two, three]\n---\nThe story.\n");
      for (int day = 0; day < 60; day++) {
        b.append("-- content/logs/")
            .append(goal)
            .append('/')
            .append(java.time.LocalDate.of(2026, 1, 5).plusDays(day))
            .append('-')
            .append(goal)
            .append(".md --\n")
            .append("---\ngoal: ")
            .append(goal)
            .append("\nwin: Win ")
            .append(day)
            .append("\nmetrics: { score: ")
            .append(day + day % 7)
            .append(", minutes: ")
            .append(10 + day % 30)
            .append(" }\nchallenge: ")
            .append(1 + day / 25)
            .append("\ntags: [t")
            .append(day % 5)
            .append("]\n---\n")
            .append("Notes for day ")
            .append(day)
            .append(".\n");
      }
    }
    SiteFixture.write(portfolio, b.toString());
  }

  private BadInputCasesTest.Run buildInProcess(String... extra) {
    List<String> args =
        new ArrayList<>(List.of("build", "--source", portfolio.toString(), "--today", TODAY));
    args.addAll(Arrays.asList(extra));
    return BadInputCasesTest.build(args.toArray(String[]::new));
  }

  private Process startBuild() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Djava.awt.headless=true",
            "-Dcairn.tuned=true",
            "-cp",
            System.getProperty("java.class.path"),
            "dev.cairn.cli.CairnCommand",
            "build",
            "--source",
            portfolio.toString(),
            "--today",
            TODAY)
        .redirectErrorStream(true)
        .redirectOutput(tmp.resolve("build-" + System.nanoTime() + ".log").toFile())
        .start();
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(portfolio)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".site.tmp-") || n.startsWith(".site.old-"))
          .sorted()
          .toList();
    }
  }

  /** Waits until a sibling of the site matching the test appears, or the process ends. */
  private boolean awaitSibling(Process build, Predicate<String> name) throws Exception {
    while (build.isAlive()) {
      try (Stream<Path> s = Files.list(portfolio)) {
        if (s.anyMatch(p -> name.test(p.getFileName().toString()))) return true;
      }
      Thread.sleep(1);
    }
    return false;
  }

  @Test
  void aKilledBuildLeavesThePreviousSiteIntactAndTheNextBuildCleansUp() throws Exception {
    assertEquals(0, buildInProcess().exit());
    Map<String, byte[]> previous = BadInputCasesTest.snapshot(site);
    // a change that alters many pages, so a half-written site would differ from both
    SiteFixture.write(portfolio, "-- content/site.yaml --\ntitle: Renamed portfolio\n");
    Path reference = tmp.resolve("reference");
    assertEquals(0, buildInProcess("--out", reference.toString()).exit());
    Map<String, byte[]> next = BadInputCasesTest.snapshot(reference);

    List<String> moments = new ArrayList<>();
    for (int moment = 0; moment < 5; moment++) {
      // Moments 0-3 write into a fresh folder; moment 4 updates the site kept from before the last.
      Path kept = portfolio.resolve(".site.prev");
      if (moment < 4) FileTree.deleteTree(kept);
      else if (!Files.isDirectory(kept)) assertEquals(0, buildInProcess().exit());
      Process build = startBuild();
      String when =
          switch (moment) {
            case 0 -> {
              Thread.sleep(400); // starting up, reading content
              yield "while loading";
            }
            case 1 ->
                awaitSibling(build, n -> n.startsWith(".site.tmp-"))
                    ? "as the new site is begun"
                    : "after it ended";
            case 2 -> {
              boolean seen = awaitSibling(build, n -> n.startsWith(".site.tmp-"));
              Thread.sleep(150);
              yield seen ? "while writing the new site" : "after it ended";
            }
            case 3 ->
                awaitSibling(build, n -> n.startsWith(".site.old-"))
                    ? "between the two renames"
                    : "after it ended";
            default -> {
              Thread.sleep(1500);
              yield build.isAlive() ? "while updating the kept site" : "after it ended";
            }
          };
      build.destroyForcibly();
      assertTrue(build.waitFor(30, TimeUnit.SECONDS));
      moments.add(when);
      Map<String, byte[]> now = BadInputCasesTest.snapshot(site);
      if (now.isEmpty()) {
        // killed between the renames: the previous site waits beside it, whole, for the next build
        Path old = onlySibling(".site.old-");
        assertSameSite(
            previous, BadInputCasesTest.snapshot(old), "moved-aside site, killed " + when);
      } else if (!sameSite(now, next)) {
        assertSameSite(previous, now, "site after a kill " + when);
      }
    }
    System.out.println("kills landed: " + moments);
    assertTrue(
        moments.contains("while writing the new site")
            || moments.contains("as the new site is begun"),
        "a kill landed during the write: " + moments);

    BadInputCasesTest.Run after = buildInProcess();
    assertEquals(0, after.exit(), after.output());
    assertEquals(List.of(), leftovers());
    assertSameSite(next, BadInputCasesTest.snapshot(site), "site after the next build");
  }

  @Test
  void aBuildWaitsForTheLockHeldByAnotherAndSaysSo() throws Exception {
    assertEquals(0, buildInProcess().exit());
    Map<String, byte[]> previous = BadInputCasesTest.snapshot(site);
    Path lockFile = portfolio.resolve(".site.lock");
    Path log;
    Process build;
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      assertTrue(held.isValid(), "this test holds the lock");
      log = tmp.resolve("waiting.log");
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      build =
          new ProcessBuilder(
                  java,
                  "-Djava.awt.headless=true",
                  "-Dcairn.tuned=true",
                  "-cp",
                  System.getProperty("java.class.path"),
                  "dev.cairn.cli.CairnCommand",
                  "build",
                  "--source",
                  portfolio.toString(),
                  "--today",
                  TODAY)
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      while (!Files.readString(log).contains("Another build is writing")) {
        assertTrue(build.isAlive(), Files.readString(log));
        Thread.sleep(20);
      }
      Thread.sleep(200);
      assertTrue(build.isAlive(), "still waiting while the lock is held");
      assertSameSite(
          previous, BadInputCasesTest.snapshot(site), "site while the other build waits");
      assertEquals(List.of(), leftovers(), "nothing written before the lock is taken");
    }
    assertTrue(build.waitFor(60, TimeUnit.SECONDS));
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, build.exitValue(), out);
    assertTrue(
        out.contains("Another build is writing " + site + "; waiting for it to finish"), out);
    assertTrue(out.contains("Built "), out);
  }

  @Test
  void twoBuildsAtOnceBothSucceedAndLeaveOneWholeSite() throws Exception {
    Path reference = tmp.resolve("reference");
    assertEquals(0, buildInProcess("--out", reference.toString()).exit());
    Process first = startBuild();
    Process second = startBuild();
    assertTrue(first.waitFor(90, TimeUnit.SECONDS) && second.waitFor(90, TimeUnit.SECONDS));
    assertEquals(0, first.exitValue());
    assertEquals(0, second.exitValue());
    assertSameSite(
        BadInputCasesTest.snapshot(reference),
        BadInputCasesTest.snapshot(site),
        "site after two builds");
    assertEquals(List.of(), leftovers());
  }

  @Test
  void anOutputParentThatIsAFileIsAClearErrorAndNothingIsTouched() throws Exception {
    Path blocker = tmp.resolve("not-a-folder");
    Files.writeString(blocker, "a file\n");
    BadInputCasesTest.Run run = buildInProcess("--out", blocker.resolve("site").toString());
    assertEquals(1, run.exit(), run.output());
    assertTrue(run.output().startsWith("cairn: cannot create " + blocker), run.output());
    assertFalse(run.output().contains("\tat "), run.output());
    assertEquals("a file\n", Files.readString(blocker));
  }

  @Test
  void aReadOnlyOutputParentIsAClearErrorAndThePreviousSiteStays() throws Exception {
    Path parent = tmp.resolve("published");
    Path out = parent.resolve("site");
    assertEquals(0, buildInProcess("--out", out.toString()).exit());
    Map<String, byte[]> previous = BadInputCasesTest.snapshot(out);
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(parent), "running with rights that write anywhere (root)");
      BadInputCasesTest.Run run = buildInProcess("--out", out.toString());
      assertEquals(1, run.exit(), run.output());
      assertTrue(run.output().startsWith("cairn: cannot "), run.output());
      assertTrue(run.output().contains("permission denied"), run.output());
      assertFalse(run.output().contains("\tat "), run.output());
      assertSameSite(previous, BadInputCasesTest.snapshot(out), "site under a read-only parent");
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private Path onlySibling(String prefix) throws IOException {
    try (Stream<Path> s = Files.list(portfolio)) {
      List<Path> found = s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
      assertEquals(1, found.size(), "one " + prefix + " folder: " + found);
      return found.get(0);
    }
  }

  private static boolean sameSite(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) return false;
    return a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
  }

  private static void assertSameSite(
      Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
    assertEquals(expected.keySet(), actual.keySet(), what + ": same files");
    for (Map.Entry<String, byte[]> e : expected.entrySet()) {
      assertTrue(
          Arrays.equals(e.getValue(), actual.get(e.getKey())),
          what + ": " + e.getKey() + " byte for byte");
    }
  }
}
