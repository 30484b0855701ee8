package dev.cairn.analysis;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Memo;
import dev.cairn.model.Metric;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/** Runs every computation of the progress engine over a publishable portfolio. */
public final class PortfolioAnalyzer {

  private static final Comparator<Log> PORTFOLIO_ORDER =
      Comparator.comparing(Log::date).thenComparing(Log::sourcePath);

  /** A goal's analysis and its part of the weekly reviews. */
  private record GoalResult(GoalAnalysis analysis, NavigableMap<LocalDate, GoalWeek> weeks) {}

  private final Memo<String, GoalResult> results;

  public PortfolioAnalyzer() {
    this(Memo.none());
  }

  private PortfolioAnalyzer(Memo<String, GoalResult> results) {
    this.results = results;
  }

  /**
   * An analyzer for repeated analyses of one portfolio (the dev server): a goal whose logs,
   * settings and reference date are those of the previous analysis keeps its results, the very same
   * instances, so later stages can skip it.
   */
  public static PortfolioAnalyzer remembering() {
    return new PortfolioAnalyzer(Memo.remembering());
  }

  /**
   * {@code portfolio} must already be publishable (private goals, private logs and drafts removed);
   * {@code today} is the reference date for continuity.
   */
  public PortfolioAnalysis analyze(Portfolio portfolio, LocalDate today) {
    SiteConfig site = portfolio.site();
    WeekCalendar calendar = new WeekCalendar(site.weekStart());
    PlateauDetector plateaus = new PlateauDetector(calendar, site.stretchWeeks());
    WeeklyReviewBuilder reviews = new WeeklyReviewBuilder(calendar, plateaus);
    Map<String, List<Log>> logsByGoal = new HashMap<>();
    for (Log log : portfolio.logs())
      logsByGoal.computeIfAbsent(log.goal(), g -> new ArrayList<>()).add(log);
    List<GoalResult> goals =
        portfolio.goals().stream()
            .sorted(Comparator.comparing(Goal::slug))
            .map(
                goal -> {
                  List<Log> logs =
                      logsByGoal.getOrDefault(goal.slug(), List.of()).stream()
                          .sorted(PORTFOLIO_ORDER)
                          .toList();
                  return results.get(
                      goal.slug(),
                      List.of(goal, logs, site, today),
                      () -> {
                        GoalAnalysis analysis =
                            analyzeGoal(goal, logs, site, today, calendar, plateaus);
                        return new GoalResult(analysis, reviews.weeksOf(analysis));
                      });
                })
            .toList();
    results.forgetUnused();
    return new PortfolioAnalysis(
        today,
        goals.stream().map(GoalResult::analysis).toList(),
        reviews.merge(goals.stream().map(GoalResult::weeks).toList()));
  }

  private static GoalAnalysis analyzeGoal(
      Goal goal,
      List<Log> logs,
      SiteConfig site,
      LocalDate today,
      WeekCalendar calendar,
      PlateauDetector plateaus) {
    DailyValueCalculator dailies = new DailyValueCalculator();
    WeeklyValueCalculator weeklies = new WeeklyValueCalculator(calendar);
    BeforeAfterCalculator beforeAfter = new BeforeAfterCalculator(site.windowWeeks());
    TrendEstimator trends = new TrendEstimator();
    List<MetricAnalysis> metrics = new ArrayList<>();
    for (Metric metric : goal.metricsMasteryFirst()) {
      List<DailyValue> daily = dailies.daily(metric, logs);
      List<WeeklyValue> weekly = weeklies.weekly(metric, daily);
      Optional<Trend> trend =
          metric.isMastery() ? trends.estimate(metric, daily) : Optional.empty();
      metrics.add(
          new MetricAnalysis(metric, daily, weekly, beforeAfter.compare(metric, weekly), trend));
    }
    return new GoalAnalysis(
        goal,
        logs,
        new ContinuityCalculator(calendar).compute(goal, logs, today),
        new EvidenceCalculator().compute(goal, logs),
        plateaus.detect(goal, logs),
        metrics);
  }
}
