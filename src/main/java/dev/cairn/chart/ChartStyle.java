package dev.cairn.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;

/**
 * The look every chart shares: fonts, palette, title, axes, legend, strokes, and the words of one
 * locale. Each chart kind's drawer builds on it, so no drawer repeats this set-up.
 */
final class ChartStyle {

  static final long DAY_MS = 86_400_000L;
  static final long HALF_WEEK_MS = DAY_MS * 7 / 2;
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private final ChartPalette palette;
  private final ChartWords words;

  ChartStyle(ChartPalette palette, ChartWords words) {
    this.palette = palette;
    this.words = words;
  }

  ChartPalette palette() {
    return palette;
  }

  ChartWords words() {
    return words;
  }

  /**
   * A fresh theme per chart: its drawing supplier counts series, so sharing one across threads
   * would not be deterministic.
   */
  StandardChartTheme theme() {
    ChartPalette p = palette;
    StandardChartTheme t = new StandardChartTheme("cairn", false);
    t.setExtraLargeFont(ChartFonts.bold(15));
    t.setLargeFont(ChartFonts.bold(12));
    t.setRegularFont(ChartFonts.regular(11));
    t.setSmallFont(ChartFonts.regular(10));
    t.setTitlePaint(p.ink());
    t.setSubtitlePaint(p.muted());
    t.setChartBackgroundPaint(transparent());
    t.setLegendBackgroundPaint(transparent());
    t.setLegendItemPaint(p.muted());
    t.setPlotBackgroundPaint(transparent());
    t.setPlotOutlinePaint(transparent());
    t.setDomainGridlinePaint(p.grid());
    t.setRangeGridlinePaint(p.grid());
    t.setBaselinePaint(p.grid());
    t.setAxisLabelPaint(p.muted());
    t.setTickLabelPaint(p.muted());
    t.setItemLabelPaint(p.ink());
    t.setShadowVisible(false);
    t.setBarPainter(new StandardBarPainter());
    t.setXYBarPainter(new StandardXYBarPainter());
    t.setAxisOffset(RectangleInsets.ZERO_INSETS);
    t.setDrawingSupplier(
        new DefaultDrawingSupplier(
            new Paint[] {p.primary(), p.secondary(), p.target()},
            new Paint[] {p.primary(), p.secondary(), p.target()},
            new Stroke[] {new BasicStroke(2f)},
            new Stroke[] {new BasicStroke(1f)},
            new Shape[] {new Ellipse2D.Double(-3.5, -3.5, 7, 7)}));
    return t;
  }

  /** A titled chart of {@code plot} in the shared look, without legend. */
  JFreeChart chart(String title, Plot plot) {
    JFreeChart chart = new JFreeChart(title, ChartFonts.bold(15), plot, false);
    theme().apply(chart);
    chart.setBackgroundPaint(null);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(8, 8, 8, 12));
    chart.setTextAntiAlias(true);
    TextTitle t = chart.getTitle();
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    t.setPaint(palette.ink());
    t.setFont(ChartFonts.bold(15));
    t.setPadding(new RectangleInsets(0, 0, 4, 0));
    plot.setBackgroundPaint(null);
    plot.setOutlineVisible(false);
    plot.setInsets(new RectangleInsets(4, 4, 4, 4));
    if (plot instanceof XYPlot xy) {
      xy.setRangeGridlineStroke(new BasicStroke(1f));
      xy.setDomainGridlineStroke(new BasicStroke(1f));
    } else if (plot instanceof CategoryPlot category) {
      category.setRangeGridlineStroke(new BasicStroke(1f));
      category.setRangeGridlinePaint(palette.grid());
    }
    return chart;
  }

  /** The plot's legend items below the chart, left-aligned. */
  void addLegend(JFreeChart chart) {
    LegendTitle legend = new LegendTitle(chart.getPlot());
    legend.setItemFont(ChartFonts.regular(11));
    legend.setItemPaint(palette.muted());
    legend.setBackgroundPaint(null);
    legend.setFrame(BlockBorder.NONE);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
    legend.setPadding(new RectangleInsets(6, 0, 0, 0));
    chart.addLegend(legend);
  }

  /** A date axis from half a week before {@code start} to half a week after {@code end}. */
  DateAxis timeAxis(LocalDate start, LocalDate end) {
    DateAxis axis = new DateAxis(null, UTC, words.locale());
    boolean long_ = ChartSeries.days(start, end) > 300;
    SimpleDateFormat labels = new SimpleDateFormat(long_ ? "MMM yyyy" : "d MMM", words.locale());
    labels.setTimeZone(UTC);
    axis.setDateFormatOverride(labels);
    // Whole days at least: the labels show no time of day.
    TickUnits units = new TickUnits();
    for (int days : new int[] {1, 2, 7, 14})
      units.add(new DateTickUnit(DateTickUnitType.DAY, days, labels));
    for (int months : new int[] {1, 2, 3, 6})
      units.add(new DateTickUnit(DateTickUnitType.MONTH, months, labels));
    units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, labels));
    axis.setStandardTickUnits(units);
    axis.setRange(millis(start) - HALF_WEEK_MS, millis(end) + HALF_WEEK_MS);
    styleAxis(axis);
    return axis;
  }

  /** A value axis labelled with the unit, ticks with at most one decimal. */
  NumberAxis valueAxis(String unit) {
    NumberAxis axis = new NumberAxis(unit.isEmpty() ? null : unit);
    axis.setNumberFormatOverride(numberFormat());
    axis.setAutoRangeIncludesZero(false);
    styleAxis(axis);
    return axis;
  }

  /** Tick and bar-label numbers, written as {@link dev.cairn.text.Figures#number} writes them. */
  NumberFormat numberFormat() {
    return words.figures().numberFormat();
  }

  void styleAxis(Axis axis) {
    axis.setTickLabelFont(ChartFonts.regular(10));
    axis.setLabelFont(ChartFonts.regular(11));
    axis.setTickLabelPaint(palette.muted());
    axis.setLabelPaint(palette.muted());
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
  }

  XYLineAndShapeRenderer lineRenderer(Color color, Stroke stroke) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    r.setSeriesPaint(0, color);
    r.setSeriesStroke(0, stroke);
    return r;
  }

  /** A legend entry showing a short line, with a dot on it when {@code dot}. */
  LegendItem lineLegend(String label, Color color, Stroke stroke, boolean dot) {
    return new LegendItem(
        label,
        null,
        null,
        null,
        dot,
        new Ellipse2D.Double(-3.5, -3.5, 7, 7),
        true,
        color,
        false,
        color,
        stroke,
        true,
        new Line2D.Double(-12, 0, 12, 0),
        stroke,
        color);
  }

  static Color transparent() {
    return new Color(0, 0, 0, 0);
  }

  static BasicStroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 4f}, 0f);
  }

  static BasicStroke dotted(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {0.5f, 4f}, 0f);
  }

  static XYSeries series(String key, List<ChartPoint> points) {
    XYSeries s = new XYSeries(key, true, true);
    points.forEach(p -> s.add(millis(p.date()), p.value()));
    return s;
  }

  static long millis(LocalDate day) {
    return day.toEpochDay() * DAY_MS;
  }

  /** Text as a MessageFormat literal: a unit such as "{7*7}" or "o'clock" is shown, not parsed. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
