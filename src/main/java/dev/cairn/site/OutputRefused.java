package dev.cairn.site;

/** The output folder is not one Cairn may replace; a usage error (exit 2). */
public final class OutputRefused extends Exception {
  public OutputRefused(String message) {
    super(message);
  }
}
