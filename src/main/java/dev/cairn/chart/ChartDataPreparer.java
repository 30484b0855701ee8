package dev.cairn.chart;

import dev.cairn.analysis.BeforeAfter;
import dev.cairn.analysis.DailyValue;
import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.analysis.Trend;
import dev.cairn.analysis.WeekId;
import dev.cairn.analysis.WeeklyValue;
import dev.cairn.chart.TrendChartData.Segment;
import dev.cairn.chart.TrendChartData.StepUp;
import dev.cairn.chart.TrendChartData.WeekWindow;
import dev.cairn.model.Better;
import dev.cairn.model.Log;
import dev.cairn.model.Metric;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns analysis results into the series, markers, ranges and words of each chart, without drawing
 * anything.
 */
final class ChartDataPreparer {

  /** Days covered by the Theil–Sen line: the last observation's day and the 55 before it. */
  static final int TREND_DAYS = 56;

  /** Weeks shown at most by the weekly activity chart. */
  static final int ACTIVITY_WEEKS = 26;

  private static final String NO_VALUE = "\u2013";

  private final FigureFormatter format;

  ChartDataPreparer(FigureFormatter format) {
    this.format = format;
  }

  // ---------------------------------------------------------------- trend

  /** The trend chart of one metric, or empty when the metric has no weekly value at all. */
  Optional<TrendChartData> trend(GoalAnalysis goal, MetricAnalysis metric, int windowWeeks) {
    Metric m = metric.metric();
    List<WeeklyValue> weeks = metric.weekly();
    List<ChartPoint> points = presentValues(weeks);
    if (points.isEmpty()) return Optional.empty();
    String unit = m.unit().orElse("");

    Optional<WeekWindow> baselineWindow = Optional.empty();
    Optional<WeekWindow> currentWindow = Optional.empty();
    BeforeAfter ba = metric.beforeAfter();
    if (ba.isOk() && weeks.size() >= 2 * windowWeeks) {
      baselineWindow =
          Optional.of(
              new WeekWindow(weeks.get(0).start(), weeks.get(windowWeeks - 1).start(), "before"));
      currentWindow =
          Optional.of(
              new WeekWindow(
                  weeks.get(weeks.size() - windowWeeks).start(),
                  weeks.get(weeks.size() - 1).start(),
                  "after"));
    }

    Optional<Segment> trendLine = Optional.empty();
    Optional<Segment> projection = Optional.empty();
    Optional<LocalDate> lastObservation =
        metric.daily().stream().map(DailyValue::date).max(Comparator.naturalOrder());
    if (metric.trend().isPresent() && lastObservation.isPresent()) {
      Trend t = metric.trend().get();
      LocalDate last = lastObservation.get();
      LocalDate windowStart = last.minusDays(TREND_DAYS - 1);
      // The line is drawn where it was fitted: from the first daily value inside the 56 days.
      LocalDate first =
          metric.daily().stream()
              .map(DailyValue::date)
              .filter(d -> !d.isBefore(windowStart))
              .min(Comparator.naturalOrder())
              .orElse(windowStart);
      ChartPoint end = new ChartPoint(last, t.valueOn(last));
      trendLine = Optional.of(new Segment(new ChartPoint(first, t.valueOn(first)), end));
      projection =
          Optional.of(new Segment(end, new ChartPoint(t.projectionDate(), t.projection())));
    }

    LocalDate domainStart = weeks.get(0).start();
    LocalDate domainEnd = weeks.get(weeks.size() - 1).start();
    if (trendLine.isPresent()) domainStart = min(domainStart, trendLine.get().from().date());
    if (projection.isPresent()) domainEnd = max(domainEnd, projection.get().to().date());
    LocalDate from = domainStart;
    LocalDate to = domainEnd;
    List<StepUp> stepUps =
        stepUps(goal).stream()
            .filter(s -> !s.date().isBefore(from) && !s.date().isAfter(to))
            .toList();

    List<Double> values = new ArrayList<>();
    points.forEach(p -> values.add(p.value()));
    m.target().ifPresent(values::add);
    trendLine.ifPresent(s -> values.addAll(List.of(s.from().value(), s.to().value())));
    projection.ifPresent(s -> values.add(s.to().value()));
    double[] range = paddedRange(values);

    ChartText text = trendText(goal, metric, points, stepUps, windowWeeks);
    return Optional.of(
        new TrendChartData(
            goal.goal().slug(),
            m.id(),
            m.label(),
            unit,
            points,
            m.target(),
            baselineWindow,
            currentWindow,
            trendLine,
            projection,
            stepUps,
            domainStart,
            domainEnd,
            range[0],
            range[1],
            text));
  }

