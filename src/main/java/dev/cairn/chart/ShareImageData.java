package dev.cairn.chart;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Exactly what a goal's 1200×630 share image shows. */
record ShareImageData(
    String slug,
    String siteTitle,
    String goalTitle,
    Optional<String> capability,
    String headline,
    String headlineNote,
    List<ChartPoint> trend,
    ChartText text)
    implements ChartData {

  ShareImageData {
    Objects.requireNonNull(slug);
    Objects.requireNonNull(siteTitle);
    Objects.requireNonNull(goalTitle);
    Objects.requireNonNull(capability);
    Objects.requireNonNull(headline);
    Objects.requireNonNull(headlineNote);
    trend = List.copyOf(trend);
    Objects.requireNonNull(text);
  }
}
