package dev.cairn.chart;

import static dev.cairn.chart.ChartFixtures.guitarAnalysis;
import static dev.cairn.chart.ChartFixtures.kitchenAnalysis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.analysis.Continuity;
import dev.cairn.analysis.Evidence;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.Plateau;
import dev.cairn.analysis.Verdict;
import dev.cairn.analysis.WeekCalendar;
import dev.cairn.analysis.WeekId;
import dev.cairn.chart.TrendChartData.Segment;
import dev.cairn.chart.TrendChartData.StepUp;
import dev.cairn.chart.TrendChartData.WeekWindow;
import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Goal;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import dev.cairn.model.WeekStart;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The data and words each chart is drawn from, checked without drawing. */
class ChartDataTest {

  private final ChartWords uk = new ChartWords(Locale.UK);
  private final TrendDataPreparer trend = new TrendDataPreparer(uk);
  private final BeforeAfterDataPreparer beforeAfter = new BeforeAfterDataPreparer(uk);
  private final WeekCalendar monday = new WeekCalendar(WeekStart.MONDAY);

  private static LocalDate d(String date) {
    return LocalDate.parse(date);
  }

  private TrendChartData changesTrend(int windowWeeks) {
    GoalAnalysis guitar = guitarAnalysis();
    return trend.prepare(guitar, guitar.metrics().get(0), windowWeeks).orElseThrow();
  }

  @Test
  void trendPlotsWeeklyValuesAtWeekStartsSkippingWeeksWithoutValue() {
    assertEquals(
        List.of(
            new ChartPoint(d("2026-08-31"), 22),
            new ChartPoint(d("2026-09-07"), 26),
            new ChartPoint(d("2026-09-21"), 30),
            new ChartPoint(d("2026-09-28"), 34),
            new ChartPoint(d("2026-10-05"), 37)),
        changesTrend(2).weekly());
  }

  @Test
  void trendShadesTheFirstAndLastWindowWeeks() {
    TrendChartData two = changesTrend(2);
    assertEquals(
        Optional.of(new WeekWindow(d("2026-08-31"), d("2026-09-07"), "before")),
        two.baselineWindow());
    assertEquals(
        Optional.of(new WeekWindow(d("2026-09-28"), d("2026-10-05"), "after")),
        two.currentWindow());
    TrendChartData three = changesTrend(3);
    assertEquals(
        Optional.of(new WeekWindow(d("2026-08-31"), d("2026-09-14"), "before")),
        three.baselineWindow());
    assertEquals(
        Optional.of(new WeekWindow(d("2026-09-21"), d("2026-10-05"), "after")),
        three.currentWindow());
  }

  @Test
  void trendLineRunsOverTheFittedDaysAndProjectionContinuesToProjectionDate() {
    TrendChartData data = changesTrend(2);
    // 36 on 2026-10-05, half a unit a day: 34 days earlier 19, 182 days later 127.
    Segment line =
        new Segment(new ChartPoint(d("2026-09-01"), 19), new ChartPoint(d("2026-10-05"), 36));
    assertEquals(Optional.of(line), data.trendLine());
    assertEquals(
        Optional.of(
            new Segment(new ChartPoint(d("2026-10-05"), 36), new ChartPoint(d("2027-04-05"), 127))),
        data.projection());
    assertEquals(d("2026-08-31"), data.domainStart());
    assertEquals(d("2027-04-05"), data.domainEnd());
  }

  @Test
  void trendRangeHoldsValuesTargetAndTrendWithATenthMarginNotTheRunawayProjection() {
    TrendChartData data = changesTrend(2);
    // Lowest 19 (trend start), highest 60 (target): span 41, margin 4.1. The projection to 127
    // is left out of the range.
    assertEquals(14.9, data.rangeLow(), 1e-9);
    assertEquals(64.1, data.rangeHigh(), 1e-9);
    assertEquals(OptionalDouble.of(60), data.target());
    // It leaves the axis at 64.1: (64.1 − 36) / (127 − 36) = 0.3088 of its 182 days, day 56
    // after 2026-10-05.
    assertEquals(
        Optional.of(
            new TrendChartData.Clip(
                new ChartPoint(d("2026-11-30"), 64.1), true, "\u2191 127 at this pace")),
        data.clip());
  }

