package dev.cairn.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.chart.TrendChartData.WeekWindow;
import java.awt.Rectangle;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TrendChartDrawerTest {

  private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);
  private static final String BEFORE = "before: the first week";
  private static final String AFTER = "after: the last week";

  /**
   * One-week windows at both ends of twelve weeks: each label is wider than its window, so a label
   * centred on its window would start left of the plot (before) or end right of it (after).
   */
  private static TrendChartData twelveWeeks() {
    List<ChartPoint> weekly = new ArrayList<>();
    for (int i = 0; i < 12; i++) weekly.add(new ChartPoint(FIRST_MONDAY.plusWeeks(i), 10 + i));
    LocalDate last = FIRST_MONDAY.plusWeeks(11);
    return new TrendChartData(
        "guitar",
        "changes",
        "Clean chord changes per minute",
        "per min",
        weekly,
        OptionalDouble.empty(),
        Optional.of(new WeekWindow(FIRST_MONDAY, FIRST_MONDAY, BEFORE)),
        Optional.of(new WeekWindow(last, last, AFTER)),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        FIRST_MONDAY,
        last,
        0,
        30,
        new ChartText("alt", "caption", List.of(), List.of()));
  }

  @ParameterizedTest
  @CsvSource({"720, 380", "360, 420"})
  void windowLabelsLieInsideThePlot(int width, int height) {
    ChartStyle style = new ChartStyle(ChartPalette.defaults(), new ChartWords(Locale.UK));
    SVGGraphics2D g2 = new SVGGraphics2D(width, height);
    ChartRenderingInfo info = new ChartRenderingInfo();
    new TrendChartDrawer(style)
        .draw(twelveWeeks())
        .draw(g2, new Rectangle(0, 0, width, height), info);
    Rectangle2D plot = info.getPlotInfo().getDataArea();
    String svg = g2.getSVGElement();

    double before = textX(svg, BEFORE);
    assertTrue(before >= plot.getMinX(), "before label at " + before + ", plot from " + plot);
    double after = textX(svg, AFTER) + textWidth(AFTER);
    assertTrue(after <= plot.getMaxX(), "after label ends at " + after + ", plot to " + plot);
  }

  private static double textX(String svg, String label) {
    Matcher m =
        Pattern.compile("<text[^>]*\\bx=['\"]([-0-9.]+)['\"][^>]*>" + Pattern.quote(label) + "<")
            .matcher(svg);
    assertTrue(m.find(), "no text " + label);
    return Double.parseDouble(m.group(1));
  }

  private static double textWidth(String label) {
    return ChartFonts.bold(10)
        .getStringBounds(label, new FontRenderContext(null, true, true))
        .getWidth();
  }
}
