package dev.cairn.analysis;

import static dev.cairn.analysis.Fixtures.activity;
import static dev.cairn.analysis.Fixtures.day;
import static dev.cairn.analysis.Fixtures.goal;
import static dev.cairn.analysis.Fixtures.log;
import static dev.cairn.analysis.Fixtures.mastery;
import static dev.cairn.analysis.Fixtures.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.WeekStart;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class PeriodReviewBuilderTest {

  private static final LocalDate TODAY = day("2026-05-06");

  // Goal g: speed (mastery, best of higher) and minutes (activity, sum); levels a, b.
  private static final Goal G =
      goal(
          "g", List.of(mastery("speed"), activity("minutes")), List.of("a", "b"), Optional.empty());
  private static final Goal H = goal("h", List.of(activity("minutes")));

  // March 2026 begins on a Sunday and ends on a Tuesday. No log in April.
  private static final List<Log> G_LOGS =
      List.of(
          log("2026-01-20", "g").value("speed", 10).value("minutes", 20).challenge(1).build(),
          log("2026-02-27", "g").value("speed", 12).value("minutes", 15).build(),
          log("2026-03-01", "g")
              .value("speed", 14)
              .value("minutes", 10)
              .win("w1")
              .milestone("m1")
              .build(),
          log("2026-03-02", "g").value("speed", 13).value("minutes", 30).build(),
          log("2026-03-10", "g")
              .value("speed", 15)
              .value("minutes", 20)
              .challenge(2)
              .win("w2")
              .build(),
          log("2026-03-31", "g").value("speed", 11).value("minutes", 5).build(),
          log("2026-05-04", "g").value("speed", 16).value("minutes", 25).milestone("m2").build());
  private static final List<Log> H_LOGS =
      List.of(log("2026-03-17", "h").value("minutes", 40).build());

  private static List<PeriodReview> reviews(Period.Kind kind, WeekStart weekStart) {
    List<GoalAnalysis> goals =
        List.of(analysis(G, G_LOGS, weekStart), analysis(H, H_LOGS, weekStart));
    return new PeriodReviewBuilder(new WeekCalendar(weekStart)).reviews(kind, goals, TODAY);
  }

  private static GoalAnalysis analysis(Goal goal, List<Log> logs, WeekStart weekStart) {
    return PortfolioAnalyzer.analyzeGoal(
            new PortfolioAnalyzer.GoalInputs(goal, logs, site(weekStart, 2, 4), TODAY))
        .analysis();
  }

  @Test
  void namesPeriodsByLocalDatesAndKnowsThePeriodBefore() {
    Period march = Period.of(Period.Kind.MONTH, day("2026-03-31"));
    assertEquals(new Period(Period.Kind.MONTH, day("2026-03-01"), day("2026-03-31")), march);
    assertEquals("2026-03", march.id());
    assertEquals("2026-02", march.previous().id());
    assertEquals(day("2026-02-28"), march.previous().end());
    Period year = Period.of(Period.Kind.YEAR, day("2026-01-01"));
    assertEquals("2026", year.id());
    assertEquals(day("2025-12-31"), year.previous().end());
  }

  @Test
  void oneMonthlyReviewPerMonthWithALog() {
    assertEquals(
        List.of("2026-01", "2026-02", "2026-03", "2026-05"),
        reviews(Period.Kind.MONTH, WeekStart.MONDAY).stream().map(r -> r.period().id()).toList());
  }

  @Test
  void comparesEachMetricOverTheMonthWithTheMonthBefore() {
    PeriodReview march = reviews(Period.Kind.MONTH, WeekStart.MONDAY).get(2);
    GoalPeriod g = march.goals().get(0);
    // speed: best of 14, 13, 15, 11 = 15 against February's 12: improved.
    MetricComparison speed = g.metrics().get(0);
    assertEquals(OptionalDouble.of(15), speed.value());
    assertEquals(OptionalDouble.of(12), speed.previous());
    assertEquals(Optional.of(true), speed.improved());
    // minutes: 10 + 30 + 20 + 5 = 65 against 15.
    assertEquals(OptionalDouble.of(65), g.metrics().get(1).value());
    assertEquals(OptionalDouble.of(15), g.metrics().get(1).previous());
    assertEquals(List.of("w1", "w2"), g.wins().stream().map(l -> l.win().orElseThrow()).toList());
    assertEquals(List.of("m1"), march.milestones().stream().map(this::milestone).toList());
    assertEquals(5, march.logCount());
    assertEquals(2, march.winCount());
  }

  @Test
  void anEmptyMonthIsZeroForSumsBetweenObservationsAndNothingOtherwise() {
    GoalPeriod may = reviews(Period.Kind.MONTH, WeekStart.MONDAY).get(3).goals().get(0);
    // April has no log: speed (best) has no value, minutes (sum) is 0 between Jan 20 and May 4.
    assertEquals(OptionalDouble.empty(), may.metrics().get(0).previous());
    assertEquals(Optional.empty(), may.metrics().get(0).improved());
    assertEquals(OptionalDouble.of(0), may.metrics().get(1).previous());
    // December 2025 lies before the first observation: no value for the sum either.
    GoalPeriod january = reviews(Period.Kind.MONTH, WeekStart.MONDAY).get(0).goals().get(0);
    assertEquals(OptionalDouble.empty(), january.metrics().get(1).previous());
  }

  @Test
  void activeWeeksAndTheLongestRunFollowWeekStart() {
    // Monday weeks: Sun 03-01 falls in the week of Mon 02-23; 03-02, 03-10, 03-31 in the weeks of
    // 03-02, 03-09, 03-30. Weeks overlapping March: 02-23 … 03-30 = 6. Run 02-23, 03-02, 03-09 = 3.
    PeriodReview mondays = reviews(Period.Kind.MONTH, WeekStart.MONDAY).get(2);
    assertEquals(new ActiveWeeks(4, 6, 3), mondays.goals().get(0).activeWeeks());
    // With h's Tue 03-17 (week of 03-16) the portfolio's run is 02-23 … 03-16 = 4.
    assertEquals(new ActiveWeeks(5, 6, 4), mondays.activeWeeks());
    // Sunday weeks: 03-01 and 03-02 share the week of Sun 03-01; 03-10 is in 03-08's, 03-31 in
    // 03-29's. Weeks overlapping March: 03-01 … 03-29 = 5. Run 03-01, 03-08 = 2.
    PeriodReview sundays = reviews(Period.Kind.MONTH, WeekStart.SUNDAY).get(2);
    assertEquals(new ActiveWeeks(3, 5, 2), sundays.goals().get(0).activeWeeks());
  }

  @Test
  void theCurrentPeriodCountsWeeksOnlyUpToToday() {
    // May up to Wed 05-06: the weeks of Mon 04-27 (holding Fri 05-01) and Mon 05-04 = 2.
    PeriodReview may = reviews(Period.Kind.MONTH, WeekStart.MONDAY).get(3);
    assertEquals(new ActiveWeeks(1, 2, 1), may.activeWeeks());
  }

  @Test
  void aChallengeStepIsTheHighestLevelRisingAboveAllBefore() {
    List<PeriodReview> months = reviews(Period.Kind.MONTH, WeekStart.MONDAY);
    assertEquals(
        Optional.of(new ChallengeStep(0, 1)), months.get(0).goals().get(0).challengeStep());
    assertEquals(Optional.empty(), months.get(1).goals().get(0).challengeStep());
    assertEquals(
        Optional.of(new ChallengeStep(1, 2)), months.get(2).goals().get(0).challengeStep());
  }

  @Test
  void aYearlyReviewGathersTheWholeYear() {
    List<PeriodReview> years = reviews(Period.Kind.YEAR, WeekStart.MONDAY);
    assertEquals(1, years.size());
    PeriodReview year = years.get(0);
    assertEquals("2026", year.period().id());
    GoalPeriod g = year.goals().get(0);
    // speed: best of the year 16; minutes 20 + 15 + 10 + 30 + 20 + 5 + 25 = 125; 2025 has none.
    assertEquals(OptionalDouble.of(16), g.metrics().get(0).value());
    assertEquals(OptionalDouble.of(125), g.metrics().get(1).value());
    assertEquals(OptionalDouble.empty(), g.metrics().get(1).previous());
    // Weeks are counted from the first log's, Mon 01-19, to Mon 05-04: 16 (not from the week of
    // Thu 01-01, Mon 2025-12-29); active: 01-19, 02-23, 03-02, 03-09, 03-30, 05-04 = 6; longest run
    // 02-23 … 03-09 = 3.
    assertEquals(new ActiveWeeks(6, 16, 3), g.activeWeeks());
    assertEquals(Optional.of(new ChallengeStep(0, 2)), g.challengeStep());
    assertEquals(List.of("m1", "m2"), year.milestones().stream().map(this::milestone).toList());
  }

  @Test
  void weeksCountFromAnEarlierStartDate() {
    // Started Mon 2026-01-05: weeks 01-05 … 05-04 = 18; the portfolio counts from it too.
    Goal started =
        goal(
            "g",
            List.of(mastery("speed"), activity("minutes")),
            List.of("a", "b"),
            Optional.of(day("2026-01-05")));
    PeriodReview year =
        new PeriodReviewBuilder(new WeekCalendar(WeekStart.MONDAY))
            .reviews(Period.Kind.YEAR, List.of(analysis(started, G_LOGS, WeekStart.MONDAY)), TODAY)
            .get(0);
    assertEquals(new ActiveWeeks(6, 18, 3), year.goals().get(0).activeWeeks());
    assertEquals(new ActiveWeeks(6, 18, 3), year.activeWeeks());
  }

  private String milestone(Log log) {
    return log.milestone().orElseThrow();
  }
}
