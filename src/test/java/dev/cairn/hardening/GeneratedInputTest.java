package dev.cairn.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.testing.SiteFixture;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Bad input too big to write into the case document: generated here. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GeneratedInputTest {

  private static final String GOAL =
      """
      -- content/goals/guitar.md --
      ---
      title: Play guitar
      metrics:
        - id: changes
        - id: minutes
          kind: activity
      ---
      """;

  @TempDir Path tmp;

  private BadInputCasesTest.Run build(Path portfolio) {
    return BadInputCasesTest.build(
        "build", "--source", portfolio.toString(), "--today", "2026-11-28");
  }

  private static void assertClean(BadInputCasesTest.Run run) {
    assertFalse(run.output().contains("\tat ") || run.output().contains("Exception"), run.output());
  }

  @Test
  void refusesA20MegabyteLogWithItsPathAndLeavesNoSite() throws IOException {
    Path p = SiteFixture.write(tmp.resolve("p"), GOAL);
    Path big = p.resolve("content/logs/2026-11-20-big.md");
    Files.createDirectories(big.getParent());
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("---\ngoal: guitar\n---\n".getBytes(StandardCharsets.UTF_8));
      byte[] line =
          "All work and no play makes a long log. "
              .repeat(25)
              .concat("\n")
              .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 20L * 1024 * 1024; written += line.length) out.write(line);
    }
    BadInputCasesTest.Run run = build(p);
    assertEquals(1, run.exit(), run.output());
    assertTrue(
        run.output()
            .startsWith(
                "content/logs/2026-11-20-big.md:1:1: file is larger than 8 MB; split it or move media out of content/"),
        run.output());
    assertFalse(Files.exists(p.resolve("site")));
    assertClean(run);
  }

  @Test
  void refusesFrontMatterOverAMillionCharacters() throws IOException {
    String comments =
        "# padding padding padding padding padding padding padding padding\n".repeat(16_000);
    Path p =
        SiteFixture.write(
            tmp.resolve("p"),
            GOAL
                + """
        -- content/logs/2026-11-20-long.md --
        ---
        goal: guitar
        """
                + comments
                + "---\n");
    BadInputCasesTest.Run run = build(p);
    assertEquals(1, run.exit(), run.output());
    assertTrue(
        run.output()
            .startsWith(
                "content/logs/2026-11-20-long.md:1:1: YAML: front matter longer than 1000000 characters"),
        run.output());
    assertClean(run);
  }

  @Test
  void buildsALogWithA300KilobyteWinAndPathologicalNotes() throws IOException {
    String win = "w".repeat(300_000);
    String notes =
        "*a **b [c ".repeat(30_000)
            + "\n\n"
            + "> ".repeat(5_000)
            + "deep quote\n\n"
            + "[".repeat(50_000)
            + "x"
            + "](y)".repeat(50_000)
            + "\n";
    Path p =
        SiteFixture.write(
            tmp.resolve("p"),
            GOAL
                + """
        -- content/logs/2026-11-20-long.md --
        ---
        goal: guitar
        win: %s
        metrics: { changes: 3 }
        ---
        %s
        """
                    .formatted(win, notes));
    BadInputCasesTest.Run run = build(p);
    assertEquals(0, run.exit(), run.output());
    assertTrue(Files.readString(p.resolve("site/logs/2026-11-20-long/index.html")).contains(win));
    assertClean(run);
  }

  @Test
  void combinesTwoThousandLogsOfOneDayIntoOneDailyValue() throws IOException {
    Path p = SiteFixture.write(tmp.resolve("p"), GOAL);
    Path logs = Files.createDirectories(p.resolve("content/logs/2026/11/20"));
    for (int i = 1; i <= 2000; i++) {
      Files.writeString(
          logs.resolve(String.format("2026-11-20-session-%04d.md", i)),
          """
          ---
          goal: guitar
          metrics: { changes: %d, minutes: 1 }
          ---
          """
              .formatted(i % 97));
    }
    BadInputCasesTest.Run run = build(p);
    assertEquals(0, run.exit(), run.output());
    // changes is mastery ("best" = max of 0..96), minutes is activity ("sum" of 2000 × 1).
    assertEquals(
        List.of("date,changes,minutes", "2026-11-20,96,2000"),
        Files.readAllLines(p.resolve("site/data/guitar.csv")));
    assertTrue(Files.exists(p.resolve("site/logs/2026-11-20-session-2000/index.html")));
    assertClean(run);
  }
}