  private ChartText trendText(
      GoalAnalysis goal,
      MetricAnalysis metric,
      List<ChartPoint> points,
      List<StepUp> stepUps,
      int windowWeeks) {
    Metric m = metric.metric();
    String unit = m.unit().orElse("");
    List<WeeklyValue> weeks = metric.weekly();
    WeekId firstWeek = weeks.get(0).week();
    WeekId lastWeek = weeks.get(weeks.size() - 1).week();
    StringBuilder alt = new StringBuilder(m.label());
    BeforeAfter ba = metric.beforeAfter();
    if (ba.isOk() && ba.baseline().isPresent() && ba.current().isPresent()) {
      double baseline = ba.baseline().getAsDouble();
      double current = ba.current().getAsDouble();
      String verb =
          format.number(current).equals(format.number(baseline))
              ? "held"
              : current > baseline ? "rose" : "fell";
      alt.append(' ')
          .append(verb)
          .append(" from ")
          .append(format.number(baseline))
          .append(" to ")
          .append(format.withUnit(current, unit))
          .append(" between ")
          .append(weekPair(firstWeek, lastWeek));
    } else {
      ChartPoint latest = points.get(points.size() - 1);
      alt.append(": ")
          .append(points.size())
          .append(points.size() == 1 ? " weekly value" : " weekly values")
          .append(
              firstWeek.equals(lastWeek)
                  ? " in " + weekName(firstWeek)
                  : " between " + weekPair(firstWeek, lastWeek))
          .append(", latest ")
          .append(format.withUnit(latest.value(), unit));
      if (!ba.isOk() && ba.weeksNeeded() > 0) {
        alt.append("; ")
            .append(ba.weeksNeeded())
            .append(ba.weeksNeeded() == 1 ? " more week" : " more weeks")
            .append(" needed for a before/after comparison");
      }
    }
    m.target().ifPresent(t -> alt.append("; target ").append(format.number(t)));
    metric
        .trend()
        .ifPresent(
            t -> {
              alt.append("; trend ")
                  .append(format.signed(t.slopePerDay() * 7))
                  .append(" a week, ")
                  .append(format.withUnit(t.projection(), unit))
                  .append(" by ")
                  .append(format.date(t.projectionDate()))
                  .append(" at this pace");
              t.eta()
                  .ifPresent(
                      eta -> alt.append(", target reached around ").append(format.date(eta)));
            });
    for (StepUp s : stepUps) {
      alt.append("; challenge raised to ")
          .append(s.label())
          .append(" on ")
          .append(format.date(s.date()));
    }
    alt.append('.');

    List<String> parts = new ArrayList<>();
    parts.add(
        "Weekly "
            + lowerFirst(m.label())
            + (unit.isEmpty() ? "" : " (" + unit + ")")
            + ", solid line with dots");
    if (m.target().isPresent()) parts.add("target: dashed line");
    if (ba.isOk()) parts.add("before and after windows shaded and labelled");
    if (metric.trend().isPresent())
      parts.add("56-day trend: thin line, six-month projection: dotted");
    if (!stepUps.isEmpty()) parts.add("challenge step-ups: vertical lines");
    String caption = String.join("; ", parts) + ".";

    List<String> header =
        List.of("Week", "Starts", m.label() + (unit.isEmpty() ? "" : " (" + unit + ")"));
    List<List<String>> rows = new ArrayList<>();
    for (WeeklyValue w : weeks) {
      rows.add(
          List.of(
              w.week().toString(),
              format.date(w.start()),
              w.value().isPresent() ? format.number(w.value().getAsDouble()) : NO_VALUE));
    }
    return new ChartText(alt.toString(), caption, header, rows);
  }

