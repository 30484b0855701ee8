package dev.cairn.analysis;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Monthly and yearly reviews: one per month (or year) with at least one log, oldest first. Months
 * and years are of local dates; weeks follow {@code week_start}.
 *
 * <p>A metric's value over a period is its daily values in the period combined by its aggregate
 * (the sum of a month's minutes, the best of a year's speeds). A period without an entry has no
 * value, except for {@code sum} metrics between the metric's first and last observation, where it
 * is 0.
 */
public final class PeriodReviewBuilder {

  private final WeekCalendar calendar;

  public PeriodReviewBuilder(WeekCalendar calendar) {
    this.calendar = calendar;
  }

  /** One goal's part of the {@code kind} reviews; {@link #merge} joins the goals' parts. */
  public record GoalPeriods(Optional<LocalDate> start, NavigableMap<Period, GoalPeriod> periods) {
    public GoalPeriods {
      Objects.requireNonNull(start);
      periods = Collections.unmodifiableNavigableMap(new TreeMap<>(periods));
    }
  }

  /** The reviews of every {@code kind} period holding a log of {@code goals}. */
  public List<PeriodReview> reviews(Period.Kind kind, List<GoalAnalysis> goals, LocalDate today) {
    return merge(goals.stream().map(g -> goalPeriods(kind, g, today)).toList(), today);
  }

  /**
   * One goal's part of every {@code kind} period holding one of its logs: a function of the goal's
   * analysis and the date alone, so a goal that did not change keeps it.
   */
  public GoalPeriods goalPeriods(Period.Kind kind, GoalAnalysis goal, LocalDate today) {
    Optional<LocalDate> start = startOf(goal);
    TreeMap<Period, List<Log>> own = new TreeMap<>();
    groupByPeriod(kind, goal.logs(), Log::date, l -> l, own);
    List<Map<Period, List<Double>>> values =
        goal.metrics().stream().map(ma -> valuesByPeriod(ma, kind)).toList();
    TreeMap<Period, GoalPeriod> periods = new TreeMap<>();
    Map<Period, ChallengeStep> steps = challengeSteps(own);
    own.forEach(
        (period, logs) ->
            periods.put(
                period,
                goalPeriod(
                    goal,
                    values,
                    start.orElseThrow(),
                    period,
                    logs,
                    Optional.ofNullable(steps.get(period)),
                    today)));
    return new GoalPeriods(start, periods);
  }

  /** The reviews of every period in the goals' parts, with the portfolio's active weeks. */
  public List<PeriodReview> merge(List<GoalPeriods> goals, LocalDate today) {
    TreeMap<Period, List<GoalPeriod>> periods = new TreeMap<>();
    LocalDate portfolioStart = null;
    for (GoalPeriods goal : goals) {
      Optional<LocalDate> start = goal.start();
      if (start.isPresent() && (portfolioStart == null || start.get().isBefore(portfolioStart))) {
        portfolioStart = start.get();
      }
      goal.periods()
          .forEach(
              (period, part) -> periods.computeIfAbsent(period, p -> new ArrayList<>()).add(part));
    }
    List<PeriodReview> reviews = new ArrayList<>();
    for (var entry : periods.entrySet()) {
      Period period = entry.getKey();
      List<Log> logs = new ArrayList<>();
      entry.getValue().forEach(g -> logs.addAll(g.logs()));
      reviews.add(
          new PeriodReview(
              period, entry.getValue(), activeWeeks(period, portfolioStart, logs, today)));
    }
    return reviews;
  }

  /**
   * {@code values}: each of the goal's metrics' daily values by period, in the goal's order; {@code
   * since}: the day the goal's weeks are counted from.
   */
  private GoalPeriod goalPeriod(
      GoalAnalysis goal,
      List<Map<Period, List<Double>>> values,
      LocalDate since,
      Period period,
      List<Log> logs,
      Optional<ChallengeStep> challengeStep,
      LocalDate today) {
    List<MetricComparison> metrics = new ArrayList<>();
    for (int i = 0; i < goal.metrics().size(); i++) {
      MetricAnalysis ma = goal.metrics().get(i);
      Map<Period, List<Double>> byPeriod = values.get(i);
      metrics.add(
          MetricComparison.of(
              ma.metric(),
              value(ma, period, byPeriod.get(period)),
              value(ma, period.previous(), byPeriod.get(period.previous()))));
    }
    metrics.sort(Comparator.comparing(c -> !c.metric().isMastery()));
    return new GoalPeriod(
        goal.goal(),
        logs,
        logs.stream().filter(EvidenceCalculator::hasWin).toList(),
        logs.stream().filter(l -> l.milestone().isPresent()).toList(),
        List.copyOf(metrics),
        activeWeeks(period, since, logs, today),
        challengeStep);
  }

