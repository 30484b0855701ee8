package dev.cairn.content;

import static dev.cairn.content.PortfolioFixture.GUITAR;
import static dev.cairn.content.PortfolioFixture.formatted;
import static dev.cairn.content.PortfolioFixture.load;
import static dev.cairn.content.PortfolioFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Goal;
import dev.cairn.model.GoalStatus;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import dev.cairn.model.SiteConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentLoaderTest {
  @TempDir Path dir;

  @Test
  void loadsGoalsAndLogsWithDefaultsFilledIn() {
    LoadResult result =
        load(
            write(
                dir,
                GUITAR
                    + """
                    -- content/logs/2026/11/2026-11-20-guitar.md --
                    ---
                    goal: guitar
                    win: First clean G–C change at full tempo
                    metrics: { changes: 34, minutes: }
                    challenge: barre chords
                    min_step: true
                    tags: [recording, " campfire "]
                    ---
                    Notes.
                    -- content/logs/a/session.md --
                    ---
                    date: 2026-11-19
                    goal: guitar
                    win:
                    metrics:
                      minutes: 15
                    challenge: 1
                    private: true
                    draft: true
                    ---
                    """));

    assertEquals(List.of(), formatted(result));
    assertEquals(SiteConfig.defaults(), result.portfolio().site());
    Goal goal = result.portfolio().goals().get(0);
    assertEquals("guitar", goal.slug());
    assertEquals("content/goals/guitar.md", goal.sourcePath());
    assertEquals("Play guitar with friends", goal.title());
    assertEquals(GoalStatus.ACTIVE, goal.status());
    assertFalse(goal.isPrivate());
    assertEquals(
        List.of(
            new Metric(
                "changes",
                "Clean chord changes per minute",
                MetricKind.MASTERY,
                Better.HIGHER,
                Aggregate.BEST,
                Optional.empty(),
                OptionalDouble.of(60)),
            new Metric(
                "minutes",
                "minutes",
                MetricKind.ACTIVITY,
                Better.HIGHER,
                Aggregate.SUM,
                Optional.empty(),
                OptionalDouble.empty())),
        goal.metrics());
    assertEquals(List.of("open chords", "barre chords", "Songs at 70 bpm"), goal.challengeLevels());
    assertEquals("The story.\n", goal.body());

    List<Log> logs = result.portfolio().logs();
    assertEquals(
        List.of("content/logs/a/session.md", "content/logs/2026/11/2026-11-20-guitar.md"),
        logs.stream().map(Log::sourcePath).toList());
    Log session = logs.get(0);
    assertEquals(LocalDate.of(2026, 11, 19), session.date());
    assertEquals("session", session.slug());
    assertEquals(Optional.empty(), session.win());
    assertEquals(Map.of("minutes", 15.0), session.metrics());
    assertEquals(OptionalInt.of(1), session.challenge());
    assertTrue(session.isPrivate());
    assertTrue(session.draft());
    assertEquals("", session.body());

    Log dated = logs.get(1);
    assertEquals(LocalDate.of(2026, 11, 20), dated.date());
    assertEquals("2026-11-20-guitar", dated.slug());
    assertEquals(Optional.of("First clean G–C change at full tempo"), dated.win());
    assertEquals(Map.of("changes", 34.0), dated.metrics(), "an empty value is not recorded");
    assertEquals(OptionalInt.of(2), dated.challenge());
    assertTrue(dated.minStep());
    assertEquals(List.of("recording", "campfire"), dated.tags());
    assertEquals("Notes.\n", dated.body());
  }

  @Test
  void missingContentFolderIsOneError() {
    LoadResult result = load(dir);
    assertEquals(
        List.of(
            "content:1:1: no content/ folder in the portfolio folder; create content/goals/ and"
                + " content/logs/"),
        formatted(result));
    assertTrue(result.hasErrors());
    assertEquals(SiteConfig.defaults(), result.portfolio().site());
  }

  @Test
  void emptyContentFolderIsAnEmptyPortfolio() {
    write(dir, "-- content/README.txt --\nnothing yet\n");
    LoadResult result = load(dir);
    assertEquals(List.of(), formatted(result));
    assertEquals(List.of(), result.portfolio().goals());
  }

  @Test
  void reportsAllFourBrokenLogsSortedByFile() {
    LoadResult result =
        load(
            write(
                dir,
                GUITAR
                    + """
                    -- content/logs/d-broken.md --
                    ---
                    date: 2026-11-22
                    goal: [guitar
                    ---
                    -- content/logs/c-not-a-number.md --
                    ---
                    date: 2026-11-21
                    goal: guitar
                    metrics:
                      changes: lots
                    ---
                    -- content/logs/b-unknown-goal.md --
                    ---
                    date: 2026-11-20
                    goal: piano
                    ---
                    -- content/logs/a-bad-date.md --
                    ---
                    goal: guitar
                    date: 2026-02-30
                    ---
                    -- content/logs/ok.md --
                    ---
                    date: 2026-11-23
                    goal: guitar
                    ---
                    """));

    assertEquals(
        List.of(
            "content/logs/a-bad-date.md:3:7: date: '2026-02-30' is not a calendar date",
            "content/logs/b-unknown-goal.md:3:7: goal: unknown goal 'piano'; valid goals: guitar",
            "content/logs/c-not-a-number.md:5:12: metrics.changes: 'lots' is not a number;"
                + " write a decimal number such as 12 or 4.5",
            "content/logs/d-broken.md:4:1: YAML syntax: expected ',' or ']', but got <stream end>"
                + " (while parsing a flow sequence at line 3, column 7)"),
        formatted(result));
    assertEquals(List.of("ok"), result.portfolio().logs().stream().map(Log::slug).toList());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "---\n---\n",
        "---\n~\n---\n",
        "---\n\"just text\"\n---\n",
        "---\n? \n---\n",
        "---\n: x\n---\n",
        "---\n&a x: *a\n---\n",
        "---\n*undefined\n---\n",
        "---\ngoal: [guitar]\ndate: {}\nmetrics: [1, 2]\nchallenge: [1]\ntags: {a: b}\n---\n",
        "---\n"
            + "goal: guitar\n"
            + "date: 2026-11-20\n"
            + "metrics: {changes: 1e-99999999999, minutes: 99e99999}\n"
            + "---\n",
        "---\ngoal: guitar\ndate: 2026-11-20\nchallenge: 99999999999999999999999\n---\n",
        "---\ngoal: guitar\n\u0000\n---\n",
        "---\ngoal: guitar\n%YAML 1.2\n---\n",
        "---\r\r\r---\r",
      })
  void neverThrowsOnMalformedFrontMatter(String text) {
    LoadResult result = load(write(dir, GUITAR + "-- content/logs/x.md --\n" + text));
    assertTrue(result.hasErrors(), text);
    assertTrue(
        result.diagnostics().stream()
            .allMatch(d -> d.position().path().equals("content/logs/x.md")),
        formatted(result).toString());
  }
}