  /**
   * Days on which a log's challenge level rose above every earlier level of the goal; the first
   * level logged is a start, not a step-up.
   */
  static List<StepUp> stepUps(GoalAnalysis goal) {
    List<Log> logs =
        goal.logs().stream()
            .filter(l -> l.challenge().isPresent())
            .sorted(Comparator.comparing(Log::date).thenComparing(Log::sourcePath))
            .toList();
    TreeMap<LocalDate, Integer> byDay = new TreeMap<>();
    OptionalInt highest = OptionalInt.empty();
    for (Log log : logs) {
      int level = log.challenge().getAsInt();
      if (highest.isPresent() && level > highest.getAsInt())
        byDay.merge(log.date(), level, Math::max);
      if (highest.isEmpty() || level > highest.getAsInt()) highest = OptionalInt.of(level);
    }
    List<StepUp> result = new ArrayList<>();
    byDay.forEach(
        (day, level) ->
            result.add(
                new StepUp(day, level, goal.goal().levelName(level).orElse("level " + level))));
    return result;
  }

  // ---------------------------------------------------------------- before/after

  /** The before/after chart of a goal, or empty when no metric has a comparison yet. */
  Optional<BeforeAfterChartData> beforeAfter(GoalAnalysis goal, int windowWeeks) {
    List<BeforeAfterChartData.Row> rows = new ArrayList<>();
    for (MetricAnalysis metric : masteryFirst(goal.metrics())) {
      BeforeAfter ba = metric.beforeAfter();
      if (!ba.isOk() || ba.baseline().isEmpty() || ba.current().isEmpty()) continue;
      Metric m = metric.metric();
      List<WeeklyValue> weeks = metric.weekly();
      double baseline = ba.baseline().getAsDouble();
      double current = ba.current().getAsDouble();
      double change = ba.change().orElse(current - baseline);
      boolean improved =
          ba.improved().orElse(m.better() == Better.HIGHER ? change > 0 : change < 0);
      String direction = m.better() == Better.HIGHER ? "higher is better" : "lower is better";
      String verdict;
      if (format.number(change).equals(format.number(0))) {
        verdict = direction + ": unchanged";
      } else {
        verdict =
            direction
                + ": "
                + (improved ? "improved " : "slipped ")
                + format.signed(change)
                + (ba.changePct().isPresent()
                    ? " (" + format.signedPercent(ba.changePct().getAsDouble()) + ")"
                    : "");
      }
      int n = weeks.size();
      int w = Math.min(windowWeeks, n);
      rows.add(
          new BeforeAfterChartData.Row(
              m.id(),
              m.label(),
              m.unit().orElse(""),
              m.better(),
              baseline,
              current,
              change,
              ba.changePct(),
              improved,
              weekSpan(weeks.get(0).week(), weeks.get(w - 1).week()),
              weekSpan(weeks.get(n - w).week(), weeks.get(n - 1).week()),
              verdict));
    }
    if (rows.isEmpty()) return Optional.empty();

    List<String> sentences = new ArrayList<>();
    List<List<String>> table = new ArrayList<>();
    for (BeforeAfterChartData.Row r : rows) {
      sentences.add(
          r.label()
              + " went from "
              + format.number(r.baseline())
              + " in "
              + r.baselineWeeks()
              + " to "
              + format.withUnit(r.current(), r.unit())
              + " in "
              + r.currentWeeks()
              + ", "
              + r.verdict());
      table.add(
          List.of(
              r.label(),
              format.number(r.baseline()),
              format.number(r.current()),
              format.signed(r.change()),
              r.changePct().isPresent()
                  ? format.signedPercent(r.changePct().getAsDouble())
                  : NO_VALUE,
              r.verdict()));
    }
    String alt = "Before and after: " + String.join("; ", sentences) + ".";
    String caption =
        "Mean of the first "
            + weeksWord(windowWeeks)
            + " (before, grey) against the last "
            + weeksWord(windowWeeks)
            + " (after, coloured), one panel per metric, mastery first.";
    return Optional.of(
        new BeforeAfterChartData(
            goal.goal().slug(),
            rows,
            new ChartText(
                alt,
                caption,
                List.of("Metric", "Before", "After", "Change", "Change %", "Verdict"),
                table)));
  }

