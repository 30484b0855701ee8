package dev.cairn.chart;

import dev.cairn.analysis.TrendEstimator;
import dev.cairn.chart.TrendChartData.Band;
import dev.cairn.chart.TrendChartData.Clip;
import dev.cairn.chart.TrendChartData.Segment;
import dev.cairn.chart.TrendChartData.StepUp;
import dev.cairn.chart.TrendChartData.WeekWindow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a metric's trend chart: weekly values, before and after windows, trend line and projection,
 * challenge step-ups and target.
 */
final class TrendChartDrawer {

  private final ChartStyle style;
  private final ChartPalette palette;
  private final ChartWords words;

  TrendChartDrawer(ChartStyle style) {
    this.style = style;
    this.palette = style.palette();
    this.words = style.words();
  }

  JFreeChart draw(TrendChartData d) {
    XYSeriesCollection weekly = new XYSeriesCollection(ChartStyle.series("weekly", d.weekly()));
    DateAxis time = style.timeAxis(d.domainStart(), d.domainEnd());
    NumberAxis values = style.valueAxis(d.unit());
    values.setRange(d.rangeLow(), d.rangeHigh());

    XYLineAndShapeRenderer weeklyRenderer = new XYLineAndShapeRenderer(true, true);
    XYPlot plot = new XYPlot(weekly, time, values, weeklyRenderer);
    // The theme clears series paints and strokes of the renderers present when it is applied,
    // so the other layers are added after it.
    JFreeChart chart = style.chart(d.label(), plot);
    int index = 1;
    if (d.trendLine().isPresent()) {
      plot.setDataset(index, new XYSeriesCollection(segment("trend", d.trendLine().get())));
      plot.setRenderer(index++, style.lineRenderer(palette.primary(), new BasicStroke(1.25f)));
    }
    if (d.projection().isPresent()) {
      plot.setDataset(index, new XYSeriesCollection(segment("projection", d.projection().get())));
      plot.setRenderer(index++, style.lineRenderer(palette.primary(), ChartStyle.dotted(2f)));
    }
    if (!d.curve().isEmpty()) {
      plot.setDataset(index, new XYSeriesCollection(ChartStyle.series("curve", d.curve())));
      plot.setRenderer(index, style.lineRenderer(palette.primary(), CURVE_STROKE));
    }
    d.band().ifPresent(b -> weeklyRenderer.addAnnotation(band(b), Layer.BACKGROUND));
    d.clip().ifPresent(c -> plot.addAnnotation(clipLabel(c)));

    weeklyRenderer.setSeriesPaint(0, palette.primary());
    weeklyRenderer.setSeriesStroke(
        0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    weeklyRenderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(palette.grid());
    plot.setRangeGridlineStroke(new BasicStroke(1f));

    d.baselineWindow().ifPresent(w -> addWindow(plot, d, w, true));
    d.currentWindow().ifPresent(w -> addWindow(plot, d, w, false));
    for (int i = 0; i < d.stepUps().size(); i++) addStepUp(plot, d, i);
    d.target().ifPresent(t -> addTarget(plot, t));
    plot.setFixedLegendItems(legend(d));
    style.addLegend(chart);
    return chart;
  }

  private static final BasicStroke CURVE_STROKE =
      new BasicStroke(
          1.75f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {9f, 5f}, 0f);

  private Color bandColor() {
    Color p = palette.primary();
    return new Color(p.getRed(), p.getGreen(), p.getBlue(), 40);
  }

  private XYPolygonAnnotation band(Band b) {
    double from = ChartStyle.millis(b.from());
    double to = ChartStyle.millis(b.to());
    return new XYPolygonAnnotation(
        new double[] {from, b.fromValue(), to, b.high(), to, b.low()}, null, null, bandColor());
  }

  private XYTextAnnotation clipLabel(Clip c) {
    XYTextAnnotation label =
        new XYTextAnnotation(c.label(), ChartStyle.millis(c.at().date()), c.at().value());
    label.setFont(ChartFonts.bold(10));
    label.setPaint(palette.primary());
    label.setTextAnchor(c.up() ? TextAnchor.TOP_RIGHT : TextAnchor.BOTTOM_RIGHT);
    return label;
  }

  private void addWindow(XYPlot plot, TrendChartData d, WeekWindow w, boolean before) {
    IntervalMarker shade =
        new IntervalMarker(
            ChartStyle.millis(w.firstWeekStart()) - ChartStyle.HALF_WEEK_MS,
            ChartStyle.millis(w.lastWeekStart()) + ChartStyle.HALF_WEEK_MS,
            before ? palette.baselineShade() : palette.currentShade());
    shade.setOutlinePaint(null);
    shade.setLabel(w.label());
    shade.setLabelFont(ChartFonts.bold(10));
    shade.setLabelPaint(palette.muted());
    // A label centred on a window narrower than itself would run past the plot's edge, so it
    // starts at the window's left edge in the left half and ends at its right edge otherwise.
    boolean early =
        ChartSeries.days(d.domainStart(), w.firstWeekStart())
            <= ChartSeries.days(w.lastWeekStart(), d.domainEnd());
    shade.setLabelAnchor(early ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
    shade.setLabelTextAnchor(early ? TextAnchor.TOP_LEFT : TextAnchor.TOP_RIGHT);
    shade.setLabelOffset(new RectangleInsets(4, 4, 0, 4));
    shade.setLabelBackgroundColor(ChartStyle.transparent());
    plot.addDomainMarker(shade, Layer.BACKGROUND);
  }

  private void addStepUp(XYPlot plot, TrendChartData d, int i) {
    StepUp s = d.stepUps().get(i);
    ValueMarker step =
        new ValueMarker(ChartStyle.millis(s.date()), palette.muted(), new BasicStroke(1f));
    step.setLabel(words.get("chart.trend.stepUp", s.label()));
    step.setLabelFont(ChartFonts.regular(10));
    step.setLabelPaint(palette.muted());
    // Near the right edge the label goes left of the line, so it is not cut off.
    boolean late =
        ChartSeries.days(s.date(), d.domainEnd()) * 4
            < ChartSeries.days(d.domainStart(), d.domainEnd());
    step.setLabelAnchor(late ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
    step.setLabelTextAnchor(late ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
    // Alternate heights so labels of step-ups a few days apart do not overprint each other.
    step.setLabelOffset(new RectangleInsets(0, 3, i % 2 == 0 ? 4 : 18, 3));
    step.setLabelBackgroundColor(ChartStyle.transparent());
    plot.addDomainMarker(step, Layer.BACKGROUND);
  }

  private void addTarget(XYPlot plot, double value) {
    ValueMarker target = new ValueMarker(value, palette.target(), ChartStyle.dashed(1.75f));
    target.setLabel(words.get("chart.trend.target", words.figures().number(value)));
    target.setLabelFont(ChartFonts.bold(10));
    target.setLabelPaint(palette.target());
    target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
    target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    target.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
    target.setLabelBackgroundColor(ChartStyle.transparent());
    plot.addRangeMarker(target, Layer.FOREGROUND);
  }

  private LegendItemCollection legend(TrendChartData d) {
    LegendItemCollection legend = new LegendItemCollection();
    legend.add(
        style.lineLegend(
            words.get("chart.trend.legend.weekly"),
            palette.primary(),
            new BasicStroke(2.5f),
            true));
    if (d.trendLine().isPresent()) {
      String label =
          words.get("chart.trend.legend.trend", words.figures().number(TrendEstimator.WINDOW_DAYS));
      legend.add(style.lineLegend(label, palette.primary(), new BasicStroke(1.25f), false));
    }
    if (d.projection().isPresent()) {
      legend.add(
          style.lineLegend(
              words.get("chart.trend.legend.projection"),
              palette.primary(),
              ChartStyle.dotted(1.75f),
              false));
    }
    if (!d.curve().isEmpty()) {
      legend.add(
          style.lineLegend(
              words.get("chart.trend.legend.curve"), palette.primary(), CURVE_STROKE, false));
    }
    if (d.band().isPresent()) {
      legend.add(
          new LegendItem(
              words.get("chart.trend.legend.band"),
              null,
              null,
              null,
              new Rectangle2D.Double(-8, -5, 16, 10),
              bandColor()));
    }
    if (d.target().isPresent()) {
      legend.add(
          style.lineLegend(
              words.get("chart.trend.legend.target"),
              palette.target(),
              ChartStyle.dashed(1.75f),
              false));
    }
    return legend;
  }

  private static XYSeries segment(String key, Segment segment) {
    return ChartStyle.series(key, List.of(segment.from(), segment.to()));
  }
}