  @Test
  void stepUpsAreDaysWhenTheChallengeRoseAboveEveryEarlierLevel() {
    // Level 1 first (a start, not a step-up), 2 on 09-22, back to 1 on 10-01, 3 twice on 10-05.
    assertEquals(
        List.of(
            new StepUp(d("2026-09-22"), 2, "barre chords"),
            new StepUp(d("2026-10-05"), 3, "songs at 70 bpm")),
        ChartSeries.stepUps(guitarAnalysis(), uk));
    assertEquals(ChartSeries.stepUps(guitarAnalysis(), uk), changesTrend(2).stepUps());
  }

  @Test
  void trendAltTextStatesBeforeAfterTargetProjectionAndStepUps() {
    assertEquals(
        "Clean chord changes per minute rose from 24 to 35.5 per min between weeks 36 and 41; target 60;"
            + " trend +3.5 a week, 127 per min by 5 Apr 2027 at this pace, target reached around 22 Nov 2026;"
            + " challenge raised to barre chords on 22 Sept 2026; challenge raised to songs at 70 bpm on 5 Oct 2026.",
        changesTrend(2).text().alt());
  }

  @Test
  void trendTableListsEveryWeekWithADashWhereThereIsNoValue() {
    ChartText text = changesTrend(2).text();
    assertEquals(
        List.of("Week", "Starts", "Clean chord changes per minute (per min)"), text.tableHeader());
    assertEquals(6, text.tableRows().size());
    assertEquals(List.of("2026-W36", "31 Aug 2026", "22"), text.tableRows().get(0));
    assertEquals(List.of("2026-W38", "14 Sept 2026", "\u2013"), text.tableRows().get(2));
  }

  @Test
  void numbersFollowTheLocale() {
    ChartWords german = new ChartWords(Locale.GERMANY);
    GoalAnalysis guitar = guitarAnalysis();
    String alt =
        new TrendDataPreparer(german)
            .prepare(guitar, guitar.metrics().get(0), 2)
            .orElseThrow()
            .text()
            .alt();
    assertTrue(alt.contains("von 24 auf 35,5 per min"), alt);
    String verdict =
        new BeforeAfterDataPreparer(german)
            .prepare(guitar, 2)
            .orElseThrow()
            .rows()
            .get(0)
            .verdictText();
    assertTrue(verdict.contains("+11,5 (+48\u00a0%)"), verdict);
  }

  @Test
  void tooEarlyMetricHasNoWindowsAndSaysHowManyWeeksAreMissing() {
    GoalAnalysis kitchen = kitchenAnalysis();
    TrendChartData data = trend.prepare(kitchen, kitchen.metrics().get(0), 2).orElseThrow();
    assertEquals(Optional.empty(), data.baselineWindow());
    assertEquals(Optional.empty(), data.currentWindow());
    assertEquals(Optional.empty(), data.trendLine());
    assertEquals(
        "Dishes cooked: 1 weekly value in week 41 of 2026, latest 2;"
            + " 3 more weeks needed for a before/after comparison.",
        data.text().alt());
  }

  @Test
  void metricWithoutAnyWeeklyValueHasNoTrendChart() {
    GoalAnalysis guitar = guitarAnalysis();
    MetricAnalysis empty =
        new MetricAnalysis(
            ChartFixtures.changes(),
            List.of(),
            List.of(),
            ChartFixtures.tooEarly(4),
            Optional.empty());
    assertEquals(Optional.empty(), trend.prepare(guitar, empty, 2));
  }

  @Test
  void beforeAfterListsMasteryFirstWithDirectionAndVerdictInWords() {
    GoalAnalysis guitar = guitarAnalysis();
    GoalAnalysis activityFirst =
        new GoalAnalysis(
            guitar.goal(),
            guitar.logs(),
            guitar.continuity(),
            guitar.evidence(),
            guitar.plateau(),
            List.of(guitar.metrics().get(1), guitar.metrics().get(0)));
    BeforeAfterChartData data = beforeAfter.prepare(activityFirst, 2).orElseThrow();
    assertEquals(
        List.of("changes", "minutes"),
        data.rows().stream().map(BeforeAfterChartData.Row::metricId).toList());
    BeforeAfterChartData.Row changes = data.rows().get(0);
    assertEquals(24, changes.baseline());
    assertEquals(35.5, changes.current());
    assertEquals("weeks 36\u201337", changes.baselineWeeks());
    assertEquals("weeks 40\u201341", changes.currentWeeks());
    assertEquals(Verdict.IMPROVED, changes.verdict());
    assertEquals("higher is better: improved +11.5 (+48%)", changes.verdictText());
    // Practice minutes is an activity metric: it goes up or down, it does not improve.
    assertEquals(Verdict.MORE, data.rows().get(1).verdict());
    assertEquals(
        "Before and after: Clean chord changes per minute went from 24 in weeks 36\u201337 to 35.5 per min"
            + " in weeks 40\u201341, higher is better: improved +11.5 (+48%); Practice minutes went from 15 in weeks"
            + " 36\u201337 to 25 min in weeks 40\u201341, more +10 (+67%).",
        data.text().alt());
    assertEquals(
        List.of(
            "Clean chord changes per minute",
            "24",
            "35.5",
            "+11.5",
            "+48%",
            "higher is better: improved +11.5 (+48%)"),
        data.text().tableRows().get(0));
    assertEquals("more +10 (+67%)", data.rows().get(1).verdictText());
  }

