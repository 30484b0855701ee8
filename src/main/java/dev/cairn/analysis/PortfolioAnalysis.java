package dev.cairn.analysis;

import java.time.LocalDate;
import java.util.List;

/**
 * The whole engine's output: per goal (sorted by slug), and the weekly, monthly and yearly reviews,
 * oldest first.
 */
public record PortfolioAnalysis(
    LocalDate today,
    List<GoalAnalysis> goals,
    List<WeeklyReview> reviews,
    List<PeriodReview> monthlyReviews,
    List<PeriodReview> yearlyReviews) {

  public PortfolioAnalysis {
    goals = List.copyOf(goals);
    reviews = List.copyOf(reviews);
    monthlyReviews = List.copyOf(monthlyReviews);
    yearlyReviews = List.copyOf(yearlyReviews);
  }

  /** An analysis without monthly or yearly reviews. */
  public PortfolioAnalysis(LocalDate today, List<GoalAnalysis> goals, List<WeeklyReview> reviews) {
    this(today, goals, reviews, List.of(), List.of());
  }
}
