package dev.cairn.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Paints into an SVG document with stable ids, a viewBox so it scales, a title, and a style sheet
 * that swaps text and grid colours when the reader prefers a dark scheme.
 */
final class SvgChartWriter {

  private final ChartPalette palette;

  SvgChartWriter(ChartPalette palette) {
    this.palette = palette;
  }

  byte[] write(String idPrefix, int width, int height, String title, Consumer<Graphics2D> painter) {
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    g2.setDefsKeyPrefix(idPrefix);
    // Hundredths of a pixel are plenty, and keep the files small.
    g2.setGeomDoubleConverter(SvgChartWriter::coordinate);
    g2.setTransformDoubleConverter(SvgChartWriter::coordinate);
    g2.setFontFunction(family -> ChartFonts.FAMILY.equals(family) ? ChartFonts.SVG_FAMILY : family);
    g2.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    painter.accept(g2);
    String element = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
    String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + decorate(element, title);
    return svg.getBytes(StandardCharsets.UTF_8);
  }

  /** Puts a title and the dark-scheme style sheet right after the root element's start tag. */
  private String decorate(String element, String title) {
    int end = element.indexOf('>');
    String head = element.substring(0, end).replaceFirst("<svg ", "<svg role=\"img\" ");
    return head
        + ">"
        + "<title>"
        + escape(title)
        + "</title>"
        + darkStyle()
        + element.substring(end + 1);
  }

  private String darkStyle() {
    StringBuilder css = new StringBuilder("<style>@media (prefers-color-scheme: dark){");
    swap(css, palette.ink(), palette.darkInk());
    swap(css, palette.muted(), palette.darkMuted());
    swap(css, palette.grid(), palette.darkGrid());
    swap(css, palette.primary(), palette.darkPrimary());
    return css.append("}</style>").toString();
  }

  /**
   * JFreeSVG writes colours both as attributes and inside style attributes, with or without a
   * space.
   */
  private static void swap(StringBuilder css, Color light, Color dark) {
    String from = "rgb(" + light.getRed() + "," + light.getGreen() + "," + light.getBlue() + ")";
    String to = hex(dark);
    for (String property : new String[] {"fill", "stroke"}) {
      css.append('[')
          .append(property)
          .append("=\"")
          .append(from)
          .append("\"],")
          .append("[style*=\"")
          .append(property)
          .append(':')
          .append(from)
          .append("\"],")
          .append("[style*=\"")
          .append(property)
          .append(": ")
          .append(from)
          .append("\"]")
          .append('{')
          .append(property)
          .append(':')
          .append(to)
          .append(" !important}");
    }
  }

  private static String hex(Color c) {
    return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }

  static String coordinate(double value) {
    double rounded = Math.round(value * 100) / 100.0;
    if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e9)
      return Long.toString((long) rounded);
    return Double.toString(rounded);
  }

  static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