  @Test
  void anActivityThatFellReadsLessWithoutABetterDirection() {
    // Minutes from 51 to 33.5: −17.5, −17.5 / 51 × 100 = −34.3 %.
    BeforeAfterDescriber describer = new BeforeAfterDescriber(uk);
    Metric minutes = ChartFixtures.minutes();
    assertEquals(
        "less \u221217.5 (\u221234%)",
        describer.verdict(minutes, Verdict.LESS, -17.5, OptionalDouble.of(-17.5 / 51 * 100)));
    assertEquals(
        "unchanged", describer.verdict(minutes, Verdict.UNCHANGED, 0, OptionalDouble.empty()));
    assertEquals(
        "less \u22122", describer.verdict(minutes, Verdict.LESS, -2, OptionalDouble.empty()));
    assertEquals(
        "higher is better: slipped \u22122",
        describer.verdict(ChartFixtures.changes(), Verdict.SLIPPED, -2, OptionalDouble.empty()));
  }

  @Test
  void beforeAfterSaysSlippedWhenLowerIsBetterAndTheValueRose() {
    Metric pace =
        new Metric(
            "pace",
            "Pace",
            MetricKind.MASTERY,
            Better.LOWER,
            Aggregate.BEST,
            Optional.of("min/km"),
            OptionalDouble.empty());
    Goal run = ChartFixtures.goal("run", "Run 10 km", Optional.empty(), List.of(pace), List.of());
    MetricAnalysis paceAnalysis =
        new MetricAnalysis(
            pace,
            ChartFixtures.daily("2026-09-01", 6),
            ChartFixtures.weekly(d("2026-08-31"), 6.0, 6.0, 6.2, 6.4),
            ChartFixtures.ok(6, 6.3, false),
            Optional.empty());
    GoalAnalysis analysis =
        new GoalAnalysis(
            run,
            List.of(),
            new Continuity(4, 4, 0),
            new Evidence(4, 0, 1, false),
            Plateau.none(),
            List.of(paceAnalysis));
    BeforeAfterChartData.Row row = beforeAfter.prepare(analysis, 2).orElseThrow().rows().get(0);
    assertEquals(Verdict.SLIPPED, row.verdict());
    assertFalse(row.verdict().isGain());
    assertEquals("lower is better: slipped +0.3 (+5%)", row.verdictText());
  }

  @Test
  void beforeAfterIsAbsentWhenNoMetricHasAComparison() {
    assertEquals(Optional.empty(), beforeAfter.prepare(kitchenAnalysis(), 2));
  }

  @Test
  void activityCountsLogsAndMinimumStepDaysPerWeek() {
    ActivityChartData data =
        new ActivityDataPreparer(uk).prepare(guitarAnalysis(), ChartFixtures.TODAY, monday);
    assertEquals(
        List.of(
            new ActivityChartData.Week(new WeekId(2026, 36), d("2026-08-31"), 2, 0),
            new ActivityChartData.Week(new WeekId(2026, 37), d("2026-09-07"), 1, 1),
            new ActivityChartData.Week(new WeekId(2026, 38), d("2026-09-14"), 1, 1),
            new ActivityChartData.Week(new WeekId(2026, 39), d("2026-09-21"), 1, 0),
            new ActivityChartData.Week(new WeekId(2026, 40), d("2026-09-28"), 2, 0),
            new ActivityChartData.Week(new WeekId(2026, 41), d("2026-10-05"), 2, 1)),
        data.weeks());
    assertEquals(
        "Logs per week between weeks 36 and 41: 9 logs in 6 active weeks of 6, most in week 36 of 2026 (2);"
            + " minimum-step days: 3.",
        data.text().alt());
  }

