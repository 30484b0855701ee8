package dev.cairn.content;

import static dev.cairn.content.PortfolioFixture.GUITAR;
import static dev.cairn.content.PortfolioFixture.errors;
import static dev.cairn.content.PortfolioFixture.formatted;
import static dev.cairn.content.PortfolioFixture.load;
import static dev.cairn.content.PortfolioFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.Log;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The log form Obsidian's Properties panel can edit: flat metric keys and wiki-linked goals. */
class ObsidianLogFormTest {
  @TempDir Path dir;

  private LoadResult log(String text) {
    return load(write(dir, GUITAR + "-- content/logs/x.md --\n" + text));
  }

  private static Log onlyLog(LoadResult result) {
    assertEquals(List.of(), formatted(result));
    assertEquals(1, result.portfolio().logs().size());
    return result.portfolio().logs().get(0);
  }

  @Test
  void readsMetricValuesGivenAsTopLevelKeys() {
    Log log = onlyLog(log("---\ngoal: guitar\ndate: 2026-11-20\nminutes: 15\nchanges: 34\n---\n"));
    assertEquals(List.of("minutes", "changes"), List.copyOf(log.metrics().keySet()));
    assertEquals(Map.of("changes", 34.0, "minutes", 15.0), log.metrics());
    assertEquals(Map.of(), log.extra());
  }

  @Test
  void mixesTheMapAndTheFlatFormInWrittenOrder() {
    Log log =
        onlyLog(
            log(
                "---\n"
                    + "goal: guitar\n"
                    + "changes: 34\n"
                    + "date: 2026-11-20\n"
                    + "metrics: { minutes: 15 }\n"
                    + "---\n"));
    assertEquals(List.of("changes", "minutes"), List.copyOf(log.metrics().keySet()));
    assertEquals(Map.of("changes", 34.0, "minutes", 15.0), log.metrics());
  }

  @Test
  void theMapFormAloneIsUnchanged() {
    Log log = onlyLog(log("---\ngoal: guitar\ndate: 2026-11-20\nmetrics: { changes: 34 }\n---\n"));
    assertEquals(Map.of("changes", 34.0), log.metrics());
  }

  @Test
  void anIdGivenInBothPlacesIsAnErrorNamingBothPositions() {
    assertEquals(
        List.of(
            "content/logs/x.md:5:1: changes: given twice, here and under `metrics:` on line 4,"
                + " column 12; keep one"),
        errors(
            log(
                "---\n"
                    + "goal: guitar\n"
                    + "date: 2026-11-20\n"
                    + "metrics: { changes: 34 }\n"
                    + "changes: 35\n"
                    + "---\n")));
    LoadResult flatFirst =
        log("---\ngoal: guitar\ndate: 2026-11-20\nminutes: 5\nmetrics:\n  minutes: 15\n---\n");
    assertEquals(
        List.of(
            "content/logs/x.md:6:3: metrics.minutes: given twice, here and as the top-level key"
                + " `minutes:` on line 4, column 1; keep one"),
        errors(flatFirst));
    assertEquals(List.of(), flatFirst.portfolio().logs());
  }

  @Test
  void flatValuesAreTypedAndEmptyMeansNotRecorded() {
    assertEquals(
        List.of(
            "content/logs/x.md:4:10: changes: '34' is quoted text, not a number; remove the quotes",
            "content/logs/x.md:5:10: minutes: expected a number, not a list"),
        errors(log("---\ngoal: guitar\ndate: 2026-11-20\nchanges: '34'\nminutes: [15]\n---\n")));
    Log empty = onlyLog(log("---\ngoal: guitar\ndate: 2026-11-20\nchanges:\nminutes: ~\n---\n"));
    assertEquals(Map.of(), empty.metrics());
    assertEquals(Map.of(), empty.extra());
  }