  // ---------------------------------------------------------------- activity

  /**
   * Logs and minimum-step days per week, from the first log's week (at most 26 weeks back) to
   * today's.
   */
  ActivityChartData activity(GoalAnalysis goal, LocalDate today, DayOfWeek weekStart) {
    LocalDate lastWeek = weekStartOf(today, weekStart);
    Optional<LocalDate> lastLog =
        goal.logs().stream().map(Log::date).max(Comparator.naturalOrder());
    if (lastLog.isPresent()) lastWeek = max(lastWeek, weekStartOf(lastLog.get(), weekStart));
    LocalDate firstWeek =
        goal.logs().stream()
            .map(Log::date)
            .min(Comparator.naturalOrder())
            .map(d -> weekStartOf(d, weekStart))
            .orElse(lastWeek);
    firstWeek = max(firstWeek, lastWeek.minusWeeks(ACTIVITY_WEEKS - 1));

    Map<LocalDate, List<Log>> byWeek =
        goal.logs().stream()
            .collect(
                Collectors.groupingBy(
                    l -> weekStartOf(l.date(), weekStart), TreeMap::new, Collectors.toList()));
    List<ActivityChartData.Week> weeks = new ArrayList<>();
    for (LocalDate start = firstWeek; !start.isAfter(lastWeek); start = start.plusWeeks(1)) {
      List<Log> logs = byWeek.getOrDefault(start, List.of());
      int minStepDays = (int) logs.stream().filter(Log::minStep).map(Log::date).distinct().count();
      weeks.add(
          new ActivityChartData.Week(weekId(start, weekStart), start, logs.size(), minStepDays));
    }

    int totalLogs = weeks.stream().mapToInt(ActivityChartData.Week::logs).sum();
    int activeWeeks = (int) weeks.stream().filter(w -> w.logs() > 0).count();
    int minStepDays = weeks.stream().mapToInt(ActivityChartData.Week::minStepDays).sum();
    WeekId first = weeks.get(0).week();
    WeekId last = weeks.get(weeks.size() - 1).week();
    StringBuilder alt =
        new StringBuilder("Logs per week")
            .append(
                first.equals(last) ? " in " + weekName(first) : " between " + weekPair(first, last))
            .append(": ")
            .append(totalLogs)
            .append(totalLogs == 1 ? " log" : " logs")
            .append(" in ")
            .append(activeWeeks)
            .append(activeWeeks == 1 ? " active week" : " active weeks")
            .append(" of ")
            .append(weeks.size());
    weeks.stream()
        .max(
            Comparator.comparingInt(ActivityChartData.Week::logs)
                .thenComparing(ActivityChartData.Week::start, Comparator.reverseOrder()))
        .filter(w -> w.logs() > 0)
        .ifPresent(
            w ->
                alt.append(", most in ")
                    .append(weekName(w.week()))
                    .append(" (")
                    .append(w.logs())
                    .append(')'));
    alt.append("; minimum-step days: ").append(minStepDays).append('.');
    List<List<String>> rows =
        weeks.stream()
            .map(
                w ->
                    List.of(
                        w.week().toString(),
                        format.date(w.start()),
                        String.valueOf(w.logs()),
                        String.valueOf(w.minStepDays())))
            .toList();
    return new ActivityChartData(
        goal.goal().slug(),
        weeks,
        new ChartText(
            alt.toString(),
            "Logs per week (left bar of each pair) and days with the minimum step (right bar).",
            List.of("Week", "Starts", "Logs", "Minimum-step days"),
            rows));
  }

