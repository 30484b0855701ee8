package dev.cairn.analysis;

import java.time.LocalDate;
import java.util.List;

/** The whole engine's output: per goal (sorted by slug) and weekly reviews, oldest first. */
public record PortfolioAnalysis(
    LocalDate today, List<GoalAnalysis> goals, List<WeeklyReview> reviews) {

  public PortfolioAnalysis {
    goals = List.copyOf(goals);
    reviews = List.copyOf(reviews);
  }
}
