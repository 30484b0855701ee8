package dev.cairn.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled DejaVu Sans faces, so charts measure and draw text the same on every machine, with or
 * without system fonts.
 */
final class ChartFonts {

  static final String FAMILY = "DejaVu Sans";

  /**
   * The font stack written into SVG: DejaVu where installed, else faces of similar width. Unquoted,
   * because JFreeSVG puts it inside a single-quoted attribute.
   */
  static final String SVG_FAMILY = "DejaVu Sans, Bitstream Vera Sans, Verdana, Geneva, sans-serif";

  private static final Font REGULAR = load("DejaVuSans.ttf");
  private static final Font BOLD = load("DejaVuSans-Bold.ttf");

  private ChartFonts() {}

  static Font regular(float size) {
    return REGULAR.deriveFont(Font.PLAIN, size);
  }

  static Font bold(float size) {
    return BOLD.deriveFont(Font.PLAIN, size);
  }

  private static Font load(String file) {
    String resource = "/cairn/fonts/" + file;
    try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing bundled font " + resource);
      Font font = Font.createFont(Font.TRUETYPE_FONT, in);
      GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + resource, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("bundled font " + resource + " is not a TrueType font", e);
    }
  }
}
