package dev.cairn.analysis;

import dev.cairn.model.Goal;
import dev.cairn.model.Log;
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

/**
 * Runs every computation of the progress engine over a publishable portfolio. Goals are analysed
 * independently ({@link #analyzeGoal}); their weeks are merged into the weekly reviews, and their
 * monthly and yearly parts merged into the reviews of each period.
 */
public final class PortfolioAnalyzer {

  private static final Comparator<Log> PORTFOLIO_ORDER =
      Comparator.comparing(Log::date).thenComparing(Log::sourcePath);

  /**
   * What one goal contributes: its analysis and its part of the weekly, monthly and yearly reviews.
   */
  public record GoalResult(
      GoalAnalysis analysis,
      NavigableMap<LocalDate, GoalWeek> weeks,
      PeriodReviewBuilder.GoalPeriods months,
      PeriodReviewBuilder.GoalPeriods years) {}

  /** The inputs of one goal's analysis: a goal's result depends on these and nothing else. */
  public record GoalInputs(Goal goal, List<Log> logs, SiteConfig site, LocalDate today) {}

  /** Analyses one goal; {@link PortfolioAnalyzer#analyzeGoal} is the one that computes. */
  @FunctionalInterface
  public interface GoalStep {
    GoalResult analyze(GoalInputs inputs);
  }

  /** Estimates one mastery metric's outlook; {@link OutlookEstimator} is the one that computes. */
  @FunctionalInterface
  public interface OutlookStep {
    Optional<Outlook> estimate(
        String goal,
        Metric metric,
        List<DailyValue> daily,
        List<WeeklyValue> weekly,
        Optional<Trend> trend);
  }

  /**
   * {@code portfolio} must already be publishable (private goals, private logs and drafts removed);
   * {@code today} is the reference date for continuity.
   */
  public PortfolioAnalysis analyze(Portfolio portfolio, LocalDate today) {
    return analyze(portfolio, today, PortfolioAnalyzer::analyzeGoal);
  }

  /** Like {@link #analyze(Portfolio, LocalDate)}, with each goal analysed by {@code step}. */
  public PortfolioAnalysis analyze(Portfolio portfolio, LocalDate today, GoalStep step) {
    SiteConfig site = portfolio.site();
    Map<String, List<Log>> logsByGoal = new HashMap<>();
    for (Log log : portfolio.logs())
      logsByGoal.computeIfAbsent(log.goal(), g -> new ArrayList<>()).add(log);
    // Goals are independent of each other: analysed in parallel, collected in slug order.
    List<GoalResult> goals =
        portfolio.goals().stream()
            .sorted(Comparator.comparing(Goal::slug))
            .toList()
            .parallelStream()
            .map(
                goal -> {
                  List<Log> logs =
                      logsByGoal.getOrDefault(goal.slug(), List.of()).stream()
                          .sorted(PORTFOLIO_ORDER)
                          .toList();
                  return step.analyze(new GoalInputs(goal, logs, site, today));
                })
            .toList();
    PeriodReviewBuilder periods = new PeriodReviewBuilder(new WeekCalendar(site.weekStart()));
    return new PortfolioAnalysis(
        today,
        goals.stream().map(GoalResult::analysis).toList(),
        reviewBuilder(site).merge(goals.stream().map(GoalResult::weeks).toList()),
        periods.merge(goals.stream().map(GoalResult::months).toList(), today),
        periods.merge(goals.stream().map(GoalResult::years).toList(), today));
  }

  /** One goal's analysis and weeks, from its inputs alone. */
  public static GoalResult analyzeGoal(GoalInputs in) {
    OutlookEstimator outlooks = new OutlookEstimator();
    return analyzeGoal(
        in,
        (goal, metric, daily, weekly, trend) -> outlooks.estimate(metric, daily, weekly, trend));
  }

  /**
   * Like {@link #analyzeGoal(GoalInputs)}, with each metric's outlook obtained through {@code
   * outlooks}.
   */
  public static GoalResult analyzeGoal(GoalInputs in, OutlookStep outlooks) {
    WeekCalendar calendar = new WeekCalendar(in.site().weekStart());
    GoalAnalysis analysis =
        analyzeGoal(
            in.goal(),
            in.logs(),
            in.site(),
            in.today(),
            calendar,
            new PlateauDetector(calendar, in.site().stretchWeeks()),
            outlooks);
    PeriodReviewBuilder periods = new PeriodReviewBuilder(calendar);
    return new GoalResult(
        analysis,
        reviewBuilder(in.site()).weeksOf(analysis),
        periods.goalPeriods(Period.Kind.MONTH, analysis, in.today()),
        periods.goalPeriods(Period.Kind.YEAR, analysis, in.today()));
  }

  private static WeeklyReviewBuilder reviewBuilder(SiteConfig site) {
    WeekCalendar calendar = new WeekCalendar(site.weekStart());
    return new WeeklyReviewBuilder(calendar, new PlateauDetector(calendar, site.stretchWeeks()));
  }

  private static GoalAnalysis analyzeGoal(
      Goal goal,
      List<Log> logs,
      SiteConfig site,
      LocalDate today,
      WeekCalendar calendar,
      PlateauDetector plateaus,
      OutlookStep outlooks) {
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
      Optional<Outlook> outlook =
          metric.isMastery()
              ? outlooks.estimate(goal.slug(), metric, daily, weekly, trend)
              : Optional.empty();
      metrics.add(
          new MetricAnalysis(
              metric, daily, weekly, beforeAfter.compare(metric, weekly), trend, outlook));
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
