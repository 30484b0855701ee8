package dev.cairn.chart;

import java.awt.Color;
import java.util.Objects;

/**
 * The colours of every chart. Series colours are mid-tones with at least 3:1 contrast against both
 * a white and a near-black (#111) page; text, axis, grid and primary colours have a light-page
 * value and a dark-page value, the latter applied inside the SVG by a {@code prefers-color-scheme}
 * media query.
 */
public record ChartPalette(
    Color ink,
    Color muted,
    Color grid,
    Color darkInk,
    Color darkMuted,
    Color darkGrid,
    Color primary,
    Color darkPrimary,
    Color secondary,
    Color target,
    Color before,
    Color improved,
    Color slipped,
    Color baselineShade,
    Color currentShade,
    Color emptyCell,
    Color shareBackground,
    Color shareInk,
    Color shareMuted) {

  public ChartPalette {
    Objects.requireNonNull(ink);
    Objects.requireNonNull(muted);
    Objects.requireNonNull(grid);
    Objects.requireNonNull(darkInk);
    Objects.requireNonNull(darkMuted);
    Objects.requireNonNull(darkGrid);
    Objects.requireNonNull(primary);
    Objects.requireNonNull(darkPrimary);
    Objects.requireNonNull(secondary);
    Objects.requireNonNull(target);
    Objects.requireNonNull(before);
    Objects.requireNonNull(improved);
    Objects.requireNonNull(slipped);
    Objects.requireNonNull(baselineShade);
    Objects.requireNonNull(currentShade);
    Objects.requireNonNull(emptyCell);
    Objects.requireNonNull(shareBackground);
    Objects.requireNonNull(shareInk);
    Objects.requireNonNull(shareMuted);
  }

  /** A calm blue-grey palette with an amber target and green/red verdicts. */
  public static ChartPalette defaults() {
    return new ChartPalette(
        new Color(38, 50, 58),
        new Color(86, 98, 107),
        new Color(221, 226, 230),
        new Color(228, 232, 235),
        new Color(170, 180, 187),
        new Color(52, 60, 66),
        new Color(47, 111, 143),
        new Color(95, 168, 207),
        new Color(138, 99, 181),
        new Color(184, 98, 27),
        new Color(139, 148, 155),
        new Color(46, 133, 85),
        new Color(192, 68, 79),
        new Color(128, 128, 128, 46),
        new Color(47, 111, 143, 46),
        new Color(128, 128, 128, 46),
        new Color(247, 245, 240),
        new Color(31, 42, 48),
        new Color(86, 98, 107));
  }

  /** The heat-map colour for a day with {@code count} logs (0, 1, 2, 3 or more). */
  public Color heat(int count) {
    if (count <= 0) return emptyCell;
    int alpha = count == 1 ? 120 : count == 2 ? 190 : 255;
    return new Color(primary.getRed(), primary.getGreen(), primary.getBlue(), alpha);
  }
}
