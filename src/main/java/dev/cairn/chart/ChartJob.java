package dev.cairn.chart;

import dev.cairn.text.Messages;
import java.util.Locale;
import java.util.Objects;

/**
 * One chart file to draw. Its fields fully determine the bytes drawn, so a job equal to one drawn
 * before gives the same file: the path (which also names the SVG ids), the pixel size, the palette,
 * the words (and locale) of titles, tick labels and legends, and the chart's data.
 */
public record ChartJob(
    String path, int width, int height, ChartPalette palette, Messages words, ChartData data) {

  public ChartJob {
    Objects.requireNonNull(path);
    Objects.requireNonNull(palette);
    Objects.requireNonNull(words);
    Objects.requireNonNull(data);
    if (width < 1 || height < 1) throw new IllegalArgumentException("empty chart " + path);
  }

  /** The locale of the chart's figures and dates. */
  public Locale locale() {
    return words.locale();
  }
}