  // ---------------------------------------------------------------- calendar

  /** The year calendar of days with logs, ending with {@code today}. */
  CalendarChartData calendar(GoalAnalysis goal, LocalDate today, DayOfWeek weekStart) {
    LocalDate firstDay = weekStartOf(today, weekStart).minusWeeks(CalendarChartData.COLUMNS - 1);
    Map<LocalDate, Long> counts =
        goal.logs().stream()
            .filter(l -> !l.date().isBefore(firstDay) && !l.date().isAfter(today))
            .collect(Collectors.groupingBy(Log::date, TreeMap::new, Collectors.counting()));
    List<CalendarChartData.Cell> cells = new ArrayList<>();
    List<String> columnLabels = new ArrayList<>();
    for (int column = 0; column < CalendarChartData.COLUMNS; column++) {
      LocalDate columnStart = firstDay.plusWeeks(column);
      String label = "";
      for (int row = 0; row < CalendarChartData.ROWS; row++) {
        LocalDate day = columnStart.plusDays(row);
        if (day.getDayOfMonth() == 1) label = format.month(day);
        if (!day.isAfter(today)) {
          cells.add(
              new CalendarChartData.Cell(
                  column, row, day, counts.getOrDefault(day, 0L).intValue()));
        }
      }
      columnLabels.add(label);
    }
    List<String> rowLabels = new ArrayList<>();
    for (int row = 0; row < CalendarChartData.ROWS; row++) {
      rowLabels.add(weekStart.plus(row).getDisplayName(TextStyle.SHORT, format.locale()));
    }

    int activeDays = counts.size();
    long logs = counts.values().stream().mapToLong(Long::longValue).sum();
    StringBuilder alt =
        new StringBuilder("Practice calendar from ")
            .append(format.date(firstDay))
            .append(" to ")
            .append(format.date(today))
            .append(": logs on ")
            .append(activeDays)
            .append(activeDays == 1 ? " day" : " days")
            .append(", ")
            .append(logs)
            .append(logs == 1 ? " log" : " logs")
            .append(" in all");
    Optional<Map.Entry<LocalDate, Long>> busiest = Optional.empty();
    for (Map.Entry<LocalDate, Long> e : counts.entrySet()) {
      if (busiest.isEmpty() || e.getValue() > busiest.get().getValue()) busiest = Optional.of(e);
    }
    busiest
        .filter(e -> e.getValue() > 1)
        .ifPresent(
            e ->
                alt.append("; busiest day ")
                    .append(format.date(e.getKey()))
                    .append(" with ")
                    .append(e.getValue())
                    .append(" logs"));
    alt.append('.');

    TreeMap<LocalDate, long[]> months = new TreeMap<>();
    for (LocalDate d = firstDay.withDayOfMonth(1); !d.isAfter(today); d = d.plusMonths(1))
      months.put(d, new long[2]);
    counts.forEach(
        (day, n) -> {
          long[] m = months.get(day.withDayOfMonth(1));
          m[0]++;
          m[1] += n;
        });
    List<List<String>> rows = new ArrayList<>();
    months.forEach(
        (month, m) ->
            rows.add(List.of(format.monthYear(month), String.valueOf(m[0]), String.valueOf(m[1]))));
    return new CalendarChartData(
        goal.goal().slug(),
        firstDay,
        today,
        cells,
        columnLabels,
        rowLabels,
        new ChartText(
            alt.toString(),
            "One square per day for a year, one column per week; darker squares hold more logs (1, 2, 3 or more).",
            List.of("Month", "Days with logs", "Logs"),
            rows));
  }

  // ---------------------------------------------------------------- sparkline

