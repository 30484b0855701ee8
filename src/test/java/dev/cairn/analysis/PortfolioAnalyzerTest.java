package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.activity;
import static dev.cairn.analysis.Fixtures.day;
import static dev.cairn.analysis.Fixtures.goal;
import static dev.cairn.analysis.Fixtures.log;
import static dev.cairn.analysis.Fixtures.mastery;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import dev.cairn.model.Portfolio;
import dev.cairn.model.WeekStart;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PortfolioAnalyzerTest {

  private static final Goal GUITAR =
      goal(
          "guitar",
          List.of(activity("minutes"), mastery("changes")),
          List.of("open chords", "barre chords", "songs at 70 bpm"),
          Optional.empty());
  private static final Goal KITCHEN = goal("kitchen", List.of(activity("minutes")));

  // Monday weeks: W41 = 10-05..10-11, W42 = 10-12..10-18, W43 = 10-19..10-25.
  private static final List<Log> LOGS =
      List.of(
          log("2026-10-05", "guitar")
              .challenge(2)
              .value("changes", 20)
              .value("minutes", 10)
              .win("First G–C")
              .build(),
          log("2026-10-07", "guitar").value("changes", 22).value("minutes", 15).minStep().build(),
          log("2026-10-13", "kitchen").value("minutes", 30).win("Soup").build(),
          log("2026-10-19", "guitar")
              .challenge(2)
              .value("changes", 22)
              .value("minutes", 5)
              .minStep()
              .build(),
          log("2026-10-20", "kitchen").value("minutes", 20).minStep().build(),
          log("2026-10-21", "guitar").challenge(1).value("changes", 23).build());

  // window_weeks 2, stretch_weeks 1; goals handed over out of slug order.
  private final PortfolioAnalysis analysis =
      new PortfolioAnalyzer()
          .analyze(
              new Portfolio(Fixtures.site(WeekStart.MONDAY, 2, 1), List.of(KITCHEN, GUITAR), LOGS),
              day("2026-10-22"));

  @Test
  void sortsGoalsBySlugAndPutsMasteryMetricsFirst() {
    assertEquals(
        List.of("guitar", "kitchen"), analysis.goals().stream().map(g -> g.goal().slug()).toList());
    GoalAnalysis guitar = analysis.goals().get(0);
    assertEquals(
        List.of("changes", "minutes"),
        guitar.metrics().stream().map(m -> m.metric().id()).toList());
    assertEquals(4, guitar.logs().size());
  }

  @Test
  void analysesEachGoal() {
    GoalAnalysis guitar = analysis.goals().get(0);
    // Active W41, W43; first log W41 .. today W43 = 3 weeks; min steps 10-07, 10-19.
    assertEquals(new Continuity(2, 3, 2), guitar.continuity());
    assertEquals(new Evidence(4, 1, 1.0, false), guitar.evidence());
    // stretch 1: W = {W43} at levels 2, 1; before: level 2 → no rise; one week → no gain.
    assertEquals(
        new Plateau(
            true,
            Optional.of(new StretchSuggestion(Optional.of("songs at 70 bpm"), "songs at 70 bpm"))),
        guitar.plateau());

    MetricAnalysis changes = guitar.metrics().get(0);
    // best per week: W41 22, W42 none, W43 23; 3 weeks < 4 → one more needed.
    assertEquals(
        List.of(OptionalDouble.of(22), OptionalDouble.empty(), OptionalDouble.of(23)),
        changes.weekly().stream().map(WeeklyValue::value).toList());
    assertEquals(1, changes.beforeAfter().weeksNeeded());
    // 4 daily values: t = 0, 2, 14, 16 with 20, 22, 22, 23. Slopes 1, 1/7, 3/16, 0, 1/14, 1/2:
    // median (1/7 + 3/16) / 2 = 37/224.
    assertEquals(37.0 / 224, changes.trend().orElseThrow().slopePerDay(), 1e-12);

    MetricAnalysis minutes = guitar.metrics().get(1);
    assertEquals(
        List.of(OptionalDouble.of(25), OptionalDouble.of(0), OptionalDouble.of(5)),
        minutes.weekly().stream().map(WeeklyValue::value).toList());
    assertTrue(minutes.trend().isEmpty());
  }

  @Test
  void reviewsEveryWeekWithALogAcrossGoals() {
    assertEquals(
        List.of("2026-W41", "2026-W42", "2026-W43"),
        analysis.reviews().stream().map(r -> r.week().toString()).toList());
    WeeklyReview w43 = analysis.reviews().get(2);
    assertEquals(day("2026-10-19"), w43.start());
    assertEquals(day("2026-10-25"), w43.end());
    assertEquals(
        List.of("guitar", "kitchen"), w43.goals().stream().map(g -> g.goal().slug()).toList());
  }

  @Test
  void comparesEachMetricWithThePreviousCalendarWeek() {
    GoalWeek guitar = analysis.reviews().get(2).goals().get(0);
    assertEquals(2, guitar.logs().size());
    assertEquals(List.of(), guitar.wins());
    assertEquals(1, guitar.minStepDays());
    // changes: 23 against W42, which has no value → nothing to compare.
    assertEquals(
        new MetricComparison(
            metric(GUITAR, "changes"),
            OptionalDouble.of(23),
            OptionalDouble.empty(),
            Optional.empty()),
        guitar.metrics().get(0));
    // minutes (sum): 5 against 0 in W42 → improved.
    assertEquals(
        new MetricComparison(
            metric(GUITAR, "minutes"),
            OptionalDouble.of(5),
            OptionalDouble.of(0),
            Optional.of(true)),
        guitar.metrics().get(1));

    GoalWeek kitchen = analysis.reviews().get(2).goals().get(1);
    // 20 against 30 → worse.
    assertEquals(Optional.of(false), kitchen.metrics().get(0).improved());
    assertEquals(Optional.empty(), kitchen.stretchSuggestion());
    // W42 is kitchen's first week: W41 lies outside its weekly values, so no previous value.
    GoalWeek firstKitchen = analysis.reviews().get(1).goals().get(0);
    assertEquals(OptionalDouble.empty(), firstKitchen.metrics().get(0).previous());
    assertEquals(
        List.of("Soup"), firstKitchen.wins().stream().map(l -> l.win().orElseThrow()).toList());
  }

  @Test
  void suggestsAStretchOnlyFromTheWeekThePlateauBegins() {
    // As of W41 there is no active week before W; as of W43 the plateau holds.
    assertEquals(Optional.empty(), analysis.reviews().get(0).goals().get(0).stretchSuggestion());
    assertEquals(
        Optional.of(new StretchSuggestion(Optional.of("songs at 70 bpm"), "songs at 70 bpm")),
        analysis.reviews().get(2).goals().get(0).stretchSuggestion());
  }

  private static Metric metric(Goal goal, String id) {
    return goal.findMetric(id).orElseThrow();
  }
}
