package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CairnCommandTest {

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = CairnCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void helpListsTheCommands() {
    Run r = run("--help");
    assertEquals(0, r.exit());
    assertTrue(r.out().contains("build") && r.out().contains("check"), r.out());
  }

  @Test
  void versionPrintsAVersion() {
    Run r = run("--version");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("cairn "), r.out());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, run("build", "--frobnicate").exit());
    assertEquals(2, run("build", "--today", "yesterday").exit());
  }

  @Test
  void buildsAndChecksAValidPortfolio() {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    Run build = run("build", "--source", p.toString(), "--today", "2026-09-28");
    assertEquals(0, build.exit(), build.err());
    assertTrue(build.out().startsWith("Built "), build.out());
    assertTrue(Files.exists(p.resolve("site/index.html")));
    Run check = run("check", "--source", p.toString(), "--today", "2026-09-28");
    assertEquals(0, check.exit(), check.err());
  }

  @Test
  void reportsEveryContentErrorInOneRunAndLeavesTheSiteUntouched() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    assertEquals(0, run("build", "--source", p.toString(), "--today", "2026-09-28").exit());
    Map<String, byte[]> before = snapshot(p.resolve("site"));

    SiteFixture.write(
        p,
        """
        -- content/logs/bad/a-date.md --
        ---
        goal: guitar
        date: 2026-02-30
        ---
        -- content/logs/bad/b-goal.md --
        ---
        date: 2026-09-10
        goal: violin
        ---
        -- content/logs/bad/c-metric.md --
        ---
        date: 2026-09-10
        goal: guitar
        metrics: { changes: lots }
        ---
        -- content/logs/bad/d-yaml.md --
        ---
        date: 2026-09-10
        goal: [guitar
        ---
        """);
    Run r = run("build", "--source", p.toString(), "--today", "2026-09-28");
    assertEquals(1, r.exit(), r.err());
    List<String> errorLines =
        r.err()
            .lines()
            .filter(l -> l.startsWith("content/") && !l.contains(": warning: "))
            .toList();
    assertEquals(4, errorLines.size(), r.err());
    assertTrue(errorLines.get(0).startsWith("content/logs/bad/a-date.md:3:7: "), errorLines.get(0));
    assertTrue(errorLines.get(1).startsWith("content/logs/bad/b-goal.md:3:7: "), errorLines.get(1));
    assertTrue(
        errorLines.get(2).startsWith("content/logs/bad/c-metric.md:4:21: "), errorLines.get(2));
    assertTrue(errorLines.get(3).startsWith("content/logs/bad/d-yaml.md:"), errorLines.get(3));
    assertFalse(r.err().contains("Exception"), r.err());
    assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());

    Map<String, byte[]> after = snapshot(p.resolve("site"));
    assertEquals(before.keySet(), after.keySet());
    before.forEach((k, v) -> assertArrayEquals(v, after.get(k), k));
    assertEquals(1, run("check", "--source", p.toString(), "--today", "2026-09-28").exit());
  }

  @Test
  void refusesAnOutputFolderItDidNotCreate() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    Path foreign = Files.createDirectories(tmp.resolve("docs"));
    Files.writeString(foreign.resolve("thesis.tex"), "precious");
    Run r = run("build", "--source", p.toString(), "--out", foreign.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("did not create"), r.err());
    assertEquals("precious", Files.readString(foreign.resolve("thesis.tex")));
    assertEquals(2, run("build", "--source", p.toString(), "--out", p.toString()).exit());
  }

  private static Map<String, byte[]> snapshot(Path dir) throws Exception {
    Map<String, byte[]> m = new HashMap<>();
    for (String f : SiteFixture.files(dir)) m.put(f, Files.readAllBytes(dir.resolve(f)));
    return m;
  }
}