  /** The metric's value over {@code period}, as the class comment defines it. */
  static OptionalDouble value(MetricAnalysis ma, Period period) {
    return value(ma, period, valuesByPeriod(ma, period.kind()).get(period));
  }

  /**
   * The metric's value over {@code period}, given its daily values in that period ({@code null} for
   * none): grouping the daily values once per metric keeps a long portfolio's months cheap.
   */
  private static OptionalDouble value(MetricAnalysis ma, Period period, List<Double> values) {
    Metric m = ma.metric();
    if (values != null) {
      return OptionalDouble.of(AggregateCombiner.combine(m.aggregate(), m.better(), values));
    }
    if (m.aggregate() != Aggregate.SUM || ma.daily().isEmpty()) return OptionalDouble.empty();
    LocalDate first = ma.daily().get(0).date();
    LocalDate last = ma.daily().get(ma.daily().size() - 1).date();
    boolean between = period.start().isAfter(first) && period.end().isBefore(last);
    return between ? OptionalDouble.of(0) : OptionalDouble.empty();
  }

  /** The metric's daily values by {@code kind} period, in date order within each. */
  private static Map<Period, List<Double>> valuesByPeriod(MetricAnalysis ma, Period.Kind kind) {
    Map<Period, List<Double>> byPeriod = new HashMap<>();
    groupByPeriod(kind, ma.daily(), DailyValue::date, DailyValue::value, byPeriod);
    return byPeriod;
  }

  /**
   * Puts the value of each of {@code items} (in date order) into {@code into} under its {@code
   * kind} period, looking a period up once per run of items in it.
   */
  private static <T, V> void groupByPeriod(
      Period.Kind kind,
      List<T> items,
      Function<T, LocalDate> date,
      Function<T, V> value,
      Map<Period, List<V>> into) {
    Period current = null;
    List<V> values = null;
    for (T item : items) {
      Period period = periodOf(kind, date.apply(item), current);
      if (period != current) {
        current = period;
        values = into.computeIfAbsent(current, p -> new ArrayList<>());
      }
      values.add(value.apply(item));
    }
  }

  /** The period of {@code day}: {@code last} again when it holds the day (dates come in order). */
  private static Period periodOf(Period.Kind kind, LocalDate day, Period last) {
    return last != null && last.contains(day) ? last : Period.of(kind, day);
  }

  /**
   * The day a goal's weeks are counted from: {@code started} or its first log, whichever is
   * earlier; empty for a goal without either.
   */
  private static Optional<LocalDate> startOf(GoalAnalysis goal) {
    Optional<LocalDate> firstLog = goal.logs().stream().map(Log::date).min(LocalDate::compareTo);
    Optional<LocalDate> started = goal.goal().started();
    if (started.isEmpty()) return firstLog;
    if (firstLog.isEmpty()) return started;
    return Optional.of(started.get().isBefore(firstLog.get()) ? started.get() : firstLog.get());
  }

  /**
   * Active weeks among the weeks overlapping {@code period} from the week of {@code since} (if
   * later than the period's start: no one is asked about weeks before they began) up to the later
   * of the reference date and the last log, and the longest run of them.
   */
  ActiveWeeks activeWeeks(Period period, LocalDate since, List<Log> logs, LocalDate today) {
    SortedSet<LocalDate> active = new TreeSet<>();
    LocalDate lastLog = period.start();
    for (Log log : logs) {
      active.add(calendar.startOf(log.date()));
      if (log.date().isAfter(lastLog)) lastLog = log.date();
    }
    LocalDate until = today.isAfter(lastLog) ? today : lastLog;
    if (until.isAfter(period.end())) until = period.end();
    int longest = 0;
    int run = 0;
    LocalDate previous = null;
    for (LocalDate start : active) {
      run = previous != null && previous.plusWeeks(1).equals(start) ? run + 1 : 1;
      longest = Math.max(longest, run);
      previous = start;
    }
    LocalDate from = since.isAfter(period.start()) ? since : period.start();
    return new ActiveWeeks(active.size(), calendar.weeksBetween(from, until), longest);
  }

  /**
   * The periods in which the goal's highest challenge level rose above the highest of every log
   * before the period; {@code logs} by period, in order.
   */
  private static Map<Period, ChallengeStep> challengeSteps(NavigableMap<Period, List<Log>> logs) {
    Map<Period, ChallengeStep> steps = new HashMap<>();
    int before = 0;
    for (var entry : logs.entrySet()) {
      int during = highest(entry.getValue());
      if (during > before) {
        steps.put(entry.getKey(), new ChallengeStep(before, during));
        before = during;
      }
    }
    return steps;
  }

  private static int highest(List<Log> logs) {
    return logs.stream()
        .map(Log::challenge)
        .filter(OptionalInt::isPresent)
        .mapToInt(OptionalInt::getAsInt)
        .max()
        .orElse(0);
  }
}
