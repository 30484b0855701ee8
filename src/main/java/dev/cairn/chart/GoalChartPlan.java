package dev.cairn.chart;

import java.util.List;
import java.util.Objects;

/**
 * One goal's charts before drawing: the images its pages show (in display order), its index
 * sparkline and share image, and the jobs that draw their files.
 */
public record GoalChartPlan(
    String slug,
    List<ChartImage> images,
    ChartImage sparkline,
    ChartImage share,
    List<ChartJob> jobs) {

  public GoalChartPlan {
    Objects.requireNonNull(slug);
    images = List.copyOf(images);
    Objects.requireNonNull(sparkline);
    Objects.requireNonNull(share);
    jobs = List.copyOf(jobs);
  }
}
