package dev.cairn.chart;

import dev.cairn.analysis.BeforeAfter;
import dev.cairn.analysis.Continuity;
import dev.cairn.analysis.DailyValue;
import dev.cairn.analysis.Evidence;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.Plateau;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.analysis.Trend;
import dev.cairn.analysis.WeekId;
import dev.cairn.analysis.WeeklyValue;
import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Goal;
import dev.cairn.model.GoalStatus;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A small hand-built portfolio: the guitar goal of docs/content.md over weeks 36 to 41 of 2026 with
 * today 2026-10-07, and a participation-only kitchen goal with a single log.
 */
final class ChartFixtures {

  static final LocalDate TODAY = LocalDate.of(2026, 10, 7);
  static final LocalDate LAST_OBSERVATION = LocalDate.of(2026, 10, 5);

  private ChartFixtures() {}

  static Metric changes() {
    return new Metric(
        "changes",
        "Clean chord changes per minute",
        MetricKind.MASTERY,
        Better.HIGHER,
        Aggregate.BEST,
        Optional.of("per min"),
        OptionalDouble.of(60));
  }

  static Metric minutes() {
    return new Metric(
        "minutes",
        "Practice minutes",
        MetricKind.ACTIVITY,
        Better.HIGHER,
        Aggregate.SUM,
        Optional.of("min"),
        OptionalDouble.empty());
  }

  static Goal guitar() {
    return goal(
        "guitar",
        "Play guitar with friends",
        Optional.of("In six months I can play ten songs start to finish at 90 bpm"),
        List.of(changes(), minutes()),
        List.of("open chords", "barre chords", "songs at 70 bpm", "songs at 90 bpm"));
  }

  static Goal goal(
      String slug,
      String title,
      Optional<String> capability,
      List<Metric> metrics,
      List<String> levels) {
    return new Goal(
        slug,
        "content/goals/" + slug + ".md",
        title,
        Optional.empty(),
        capability,
        Optional.of(LocalDate.of(2026, 8, 31)),
        Optional.of("Two minutes of one chord change"),
        GoalStatus.ACTIVE,
        false,
        metrics,
        levels,
        "",
        Map.of());
  }

  static Log log(
      String goal, String date, Integer challenge, boolean minStep, Map<String, Double> values) {
    return log(goal, date, "", challenge, minStep, values);
  }

  static Log log(
      String goal,
      String date,
      String suffix,
      Integer challenge,
      boolean minStep,
      Map<String, Double> values) {
    String name = date + "-" + goal + suffix;
    return new Log(
        "content/logs/" + name + ".md",
        name,
        LocalDate.parse(date),
        goal,
        Optional.of("a win"),
        Optional.empty(),
        new LinkedHashMap<>(values),
        challenge == null ? OptionalInt.empty() : OptionalInt.of(challenge),
        minStep,
        List.of(),
        false,
        false,
        "",
        Map.of());
  }

  static List<Log> guitarLogs() {
    return List.of(
        log("guitar", "2026-09-01", 1, false, Map.of("changes", 20.0, "minutes", 10.0)),
        log("guitar", "2026-09-03", 1, false, Map.of("changes", 22.0, "minutes", 15.0)),
        log("guitar", "2026-09-08", 1, true, Map.of("changes", 26.0, "minutes", 5.0)),
        log("guitar", "2026-09-16", null, true, Map.of("minutes", 2.0)),
        log("guitar", "2026-09-22", 2, false, Map.of("changes", 30.0, "minutes", 20.0)),
        log("guitar", "2026-09-29", 2, false, Map.of("changes", 31.0, "minutes", 15.0)),
        log("guitar", "2026-10-01", 1, false, Map.of("changes", 34.0, "minutes", 10.0)),
        log("guitar", "2026-10-05", 3, false, Map.of("changes", 37.0, "minutes", 20.0)),
        log("guitar", "2026-10-05", "-2", 3, true, Map.of("minutes", 5.0)));
  }

