package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.testing.SiteFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackingBudgetCheckTest {

  @TempDir Path tmp;

  // Four metrics (one over the budget of 3). Six logs: 'tempo' is filled in one (17 %, under 30 %),
  // 'changes' in two (33 %, enough). The last mastery value is on 09-01; from 09-08 on only
  // minutes: 8 weeks (56 days) from 09-08 is 11-03, on or before today 11-03.
  private static final String PORTFOLIO =
      """
      -- content/site.yaml --
      title: Budget
      -- content/goals/guitar.md --
      ---
      title: Guitar
      metrics:
        - id: changes
        - id: tempo
        - id: minutes
          kind: activity
        - id: sessions
          kind: activity
      ---
      -- content/logs/2026-08-25-guitar.md --
      ---
      goal: guitar
      metrics: { changes: 20, tempo: 60, minutes: 10, sessions: 1 }
      ---
      -- content/logs/2026-09-01-guitar.md --
      ---
      goal: guitar
      metrics: { changes: 22, minutes: 10, sessions: 1 }
      ---
      -- content/logs/2026-09-08-guitar.md --
      ---
      goal: guitar
      metrics: { minutes: 15, sessions: 1 }
      ---
      -- content/logs/2026-09-20-guitar.md --
      ---
      goal: guitar
      metrics: { minutes: 15, sessions: 1 }
      ---
      -- content/logs/2026-10-10-guitar.md --
      ---
      goal: guitar
      metrics: { minutes: 15, sessions: 1 }
      ---
      -- content/logs/2026-10-30-guitar.md --
      ---
      goal: guitar
      metrics: { minutes: 15, sessions: 1 }
      ---
      """;

  private CairnCommandTest.Run check(String today, String... more) {
    Path p = SiteFixture.write(tmp.resolve("p" + today), PORTFOLIO);
    List<String> args =
        new java.util.ArrayList<>(List.of("check", "--source", p.toString(), "--today", today));
    args.addAll(List.of(more));
    return CairnCommandTest.run(args.toArray(String[]::new));
  }

  @Test
  void strictCheckPrintsTheThreeHintsWithFileAndLineAndStillPasses() {
    CairnCommandTest.Run r = check("2026-11-03", "--strict");
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "content/goals/guitar.md:3:1: hint: 4 metrics to fill in at every log; a tracking"
                + " budget of 3 or fewer keeps logging light and the evidence clear",
            "content/goals/guitar.md:4:9: hint: only activity recorded since 2026-09-08 (8 weeks"
                + " or more); log a mastery value such as 'changes' now and then to see whether"
                + " skill grows",
            "content/goals/guitar.md:5:9: hint: metric 'tempo' is filled in 1 of 6 logs (17 %);"
                + " record it at most logs or drop it"),
        r.err().lines().toList());
    assertEquals("OK: 1 goals, 6 logs.", r.out().strip());
  }

  @Test
  void aDayLessThanEightWeeksIsNoHintAndPlainCheckPrintsNone() {
    CairnCommandTest.Run strict = check("2026-11-02", "--strict");
    assertEquals(0, strict.exit(), strict.err());
    assertEquals(2, strict.err().lines().count(), "the budget and the fill share: " + strict.err());
    CairnCommandTest.Run plain = check("2026-11-03");
    assertEquals(0, plain.exit(), plain.err());
    assertEquals("", plain.err());
  }

  @Test
  void jsonCountsNotesAsNoErrors() {
    CairnCommandTest.Run r = check("2026-11-03", "--strict", "--format", "json");
    assertEquals(0, r.exit(), r.out());
    assertEquals(3, r.out().lines().filter(l -> l.contains("\"severity\":\"note\"")).count());
  }
}
