package dev.cairn.content;

import static dev.cairn.content.PortfolioFixture.errors;
import static dev.cairn.content.PortfolioFixture.formatted;
import static dev.cairn.content.PortfolioFixture.load;
import static dev.cairn.content.PortfolioFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Goal;
import dev.cairn.model.GoalStatus;
import dev.cairn.model.Metric;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoalValidationTest {
  @TempDir Path dir;

  private LoadResult goal(String name, String text) {
    return load(write(dir, "-- content/goals/" + name + " --\n" + text));
  }

  @Test
  void readsEveryGoalField() {
    LoadResult result =
        goal(
            "running.md",
            """
            ---
            title: no
            why: Energy
            capability: 10 km in under an hour
            started: 2026-06-01
            first_step: Shoes on
            status: paused
            private: true
            metrics:
              - id: pace
                label: Pace
                better: lower
                aggregate: mean
                unit: min/km
                target: 5.5
            challenge:
              levels: []
            ---
            """);
    assertEquals(List.of(), formatted(result));
    Goal g = result.portfolio().goals().get(0);
    assertEquals("no", g.title(), "title: no is text, not a boolean");
    assertEquals(Optional.of("Energy"), g.why());
    assertEquals(Optional.of("10 km in under an hour"), g.capability());
    assertEquals(Optional.of(LocalDate.of(2026, 6, 1)), g.started());
    assertEquals(Optional.of("Shoes on"), g.firstStep());
    assertEquals(GoalStatus.PAUSED, g.status());
    assertEquals(true, g.isPrivate());
    Metric pace = g.metrics().get(0);
    assertEquals(Better.LOWER, pace.better());
    assertEquals(Aggregate.MEAN, pace.aggregate());
    assertEquals(Optional.of("min/km"), pace.unit());
    assertEquals(5.5, pace.target().getAsDouble());
    assertEquals(List.of(), g.challengeLevels());
  }

  @Test
  void readsMetricBoundsAndRejectsAMaxBelowTheMin() {
    LoadResult result =
        goal(
            "quiz.md",
            """
            ---
            title: Quiz
            metrics:
              - id: score
                min: 0
                max: 100
              - id: grade
                min: 6
                max: 1
            ---
            """);
    assertEquals(
        List.of(
            "content/goals/quiz.md:9:10: metric 'grade' max is below its min; use a max of at least"
                + " the min, or leave one out"),
        formatted(result));
    Metric score =
        goal("quiz.md", "---\ntitle: Q\nmetrics: [{id: score, min: 0, max: 100}]\n---\n")
            .portfolio()
            .goals()
            .get(0)
            .metrics()
            .get(0);
    assertEquals(0, score.min().getAsDouble());
    assertEquals(100, score.max().getAsDouble());
    assertTrue(
        goal("quiz.md", "---\ntitle: Q\nmetrics: [{id: score}]\n---\n")
            .portfolio()
            .goals()
            .get(0)
            .metrics()
            .get(0)
            .max()
            .isEmpty());
  }

  @Test
  void requiresTitleAndMetrics() {
    LoadResult result = goal("guitar.md", "---\nwhy: fun\n---\n");
    assertEquals(
        List.of(
            "content/goals/guitar.md:1:1: metrics: at least one metric is required,"
                + " e.g. `metrics: [{ id: minutes, kind: activity }]`",
            "content/goals/guitar.md:1:1: title is required: add a line `title: ...`"),
        formatted(result));
    assertEquals(List.of(), result.portfolio().goals());
  }

  @Test
  void rejectsEmptyTitleAndEmptyMetricList() {
    assertEquals(
        List.of(
            "content/goals/guitar.md:2:8: title is empty; give the goal a title",
            "content/goals/guitar.md:3:1: metrics: at least one metric is required,"
                + " e.g. `metrics: [{ id: minutes, kind: activity }]`"),
        formatted(goal("guitar.md", "---\ntitle: \"\"\nmetrics: []\n---\n")));
  }

  @Test
  void rejectsFileNameThatIsNotASlugAndSaysHowToRename() {
    assertEquals(
        List.of(
            "content/goals/Guitar Lessons.md:1:1: goal file name 'Guitar Lessons.md' is not a valid"
                + " slug; rename it to guitar-lessons.md (lowercase letters, digits, '-' and '_',"
                + " starting with a letter or digit)"),
        formatted(goal("Guitar Lessons.md", "---\ntitle: G\nmetrics: [{id: x}]\n---\n")));
  }

  @Test
  void checksMetricIdsKindsAndUniqueness() {
    LoadResult result =
        goal(
            "guitar.md",
            """
            ---
            title: Guitar
            metrics:
              - id: Changes
              - id: minutes
                kind: skill
                better: more
              - id: minutes
                aggregate: max
                target: '60'
              - label: no id
            ---
            """);
    assertEquals(
        List.of(
            "content/goals/guitar.md:4:9: metric id 'Changes' is not valid; use lowercase letters,"
                + " digits and '_', starting with a letter, e.g. changes",
            "content/goals/guitar.md:6:11: metric 'minutes' kind: 'skill' is not valid; use mastery"
                + " or activity",
            "content/goals/guitar.md:7:13: metric 'minutes' better: 'more' is not valid; use higher"
                + " or lower",
            "content/goals/guitar.md:8:9: metric id 'minutes' is defined twice (first on line 5)",
            "content/goals/guitar.md:9:16: metric 'minutes' aggregate: 'max' is not valid; use sum,"
                + " best, mean or last",
            "content/goals/guitar.md:10:13: metric 'minutes' target: '60' is quoted text, not a"
                + " number; remove the quotes",
            "content/goals/guitar.md:11:5: metric 4: id is required"),
        formatted(result));
  }

  @Test
  void warnsWhenAGoalMeasuresParticipationOnlyOrTooMuch() {
    LoadResult result =
        goal(
            "reading.md",
            """
            ---
            title: Read more
            metrics:
              - {id: a, kind: activity}
              - {id: b, kind: activity}
              - {id: c, kind: activity}
              - {id: d, kind: activity}
              - {id: e, kind: activity}
              - {id: f, kind: activity}
            ---
            """);
    assertEquals(
        List.of(
            "content/goals/reading.md:3:1: warning: 6 metrics: track evidence, not everything; keep"
                + " 5 or fewer",
            "content/goals/reading.md:3:1: warning: this goal measures participation only; add a"
                + " mastery metric (kind: mastery) that shows growing skill"),
        formatted(result));
    assertEquals(1, result.portfolio().goals().size(), "warnings do not drop the goal");
  }

  @Test
  void keepsUnknownKeysAsPlainValuesWithAHint() {
    LoadResult result =
        goal(
            "guitar.md",
            """
            ---
            title: Guitar
            metrics: [{id: changes, colour: red}]
            mood: 3
            gear: {guitar: Yamaha, strings: [10, 46]}
            titel: typo
            ---
            """);
    assertEquals(
        List.of(
            "content/goals/guitar.md:3:25: warning: unknown key 'colour' is ignored",
            "content/goals/guitar.md:4:1: warning: unknown key 'mood' is kept for templates",
            "content/goals/guitar.md:5:1: warning: unknown key 'gear' is kept for templates",
            "content/goals/guitar.md:6:1: warning: unknown key 'titel' is kept for templates; did"
                + " you mean 'title'?"),
        formatted(result));
    assertEquals(
        List.of(Diagnostic.Severity.HINT),
        result.diagnostics().stream().map(Diagnostic::severity).distinct().toList());
    assertEquals(
        Map.of(
            "mood",
            "3",
            "gear",
            Map.of("guitar", "Yamaha", "strings", List.of("10", "46")),
            "titel",
            "typo"),
        result.portfolio().goals().get(0).extra());
  }

  @Test
  void rejectsDuplicateChallengeLevelsAndWrongShapes() {
    LoadResult result =
        goal(
            "guitar.md",
            """
            ---
            title: Guitar
            metrics: [{id: changes}]
            challenge:
              levels: [easy, hard, easy, ""]
            started: 2026-02-30
            private: yes
            status: Active
            ---
            """);
    assertEquals(
        List.of(
            "content/goals/guitar.md:5:24: challenge level 'easy' is listed twice (first on line"
                + " 5)",
            "content/goals/guitar.md:5:30: challenge level 4 is empty; give it a name",
            "content/goals/guitar.md:6:10: started: '2026-02-30' is not a calendar date",
            "content/goals/guitar.md:7:10: private: 'yes' is not a boolean; use true or false",
            "content/goals/guitar.md:8:9: status: 'Active' is not valid; use active, paused or"
                + " done"),
        errors(result));
  }

  @Test
  void goalWithoutFrontMatterIsAnError() {
    assertEquals(
        List.of(
            "content/goals/guitar.md:1:1: no front matter: a goal file starts with a line `---`,"
                + " then its YAML fields, then a line `---`"),
        formatted(goal("guitar.md", "# Guitar\n\nJust notes.\n")));
  }

  @Test
  void emptyGoalFileIsAnError() {
    assertEquals(
        List.of(
            "content/goals/guitar.md:1:1: no front matter: a goal file starts with a line `---`,"
                + " then its YAML fields, then a line `---`"),
        formatted(goal("guitar.md", "")));
  }

  @Test
  void frontMatterThatIsNotAMappingIsAnError() {
    assertEquals(
        List.of("content/goals/guitar.md:2:1: front matter must be key: value lines, not a list"),
        formatted(goal("guitar.md", "---\n- title\n- x\n---\n")));
  }

  @Test
  void challengeLevelsGoUnderLevels() {
    assertEquals(
        List.of(
            "content/goals/guitar.md:4:12: challenge: put the levels under `levels:`, e.g."
                + " `challenge: { levels: [easy, hard] }`"),
        formatted(
            goal(
                "guitar.md", "---\ntitle: G\nmetrics: [{id: x}]\nchallenge: [easy, hard]\n---\n")));
  }
}