  /** Weekly values from the Monday {@code first} on; null is a week without value. */
  static List<WeeklyValue> weekly(LocalDate first, Double... values) {
    List<WeeklyValue> weeks = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      LocalDate start = first.plusWeeks(i);
      WeekId id =
          new WeekId(
              start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      weeks.add(
          new WeeklyValue(
              id,
              start,
              values[i] == null ? OptionalDouble.empty() : OptionalDouble.of(values[i])));
    }
    return weeks;
  }

  static List<DailyValue> daily(Object... dateValuePairs) {
    List<DailyValue> days = new ArrayList<>();
    for (int i = 0; i < dateValuePairs.length; i += 2) {
      days.add(
          new DailyValue(
              LocalDate.parse((String) dateValuePairs[i]),
              ((Number) dateValuePairs[i + 1]).doubleValue()));
    }
    return days;
  }

  static BeforeAfter ok(double baseline, double current, boolean improved) {
    double change = current - baseline;
    return new BeforeAfter(
        BeforeAfter.Status.OK,
        OptionalDouble.of(baseline),
        OptionalDouble.of(current),
        OptionalDouble.of(change),
        baseline == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of(change / Math.abs(baseline) * 100),
        Optional.of(improved),
        0);
  }

  static BeforeAfter tooEarly(int weeksNeeded) {
    return new BeforeAfter(
        BeforeAfter.Status.TOO_EARLY,
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        weeksNeeded);
  }

  /** A line through 36 on the last observation, rising half a unit a day. */
  static Trend changesTrend() {
    double intercept = 36 - 0.5 * LAST_OBSERVATION.toEpochDay();
    return new Trend(
        0.5,
        intercept,
        7,
        127,
        LAST_OBSERVATION.plusDays(182),
        Optional.of(LocalDate.of(2026, 11, 22)));
  }

  static MetricAnalysis changesAnalysis() {
    return new MetricAnalysis(
        changes(),
        daily(
            "2026-09-01",
            20,
            "2026-09-03",
            22,
            "2026-09-08",
            26,
            "2026-09-22",
            30,
            "2026-09-29",
            31,
            "2026-10-01",
            34,
            "2026-10-05",
            37),
        weekly(LocalDate.of(2026, 8, 31), 22.0, 26.0, null, 30.0, 34.0, 37.0),
        ok(24, 35.5, true),
        Optional.of(changesTrend()));
  }

  static MetricAnalysis minutesAnalysis() {
    return new MetricAnalysis(
        minutes(),
        daily(
            "2026-09-01",
            10,
            "2026-09-03",
            15,
            "2026-09-08",
            5,
            "2026-09-16",
            2,
            "2026-09-22",
            20,
            "2026-09-29",
            15,
            "2026-10-01",
            10,
            "2026-10-05",
            25),
        weekly(LocalDate.of(2026, 8, 31), 25.0, 5.0, 2.0, 20.0, 25.0, 25.0),
        ok(15, 25, true),
        Optional.empty());
  }

  static GoalAnalysis guitarAnalysis() {
    return new GoalAnalysis(
        guitar(),
        guitarLogs(),
        new Continuity(6, 6, 3),
        new Evidence(9, 9, 7 / 9.0, false),
        Plateau.none(),
        List.of(changesAnalysis(), minutesAnalysis()));
  }

  static GoalAnalysis kitchenAnalysis() {
    Metric days =
        new Metric(
            "dishes",
            "Dishes cooked",
            MetricKind.ACTIVITY,
            Better.HIGHER,
            Aggregate.SUM,
            Optional.empty(),
            OptionalDouble.empty());
    Goal kitchen = goal("kitchen", "Cook at home", Optional.empty(), List.of(days), List.of());
    MetricAnalysis dishes =
        new MetricAnalysis(
            days,
            daily("2026-10-06", 2),
            weekly(LocalDate.of(2026, 10, 5), 2.0),
            tooEarly(3),
            Optional.empty());
    return new GoalAnalysis(
        kitchen,
        List.of(log("kitchen", "2026-10-06", null, false, Map.of("dishes", 2.0))),
        new Continuity(1, 6, 0),
        new Evidence(1, 1, 0, true),
        Plateau.none(),
        List.of(dishes));
  }

  static PortfolioAnalysis portfolio() {
    return new PortfolioAnalysis(TODAY, List.of(kitchenAnalysis(), guitarAnalysis()), List.of());
  }
}
