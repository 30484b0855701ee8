package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.content.ContentLoader;
import dev.cairn.content.LoadResult;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

  @TempDir Path tmp;

  @Test
  void newGoalWritesAValidCommentedTemplate() throws Exception {
    Path p = tmp.resolve("p");
    CairnCommandTest.Run r =
        CairnCommandTest.run("new", "goal", "Play Guitar: Campfire", "--source", p.toString());
    assertEquals(0, r.exit(), r.err());
    Path file = p.resolve("content/goals/play-guitar-campfire.md");
    assertEquals(file.toString(), r.out().strip());
    String text = Files.readString(file);
    assertTrue(text.contains("capability: In six months I can"), text);
    assertTrue(text.contains("first_step:"), text);
    assertTrue(text.contains("kind: mastery"), text);

    LoadResult loaded = new ContentLoader(LocalDate.of(2026, 11, 28)).load(p);
    assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
    Goal goal = loaded.portfolio().findGoal("play-guitar-campfire").orElseThrow();
    assertEquals("Play Guitar: Campfire", goal.title());
    assertTrue(goal.hasMasteryMetric());
  }

  @Test
  void newGoalNeverOverwrites() throws Exception {
    Path p = tmp.resolve("p");
    assertEquals(0, CairnCommandTest.run("new", "goal", "Cook", "--source", p.toString()).exit());
    Files.writeString(p.resolve("content/goals/cook.md"), "precious");
    CairnCommandTest.Run again =
        CairnCommandTest.run("new", "goal", "Cook", "--source", p.toString());
    assertEquals(1, again.exit());
    assertTrue(again.err().contains("already exists"), again.err());
    assertEquals("precious", Files.readString(p.resolve("content/goals/cook.md")));
  }

  @Test
  void newLogIsPrefilledWithTheGoalsMetricsAndLastLevel() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    CairnCommandTest.Run r =
        CairnCommandTest.run(
            "new", "log", "guitar", "--date", "2026-09-30", "--source", p.toString());
    assertEquals(0, r.exit(), r.err());
    Path file = p.resolve("content/logs/2026/2026-09-30-guitar.md");
    assertEquals(file.toString(), r.out().strip());
    String text = Files.readString(file);
    assertTrue(text.contains("goal: guitar"), text);
    assertTrue(text.contains("\n  changes:"), text);
    assertTrue(text.contains("\n  minutes:"), text);
    assertTrue(text.contains("\nwin:"), text);
    assertTrue(text.contains("\nmin_step: false"), text);
    // the private log of 2026-09-24 names no level; the latest public level logged is "barre
    // chords"
    assertTrue(text.contains("challenge: barre chords"), text);

    Log log = loadedNewLog(p);
    assertTrue(log.metrics().isEmpty(), "empty values mean not recorded");
    assertEquals(2, log.challenge().getAsInt());
  }

  @Test
  void newLogInsideAnObsidianVaultWritesFlatMetricsAndAWikiLink() throws Exception {
    Path vault = tmp.resolve("vault");
    Files.createDirectories(vault.resolve(".obsidian"));
    Path p = SiteFixture.write(vault.resolve("practice/portfolio"), SiteFixture.SMALL);
    CairnCommandTest.Run r =
        CairnCommandTest.run(
            "new", "log", "guitar", "--date", "2026-09-30", "--source", p.toString());
    assertEquals(0, r.exit(), r.err());
    String text = Files.readString(p.resolve("content/logs/2026/2026-09-30-guitar.md"));
    assertEquals(
        List.of(
            "---",
            "goal: \"[[guitar]]\"",
            "win:            # what you can do now that you could not before (leave empty if"
                + " none)",
            "changes:        # Clean chord changes per minute (per min)",
            "minutes:        # Practice minutes (min), activity",
            "challenge: barre chords   # level: open chords | barre chords | songs",
            "min_step: false # true on a low-energy day when the first step was all you did"
                + " (Two minutes of one chord change)",
            "tags: []",
            "---"),
        text.strip().lines().toList());

    Files.writeString(
        p.resolve("content/logs/2026/2026-09-30-guitar.md"),
        text.replace("changes: ", "changes: 41").replace("minutes: ", "minutes: 12"));
    Log log = loadedNewLog(p);
    assertEquals("guitar", log.goal());
    assertEquals(Map.of("changes", 41.0, "minutes", 12.0), log.metrics());
  }

  @Test
  void newLogOutsideAVaultKeepsTheMetricsMap() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    CairnCommandTest.Run r =
        CairnCommandTest.run(
            "new", "log", "guitar", "--date", "2026-09-30", "--source", p.toString());
    assertEquals(0, r.exit(), r.err());
    String text = Files.readString(p.resolve("content/logs/2026/2026-09-30-guitar.md"));
    assertTrue(text.startsWith("---\ngoal: guitar\n"), text);
    assertTrue(text.contains("\nmetrics:\n  changes:       # "), text);
  }

  @Test
  void newLogAddsASuffixInsteadOfOverwriting() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    String[] args = {"new", "log", "reading", "--date", "2026-09-30", "--source", p.toString()};
    assertEquals(0, CairnCommandTest.run(args).exit());
    Files.writeString(
        p.resolve("content/logs/2026/2026-09-30-reading.md"), "---\ngoal: reading\n---\nmine\n");
    CairnCommandTest.Run second = CairnCommandTest.run(args);
    assertEquals(0, second.exit());
    assertTrue(second.out().strip().endsWith("2026-09-30-reading-2.md"), second.out());
    assertTrue(
        Files.readString(p.resolve("content/logs/2026/2026-09-30-reading.md")).contains("mine"));
  }

  @Test
  void newLogForAnUnknownGoalIsAUsageError() {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    CairnCommandTest.Run r = CairnCommandTest.run("new", "log", "violin", "--source", p.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("guitar, reading"), r.err());
  }

  @Test
  void newLogWithoutAGoalOffTheTerminalFailsWithTheListAndWritesNothing() {
    // Tests run without a console, as in a pipe or a CI job: never a prompt.
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    List<String> before = SiteFixture.files(p);
    CairnCommandTest.Run r = CairnCommandTest.run("new", "log", "--source", p.toString());
    assertEquals(2, r.exit());
    assertEquals(
        "cairn: name the goal to log: cairn new log GOAL, with GOAL one of: guitar, reading",
        r.err().strip());
    assertEquals(before, SiteFixture.files(p));
  }

  @Test
  void newLogOnAPortfolioWithoutGoalsIsAOneLineUsageError() {
    Path p = SiteFixture.write(tmp.resolve("p"), "-- content/site.yaml --\ntitle: Empty\n");
    for (String[] args :
        List.of(
            new String[] {"new", "log", "--source", p.toString()},
            new String[] {"new", "log", "guitar", "--source", p.toString()})) {
      CairnCommandTest.Run r = CairnCommandTest.run(args);
      assertEquals(2, r.exit());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().contains("cairn new goal"), r.err());
      assertEquals(List.of("content/site.yaml"), SiteFixture.files(p));
    }
  }

  @Test
  void aPromptAnswerNamesAGoalByNumberOrSlug() {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    List<Goal> goals = new ContentLoader(LocalDate.of(2026, 9, 30)).load(p).portfolio().goals();
    assertEquals(Optional.of("guitar"), GoalPrompt.choose("1", goals));
    assertEquals(Optional.of("reading"), GoalPrompt.choose("2", goals));
    assertEquals(Optional.of("reading"), GoalPrompt.choose("reading", goals));
    assertEquals(Optional.empty(), GoalPrompt.choose("3", goals));
    assertEquals(Optional.empty(), GoalPrompt.choose("0", goals));
    assertEquals(Optional.empty(), GoalPrompt.choose("violin", goals));
  }

  /** The portfolio loads without errors; its log of 2026-09-30, as `new log` wrote it. */
  private static Log loadedNewLog(Path p) {
    LoadResult loaded = new ContentLoader(LocalDate.of(2026, 9, 30)).load(p);
    assertFalse(loaded.hasErrors(), loaded.diagnostics().toString());
    return loaded.portfolio().logs().stream()
        .filter(l -> l.sourcePath().equals("content/logs/2026/2026-09-30-guitar.md"))
        .findFirst()
        .orElseThrow();
  }
}
