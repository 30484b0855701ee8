package dev.cairn.content;

import static dev.cairn.content.PortfolioFixture.GUITAR;
import static dev.cairn.content.PortfolioFixture.errors;
import static dev.cairn.content.PortfolioFixture.formatted;
import static dev.cairn.content.PortfolioFixture.load;
import static dev.cairn.content.PortfolioFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Log;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LogValidationTest {
  @TempDir Path dir;

  /** Loads the guitar goal plus one log at {@code content/logs/<name>}. */
  private LoadResult log(String name, String text) {
    return load(write(dir, GUITAR + "-- content/logs/" + name + " --\n" + text));
  }

  private Log onlyLog(LoadResult result) {
    assertEquals(List.of(), errors(result));
    assertEquals(1, result.portfolio().logs().size());
    return result.portfolio().logs().get(0);
  }

  @Test
  void takesTheDateFromTheFileNameWhenFrontMatterHasNone() {
    Log log = onlyLog(log("2026-11-20-guitar.md", "---\ngoal: guitar\n---\n"));
    assertEquals(LocalDate.of(2026, 11, 20), log.date());
  }

  @Test
  void frontMatterDateWinsOverTheFileName() {
    Log log = onlyLog(log("2026-11-20-guitar.md", "---\ngoal: guitar\ndate: 2026-11-18\n---\n"));
    assertEquals(LocalDate.of(2026, 11, 18), log.date());
  }

  @Test
  void requiresGoalAndDate() {
    assertEquals(
        List.of(
            "content/logs/session.md:1:1: date is required: add a line `date: YYYY-MM-DD` or start"
                + " the file name with the date, e.g. 2026-11-20-session.md",
            "content/logs/session.md:1:1: goal is required: add a line `goal: <slug>`; goals:"
                + " guitar"),
        formatted(log("session.md", "---\nwin: something\n---\n")));
  }

  @Test
  void fileNameDateMustBeACalendarDate() {
    assertEquals(
        List.of(
            "content/logs/2026-02-30-guitar.md:1:1: the date in the file name, '2026-02-30' is not"
                + " a calendar date; rename the file or add a line `date: YYYY-MM-DD`"),
        formatted(log("2026-02-30-guitar.md", "---\ngoal: guitar\n---\n")));
  }

  @Test
  void timestampIsNotADate() {
    assertEquals(
        List.of(
            "content/logs/x.md:3:7: date: '2026-11-20T07:30:00+01:00' has a time; write the date"
                + " only, as YYYY-MM-DD"),
        formatted(log("x.md", "---\ngoal: guitar\ndate: 2026-11-20T07:30:00+01:00\n---\n")));
  }

  @Test
  void warnsAboutALogDatedAfterToday() {
    LoadResult result = log("x.md", "---\ngoal: guitar\ndate: 2026-11-29\n---\n");
    assertEquals(
        List.of(
            "content/logs/x.md:3:7: warning: log dated 2026-11-29, after today (2026-11-28); check"
                + " the date"),
        formatted(result));
    assertEquals(1, result.portfolio().logs().size());
  }

  @Test
  void unknownGoalListsTheValidOnesAndPathsAreJustNames() {
    assertEquals(
        List.of("content/logs/x.md:2:7: goal: unknown goal '../../guitar'; valid goals: guitar"),
        formatted(log("x.md", "---\ngoal: ../../guitar\ndate: 2026-11-20\n---\n")));
    assertEquals(
        List.of(
            "content/logs/y.md:2:7: goal: unknown goal 'Guitar'; valid goals: guitar; did you mean"
                + " 'guitar'?"),
        formatted(log("y.md", "---\ngoal: Guitar\ndate: 2026-11-20\n---\n")).subList(1, 2));
  }

  @Test
  void metricsMustBeTheGoalsAndNumeric() {
    LoadResult result =
        log(
            "x.md",
            """
            ---
            goal: guitar
            date: 2026-11-20
            metrics:
              change: 3
              minutes: '15'
              speed: 4
            ---
            """);
    assertEquals(
        List.of(
            "content/logs/x.md:5:3: metrics: 'change' is not a metric of goal 'guitar'; valid ids:"
                + " changes, minutes; did you mean 'changes'?",
            "content/logs/x.md:6:12: metrics.minutes: '15' is quoted text, not a number; remove"
                + " the quotes",
            "content/logs/x.md:7:3: metrics: 'speed' is not a metric of goal 'guitar'; valid ids:"
                + " changes, minutes"),
        formatted(result));
    assertEquals(List.of(), result.portfolio().logs());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "012   | metrics.changes: '012' has a leading zero (YAML 1.1 reads such numbers as octal);"
            + " write 12",
        "1:30  | metrics.changes: '1:30' is not a decimal number (YAML 1.1 reads it in base 60, as"
            + " 90); write one decimal number, such as 90 or 1.5",
        "1_000 | metrics.changes: '1_000' has digit separators; write 1000",
        ".nan  | metrics.changes: '.nan' is not a finite number; write a decimal number such as 12"
            + " or 4.5",
        "0x1F  | metrics.changes: '0x1F' is not a decimal number; write it in decimal: 31",
        "[1]   | metrics.changes: expected a number, not a list",
      })
  void metricValuesAreDecimalNumbersOnly(String value, String message) {
    assertEquals(
        List.of("content/logs/x.md:5:12: " + message),
        formatted(
            log(
                "x.md",
                "---\ngoal: guitar\ndate: 2026-11-20\nmetrics:\n  changes: " + value + "\n---\n")));
  }

  @Test
  void emptyMetricValuesAreNotRecorded() {
    Log log =
        onlyLog(
            log(
                "x.md",
                "---\ngoal: guitar\ndate: 2026-11-20\nmetrics:\n  changes:\n  minutes: ~\n---\n"));
    assertEquals(Map.of(), log.metrics());
  }

  @Test
  void yamlOneOneWordsStayText() {
    Log log =
        onlyLog(log("x.md", "---\ngoal: guitar\ndate: 2026-11-20\nwin: no\nnext: 1:30\n---\n"));
    assertEquals(Optional.of("no"), log.win());
    assertEquals(Map.of("next", "1:30"), log.extra());
  }

  @Test
  void readsAMilestoneAsOneLineOfText() {
    Log log =
        onlyLog(
            log(
                "x.md",
                "---\ngoal: guitar\ndate: 2026-11-20\nmilestone: '  Played Wonderwall  '\n---\n"));
    assertEquals(Optional.of("Played Wonderwall"), log.milestone());
    assertEquals(Map.of(), log.extra());
  }

  @Test
  void anEmptyMilestoneIsNone() {
    Log log = onlyLog(log("x.md", "---\ngoal: guitar\ndate: 2026-11-20\nmilestone:\n---\n"));
    assertEquals(Optional.empty(), log.milestone());
  }

  @Test
  void booleansMustBeTrueOrFalse() {
    assertEquals(
        List.of(
            "content/logs/x.md:4:11: min_step: 'on' is not a boolean; use true or false",
            "content/logs/x.md:5:10: private: 'no' is not a boolean; use true or false",
            "content/logs/x.md:6:8: draft: '1' is not a boolean; use true or false"),
        formatted(
            log(
                "x.md",
                "---\n"
                    + "goal: guitar\n"
                    + "date: 2026-11-20\n"
                    + "min_step: on\n"
                    + "private: no\n"
                    + "draft: 1\n"
                    + "---\n")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "2 | 2",
        "3 | 3",
        "barre chords | 2",
        "Barre Chords | 2",
        "songs at 70 bpm | 3",
        "'1' | 1"
      })
  void challengeByNumberOrName(String written, int level) {
    Log log =
        onlyLog(
            log("x.md", "---\ngoal: guitar\ndate: 2026-11-20\nchallenge: " + written + "\n---\n"));
    assertEquals(OptionalInt.of(level), log.challenge());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "4       | level 4 is out of range",
        "0       | level 0 is out of range",
        "jazz    | 'jazz' is not a level",
        "2.5     | '2.5' is not a level",
      })
  void challengeOutOfRangeListsTheLevels(String written, String problem) {
    assertEquals(
        List.of(
            "content/logs/x.md:4:12: challenge: "
                + problem
                + " of goal 'guitar'; valid levels: 1 'open chords', 2 'barre chords', 3 'Songs at"
                + " 70 bpm'"),
        formatted(
            log("x.md", "---\ngoal: guitar\ndate: 2026-11-20\nchallenge: " + written + "\n---\n")));
  }

  @Test
  void challengeNeedsLevelsOnTheGoal() {
    LoadResult result =
        load(
            write(
                dir,
                """
                -- content/goals/cooking.md --
                ---
                title: Cook
                metrics: [{id: recipes}]
                ---
                -- content/logs/x.md --
                ---
                goal: cooking
                date: 2026-11-20
                challenge: 1
                ---
                """));
    assertEquals(
        List.of(
            "content/logs/x.md:4:12: challenge: goal 'cooking' defines no challenge levels; add"
                + " `challenge: { levels: [...] }` to content/goals/cooking.md or remove this"
                + " line"),
        formatted(result));
  }

  @Test
  void tagsAreOneStringOrAListOfNonEmptyStrings() {
    assertEquals(
        List.of("recording"),
        onlyLog(log("x.md", "---\ngoal: guitar\ndate: 2026-11-20\ntags: recording\n---\n")).tags());
    assertEquals(
        List.of(
            "content/logs/y.md:4:11: tags: empty tag; remove it or give it a name",
            "content/logs/y.md:4:16: tags: expected a tag, not a list"),
        formatted(log("y.md", "---\ngoal: guitar\ndate: 2026-11-20\ntags: [a, \" \", [b]]\n---\n"))
            .subList(0, 2));
  }

  @Test
  void duplicateKeysAreErrorsAtTheSecondKey() {
    assertEquals(
        List.of(
            "content/logs/x.md:5:1: duplicate key 'win' (first given on line 4)",
            "content/logs/x.md:6:11: min_step: 'y' is not a boolean; use true or false"),
        formatted(
            log(
                "x.md",
                "---\ngoal: guitar\ndate: 2026-11-20\nwin: one\nwin: two\nmin_step: y\n---\n")));
  }

  @Test
  void unknownKeysAreKeptWithAHint() {
    LoadResult result =
        log("x.md", "---\ngoal: guitar\ndate: 2026-11-20\nmood: great\nsongs: [Wonderwall]\n---\n");
    assertEquals(
        List.of(
            "content/logs/x.md:4:1: warning: unknown key 'mood' is kept for templates",
            "content/logs/x.md:5:1: warning: unknown key 'songs' is kept for templates"),
        formatted(result));
    assertEquals(Map.of("mood", "great", "songs", List.of("Wonderwall")), onlyLog(result).extra());
  }

  @Test
  void logsOfAPrivateGoalAreStillValidated() {
    LoadResult result =
        load(
            write(
                dir,
                """
                -- content/goals/diary.md --
                ---
                title: Diary
                private: true
                metrics: [{id: pages}]
                ---
                -- content/logs/x.md --
                ---
                goal: diary
                date: 2026-11-20
                metrics: {words: 3}
                ---
                """));
    assertEquals(
        List.of(
            "content/logs/x.md:4:11: metrics: 'words' is not a metric of goal 'diary'; valid ids:"
                + " pages"),
        formatted(result));
  }

  @Test
  void logOfABrokenGoalIsLeftOutWithoutASecondError() {
    LoadResult result =
        load(
            write(
                dir,
                """
                -- content/goals/diary.md --
                ---
                metrics: [{id: pages}]
                ---
                -- content/logs/x.md --
                ---
                goal: diary
                date: 2026-11-20
                ---
                """));
    assertEquals(
        List.of("content/goals/diary.md:1:1: title is required: add a line `title: ...`"),
        formatted(result));
    assertEquals(List.of(), result.portfolio().logs());
  }

  @Test
  void unclosedFrontMatterIsReportedOnLineOne() {
    assertEquals(
        List.of(
            "content/logs/x.md:1:1: front matter opened here is never closed; add a line `---`"
                + " after it"),
        formatted(log("x.md", "---\ngoal: guitar\ndate: 2026-11-20\n\nNotes\n")));
  }

  @Test
  void logWithoutFrontMatterIsAnError() {
    assertEquals(
        List.of(
            "content/logs/2026-11-20.md:1:1: no front matter: a log file starts with a line `---`,"
                + " then its YAML fields, then a line `---`"),
        formatted(log("2026-11-20.md", "Played for ten minutes.\n")));
  }

  @Test
  void byteOrderMarkAndCrlfKeepPositionsRight() {
    LoadResult result =
        log(
            "x.md",
            "\uFEFF---\r\n"
                + "goal: guitar\r\n"
                + "date: 2026-11-20\r\n"
                + "win: yes\r\n"
                + "min_step: maybe\r\n"
                + "---\r\n"
                + "Body\r\n");
    assertEquals(
        List.of("content/logs/x.md:5:11: min_step: 'maybe' is not a boolean; use true or false"),
        formatted(result));
  }

  @Test
  void mixedLineEndingsKeepPositionsRight() {
    LoadResult result =
        log("x.md", "---\rgoal: guitar\r\ndate: 2026-11-20\nmetrics:\r  changes: x\n---\nBody\n");
    assertEquals(
        List.of(
            "content/logs/x.md:5:12: metrics.changes: 'x' is not a number; write a decimal number"
                + " such as 12 or 4.5"),
        formatted(result));
  }

  @Test
  void badUtf8ByteIsReportedWithItsLine() {
    byte[] latin1 =
        "---\ngoal: guitar\ndate: 2026-11-20\nwin: caf\u00e9\n---\n"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    write(dir, GUITAR);
    PortfolioFixture.bytes(dir, "content/logs/x.md", latin1);
    LoadResult result = load(dir);
    assertEquals(
        List.of(
            "content/logs/x.md:4:9: not valid UTF-8 (byte 0xE9); save the file with UTF-8"
                + " encoding"),
        formatted(result));
    assertTrue(result.portfolio().logs().isEmpty());
  }

  @Test
  void slugsAreUniqueInPathOrderAcrossPrivateLogs() {
    LoadResult result =
        load(
            write(
                dir,
                GUITAR
                    + """
                    -- content/logs/b/Practice.md --
                    ---
                    goal: guitar
                    date: 2026-11-01
                    ---
                    -- content/logs/a/practice.md --
                    ---
                    goal: guitar
                    date: 2026-11-02
                    private: true
                    ---
                    """));
    assertEquals(
        List.of("practice-2", "practice"),
        result.portfolio().logs().stream().map(Log::slug).toList());
  }
}
