package dev.cairn.chart;

import java.util.Objects;

/**
 * One chart file to write, its path relative to the site root (e.g. {@code
 * charts/guitar/changes-trend.svg}).
 */
public record ChartFile(String path, byte[] content) {

  public ChartFile {
    Objects.requireNonNull(path);
    Objects.requireNonNull(content);
  }
}
