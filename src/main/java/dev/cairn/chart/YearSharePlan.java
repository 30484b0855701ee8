package dev.cairn.chart;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The share images of the yearly reviews before drawing: each image by year, and their jobs. */
public record YearSharePlan(Map<String, ChartImage> images, List<ChartJob> jobs) {

  public YearSharePlan {
    images = Collections.unmodifiableSortedMap(new TreeMap<>(images));
    jobs = List.copyOf(jobs);
  }
}