  @Test
  void aTopLevelKeyThatIsNoMetricStaysAnExtraKeyWithASuggestion() {
    LoadResult result = log("---\ngoal: guitar\ndate: 2026-11-20\nchange: 3\n---\n");
    assertEquals(
        List.of(
            "content/logs/x.md:4:1: warning: unknown key 'change' is kept for templates; did you"
                + " mean 'changes'?"),
        formatted(result));
    assertEquals(Map.of("change", "3"), result.portfolio().logs().get(0).extra());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "guitar",
        "\"[[guitar]]\"",
        "'[[goals/guitar|Guitar]]'",
        "[[guitar]]",
        "[[goals/guitar|Guitar]]",
        "\"[[ content/goals/guitar.md#Practice | Guitar ]]\"",
        "[ [guitar] ]",
      })
  void readsTheGoalAsASlugOrAWikiLink(String goal) {
    Log log = onlyLog(log("---\ngoal: " + goal + "\ndate: 2026-11-20\n---\n"));
    assertEquals("guitar", log.goal());
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      quoteCharacter = '`',
      value = {
        "\"[[gitar]]\"             => goal: unknown goal '[[gitar]]'; valid goals: guitar; did you"
            + " mean '[[guitar]]'?",
        "[[gitar]]                 => goal: unknown goal '[[gitar]]'; valid goals: guitar; did you"
            + " mean '[[guitar]]'?",
        "\"[[goals/gitar|Guitar]]\" => goal: unknown goal '[[goals/gitar|Guitar]]'; valid goals:"
            + " guitar; did you mean '[[guitar]]'?",
        "\"[[notes/guitar]]\"       => goal: unknown goal '[[notes/guitar]]'; valid goals: guitar;"
            + " did you mean '[[guitar]]'?",
        "\"[[notes/guitr#Practice|G]]\" => goal: unknown goal '[[notes/guitr#Practice|G]]';"
            + " valid goals: guitar; did you mean '[[guitar]]'?",
        "goals/guitar              => goal: unknown goal 'goals/guitar'; valid goals: guitar",
        "[[2026-11-20-guitar]]     => goal: unknown goal '[[2026-11-20-guitar]]'; valid goals:"
            + " guitar",
        "\"[[]]\"                   => goal is empty; name a goal: guitar",
        "[[]]                      => goal is empty; name a goal: guitar",
        "[[guitar, piano]]         => goal: expected a goal's slug or a wiki link such as"
            + " [[guitar]], not a list",
        "[guitar]                  => goal: expected a goal's slug or a wiki link such as"
            + " [[guitar]], not a list",
        "{ slug: guitar }          => goal: expected a goal's slug or a wiki link, not key: value"
            + " pairs",
      })
  void aLinkToSomethingThatIsNotAGoalIsAnUnknownGoal(String goal, String message) {
    assertEquals(
        List.of("content/logs/x.md:2:7: " + message),
        errors(log("---\ngoal: " + goal + "\ndate: 2026-11-20\n---\n")));
  }

  @Test
  void aMetricIdThatIsALogKeyIsAnErrorOnItsLine() {
    LoadResult result =
        load(
            write(
                dir,
                """
                -- content/goals/diary.md --
                ---
                title: Keep a diary
                metrics:
                  - id: words
                  - id: date
                  - id: milestone
                    kind: activity
                ---
                -- content/logs/2026-11-20-diary.md --
                ---
                goal: "[[diary]]"
                words: 300
                ---
                """));
    String reserved =
        " (reserved: date, goal, win, milestone, metrics, challenge, min_step, tags, private,"
            + " draft)";
    assertEquals(
        List.of(
            "content/goals/diary.md:5:9: metric id 'date' is a log key, so logs could not give its"
                + " value as `date: <number>`; choose another id, e.g. date_count"
                + reserved,
            "content/goals/diary.md:6:9: metric id 'milestone' is a log key, so logs could not"
                + " give its value as `milestone: <number>`; choose another id, e.g."
                + " milestone_count"
                + reserved),
        formatted(result));
    assertEquals(List.of(), result.portfolio().logs());
  }
}