  /**
   * The weekly values of the goal's headline metric: the first mastery metric, else the first
   * metric.
   */
  SparklineData sparkline(GoalAnalysis goal) {
    Optional<MetricAnalysis> headline = headlineMetric(goal);
    if (headline.isEmpty()) {
      return new SparklineData(
          goal.goal().slug(),
          "",
          List.of(),
          new ChartText("No measurements yet.", "", List.of(), List.of()));
    }
    MetricAnalysis metric = headline.get();
    Metric m = metric.metric();
    String unit = m.unit().orElse("");
    List<ChartPoint> points = presentValues(metric.weekly());
    String alt;
    if (points.isEmpty()) {
      alt = m.label() + ": no values yet.";
    } else {
      List<WeeklyValue> present =
          metric.weekly().stream().filter(w -> w.value().isPresent()).toList();
      WeeklyValue first = present.get(0);
      WeeklyValue last = present.get(present.size() - 1);
      double high = points.stream().mapToDouble(ChartPoint::value).max().orElseThrow();
      double low = points.stream().mapToDouble(ChartPoint::value).min().orElseThrow();
      alt =
          points.size() == 1
              ? m.label()
                  + ", weekly: "
                  + format.withUnit(first.value().getAsDouble(), unit)
                  + " in "
                  + weekName(first.week())
                  + "."
              : m.label()
                  + ", weekly: from "
                  + format.number(first.value().getAsDouble())
                  + " in "
                  + weekName(first.week())
                  + " to "
                  + format.withUnit(last.value().getAsDouble(), unit)
                  + " in "
                  + weekName(last.week())
                  + "; lowest "
                  + format.number(low)
                  + ", highest "
                  + format.number(high)
                  + ".";
    }
    List<List<String>> rows =
        metric.weekly().stream()
            .map(
                w ->
                    List.of(
                        w.week().toString(),
                        w.value().isPresent() ? format.number(w.value().getAsDouble()) : NO_VALUE))
            .toList();
    return new SparklineData(
        goal.goal().slug(),
        m.id(),
        points,
        new ChartText(
            alt,
            "Weekly " + lowerFirst(m.label()) + ".",
            List.of("Week", m.label() + (unit.isEmpty() ? "" : " (" + unit + ")")),
            rows));
  }

  // ---------------------------------------------------------------- share image

  /** Title, capability, headline before→after and a small trend for a goal's share image. */
  ShareImageData share(GoalAnalysis goal, String siteTitle, int windowWeeks) {
    Optional<MetricAnalysis> headline = headlineMetric(goal);
    String prefix = goal.goal().hasMasteryMetric() ? "" : "Participation only \u00b7 ";
    String value;
    String note;
    List<ChartPoint> trend = List.of();
    if (headline.isEmpty() || presentValues(headline.get().weekly()).isEmpty()) {
      int logs = goal.logs().size();
      value = logs + (logs == 1 ? " log" : " logs");
      note = prefix + "no measurements yet";
    } else {
      MetricAnalysis metric = headline.get();
      Metric m = metric.metric();
      String unit = m.unit().orElse("");
      trend = presentValues(metric.weekly());
      BeforeAfter ba = metric.beforeAfter();
      Optional<BeforeAfterChartData.Row> row =
          beforeAfter(goal, windowWeeks).stream()
              .flatMap(d -> d.rows().stream())
              .filter(r -> r.metricId().equals(m.id()))
              .findFirst();
      if (row.isPresent()) {
        BeforeAfterChartData.Row r = row.get();
        value = format.number(r.baseline()) + " \u2192 " + format.withUnit(r.current(), unit);
        note =
            prefix
                + m.label()
                + ", "
                + r.baselineWeeks()
                + " to "
                + r.currentWeeks()
                + " \u00b7 "
                + r.verdict();
      } else {
        ChartPoint latest = trend.get(trend.size() - 1);
        value = format.withUnit(latest.value(), unit);
        note =
            prefix
                + m.label()
                + ", latest week"
                + (ba.weeksNeeded() > 0
                    ? " \u00b7 before/after in "
                        + ba.weeksNeeded()
                        + (ba.weeksNeeded() == 1 ? " more week" : " more weeks")
                    : "");
      }
    }
    String alt = goal.goal().title() + ": " + value + " \u2014 " + note + ".";
    return new ShareImageData(
        goal.goal().slug(),
        siteTitle,
        goal.goal().title(),
        goal.goal().capability(),
        value,
        note,
        trend,
        new ChartText(alt, "", List.of(), List.of()));
  }

