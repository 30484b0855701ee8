package dev.cairn.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/** Paints a goal's 1200×630 share image (og:image) as PNG. */
final class ShareImagePainter {

  static final int WIDTH = 1200;
  static final int HEIGHT = 630;
  private static final int MARGIN = 72;

  private final ChartPalette palette;
  private final SparklineDrawer sparkline;

  ShareImagePainter(ChartPalette palette, SparklineDrawer sparkline) {
    this.palette = palette;
    this.sparkline = sparkline;
  }

  byte[] paint(ShareImageData d) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.setColor(palette.shareBackground());
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(palette.primary());
      g.fillRect(0, 0, 14, HEIGHT);

      int textWidth = WIDTH - 2 * MARGIN;
      int y = MARGIN + 10;
      y =
          text(
              g,
              List.of(d.siteTitle()),
              ChartFonts.regular(26),
              palette.shareMuted(),
              y,
              textWidth,
              1);
      y += 18;
      y = text(g, List.of(d.goalTitle()), ChartFonts.bold(54), palette.shareInk(), y, textWidth, 2);
      if (d.capability().isPresent()) {
        y += 10;
        text(
            g,
            List.of(d.capability().get()),
            ChartFonts.regular(28),
            palette.shareMuted(),
            y,
            textWidth,
            2);
      }

      boolean withTrend = d.trend().size() >= 2;
      int headlineWidth = withTrend ? 640 : textWidth;
      Font headline = fitting(g, d.headline(), 72, headlineWidth);
      g.setFont(headline);
      g.setColor(palette.shareInk());
      g.drawString(d.headline(), MARGIN, HEIGHT - MARGIN - 52);
      text(
          g,
          List.of(d.headlineNote()),
          ChartFonts.regular(22),
          palette.shareMuted(),
          HEIGHT - MARGIN - 34,
          headlineWidth,
          2);

      if (withTrend) {
        Rectangle2D area =
            new Rectangle2D.Double(WIDTH - MARGIN - 380, HEIGHT - MARGIN - 170, 380, 170);
        sparkline.draw(d.trend(), 4f, 14).draw(g, area);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      // The JDK's PNG writer adds no time or text chunks, so equal pixels give equal bytes.
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode share image for " + d.slug(), e);
    }
    return out.toByteArray();
  }

  /** Draws word-wrapped text from baseline-top {@code y}; returns the y below it. */
  private static int text(
      Graphics2D g,
      List<String> paragraphs,
      Font font,
      Color color,
      int y,
      int width,
      int maxLines) {
    g.setFont(font);
    g.setColor(color);
    FontMetrics fm = g.getFontMetrics();
    int lineHeight = (int) Math.ceil(fm.getHeight() * 1.05);
    for (String paragraph : paragraphs) {
      List<String> lines = wrap(fm, paragraph, width, maxLines);
      for (String line : lines) {
        y += fm.getAscent();
        g.drawString(line, MARGIN, y);
        y += lineHeight - fm.getAscent();
      }
    }
    return y;
  }

  static List<String> wrap(FontMetrics fm, String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.trim().split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
      if (fm.stringWidth(candidate) <= width || line.isEmpty()) {
        line = new StringBuilder(candidate);
        continue;
      }
      if (lines.size() == maxLines - 1) {
        lines.add(
            ellipsis(
                fm, line + " " + String.join(" ", List.of(words).subList(i, words.length)), width));
        return lines;
      }
      lines.add(line.toString());
      line = new StringBuilder(words[i]);
    }
    if (!line.isEmpty())
      lines.add(
          fm.stringWidth(line.toString()) <= width
              ? line.toString()
              : ellipsis(fm, line.toString(), width));
    return lines;
  }

  private static String ellipsis(FontMetrics fm, String text, int width) {
    String s = text;
    while (!s.isEmpty() && fm.stringWidth(s + "\u2026") > width) s = s.substring(0, s.length() - 1);
    return s.stripTrailing() + "\u2026";
  }

  private static Font fitting(Graphics2D g, String text, float size, int width) {
    Font font = ChartFonts.bold(size);
    while (size > 28 && g.getFontMetrics(font).stringWidth(text) > width) {
      size -= 4;
      font = ChartFonts.bold(size);
    }
    return font;
  }
}