  @Test
  void activityShowsAtMostTheLast26Weeks() {
    GoalAnalysis kitchen = kitchenAnalysis();
    GoalAnalysis old =
        new GoalAnalysis(
            kitchen.goal(),
            List.of(
                ChartFixtures.log("kitchen", "2025-12-01", null, false, Map.of()),
                ChartFixtures.log("kitchen", "2026-10-06", null, false, Map.of())),
            kitchen.continuity(),
            kitchen.evidence(),
            kitchen.plateau(),
            kitchen.metrics());
    ActivityChartData data = new ActivityDataPreparer(uk).prepare(old, ChartFixtures.TODAY, monday);
    assertEquals(26, data.weeks().size());
    assertEquals(d("2026-04-13"), data.weeks().get(0).start());
    assertEquals(1, data.weeks().stream().mapToInt(ActivityChartData.Week::logs).sum());
  }

  @Test
  void calendarHas53WeekColumnsEndingOnToday() {
    CalendarChartData data =
        new CalendarDataPreparer(uk).prepare(guitarAnalysis(), ChartFixtures.TODAY, monday);
    assertEquals(d("2025-10-06"), data.firstDay());
    // 52 full weeks and Monday to Wednesday of today's week.
    assertEquals(52 * 7 + 3, data.cells().size());
    assertEquals(
        new CalendarChartData.Cell(52, 0, d("2026-10-05"), 2),
        data.cells().get(data.cells().size() - 3));
    assertEquals(
        new CalendarChartData.Cell(52, 2, d("2026-10-07"), 0),
        data.cells().get(data.cells().size() - 1));
    assertEquals(
        new CalendarChartData.Cell(51, 3, d("2026-10-01"), 1), data.cells().get(51 * 7 + 3));
    assertEquals(9, data.cells().stream().mapToInt(CalendarChartData.Cell::count).sum());
    assertEquals(53, data.columnLabels().size());
    assertEquals("Oct", data.columnLabels().get(51));
    assertEquals("Mon", data.rowLabels().get(0));
    assertEquals(
        "Practice calendar from 6 Oct 2025 to 7 Oct 2026: logs on 8 days, 9 logs in all;"
            + " busiest day 5 Oct 2026 with 2 logs.",
        data.text().alt());
    // 1, 3, 8, 16, 22 and 29 September, one log each.
    assertEquals(List.of("September 2026", "6", "6"), data.text().tableRows().get(11));
  }

  @Test
  void calendarRowsFollowASundayWeekStart() {
    CalendarChartData data =
        new CalendarDataPreparer(uk)
            .prepare(guitarAnalysis(), ChartFixtures.TODAY, new WeekCalendar(WeekStart.SUNDAY));
    assertEquals(d("2025-10-05"), data.firstDay());
    assertEquals("Sun", data.rowLabels().get(0));
    assertEquals(
        new CalendarChartData.Cell(52, 1, d("2026-10-05"), 2),
        data.cells().get(data.cells().size() - 3));
  }

  @Test
  void sparklineUsesTheFirstMasteryMetricElseTheFirstMetric() {
    SparklineDataPreparer sparklines = new SparklineDataPreparer(uk);
    SparklineData guitar = sparklines.prepare(guitarAnalysis());
    assertEquals("changes", guitar.metricId());
    assertEquals(5, guitar.points().size());
    assertEquals(
        "Clean chord changes per minute, weekly: from 22 in week 36 of 2026 to 37 per min in week 41 of 2026;"
            + " lowest 22, highest 37.",
        guitar.text().alt());
    assertEquals("dishes", sparklines.prepare(kitchenAnalysis()).metricId());
  }

  @Test
  void shareImageLeadsWithTheFirstMasteryMetricsBeforeAndAfter() {
    ShareDataPreparer shares = new ShareDataPreparer(uk, beforeAfter);
    ShareImageData guitar = shares.prepare(guitarAnalysis(), "Progress portfolio", 2);
    assertEquals("24 \u2192 35.5 per min", guitar.headline());
    assertEquals(
        "Clean chord changes per minute, weeks 36\u201337 to weeks 40\u201341 \u00b7 higher is better:"
            + " improved +11.5 (+48%)",
        guitar.headlineNote());
    ShareImageData kitchen = shares.prepare(kitchenAnalysis(), "Progress portfolio", 2);
    assertEquals("2", kitchen.headline());
    assertEquals(
        "Participation only \u00b7 Dishes cooked, latest week \u00b7 before/after in 3 more weeks",
        kitchen.headlineNote());
  }
}