  // ---------------------------------------------------------------- shared

  static Optional<MetricAnalysis> headlineMetric(GoalAnalysis goal) {
    return goal.metrics().stream()
        .filter(m -> m.metric().isMastery())
        .findFirst()
        .or(() -> goal.metrics().stream().findFirst());
  }

  static List<MetricAnalysis> masteryFirst(List<MetricAnalysis> metrics) {
    return metrics.stream()
        .sorted((a, b) -> Boolean.compare(b.metric().isMastery(), a.metric().isMastery()))
        .toList();
  }

  /**
   * The first day of the week that the weekly values of the analysis use; Monday when there are
   * none.
   */
  static DayOfWeek weekStartOf(PortfolioAnalysis analysis) {
    return analysis.goals().stream()
        .flatMap(g -> g.metrics().stream())
        .flatMap(m -> m.weekly().stream())
        .map(w -> w.start().getDayOfWeek())
        .findFirst()
        .orElse(DayOfWeek.MONDAY);
  }

  static LocalDate weekStartOf(LocalDate day, DayOfWeek weekStart) {
    return day.with(TemporalAdjusters.previousOrSame(weekStart));
  }

  /**
   * Weeks are named by ISO week-year and number; a week starting on Sunday is named after its
   * Monday.
   */
  static WeekId weekId(LocalDate start, DayOfWeek weekStart) {
    LocalDate named = weekStart == DayOfWeek.SUNDAY ? start.plusDays(1) : start;
    return new WeekId(
        named.get(IsoFields.WEEK_BASED_YEAR), named.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static List<ChartPoint> presentValues(List<WeeklyValue> weeks) {
    return weeks.stream()
        .filter(w -> w.value().isPresent())
        .map(w -> new ChartPoint(w.start(), w.value().getAsDouble()))
        .toList();
  }

  /**
   * The value axis: all values with a tenth of their span as margin, not below 0 when no value is
   * negative.
   */
  static double[] paddedRange(List<Double> values) {
    double low = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double high = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double span = high - low;
    double pad = span > 0 ? span * 0.1 : Math.max(Math.abs(high) * 0.1, 1);
    double rangeLow = low - pad;
    if (low >= 0 && rangeLow < 0) rangeLow = 0;
    return new double[] {rangeLow, high + pad};
  }

  static String weekName(WeekId week) {
    return "week " + week.week() + " of " + week.weekYear();
  }

  /** "weeks 36 and 41", or with both years when they differ. */
  static String weekPair(WeekId a, WeekId b) {
    return a.weekYear() == b.weekYear()
        ? "weeks " + a.week() + " and " + b.week()
        : "week "
            + a.week()
            + " of "
            + a.weekYear()
            + " and week "
            + b.week()
            + " of "
            + b.weekYear();
  }

  /** "weeks 36–37", "week 36", or with years when they differ. */
  static String weekSpan(WeekId a, WeekId b) {
    if (a.equals(b)) return "week " + a.week();
    return a.weekYear() == b.weekYear()
        ? "weeks " + a.week() + "\u2013" + b.week()
        : "weeks " + a + "\u2013" + b;
  }

  private static String weeksWord(int n) {
    return n == 1 ? "week" : n + " weeks";
  }

  private static String lowerFirst(String s) {
    if (s.length() > 1
        && Character.isUpperCase(s.charAt(0))
        && Character.isLowerCase(s.charAt(1))) {
      return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}
