package dev.cairn.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a sparkline: a bare line of the points with a dot on the last one, no axes or text. The
 * index shows it small; the share image shows it large.
 */
final class SparklineDrawer {

  private final ChartStyle style;

  SparklineDrawer(ChartStyle style) {
    this.style = style;
  }

  JFreeChart draw(List<ChartPoint> points, float stroke, double dot) {
    ChartPalette palette = style.palette();
    XYSeries line = ChartStyle.series("values", points);
    XYSeries last = new XYSeries("last");
    if (!points.isEmpty()) {
      ChartPoint p = points.get(points.size() - 1);
      last.add(ChartStyle.millis(p.date()), p.value());
    }
    NumberAxis time = new NumberAxis();
    NumberAxis values = new NumberAxis();
    double[] range = ChartSeries.paddedRange(points.stream().map(ChartPoint::value).toList());
    values.setRange(range[0], range[1]);
    if (points.size() > 1) {
      time.setRange(
          ChartStyle.millis(points.get(0).date()) - ChartStyle.DAY_MS,
          ChartStyle.millis(points.get(points.size() - 1).date()) + ChartStyle.DAY_MS);
    } else if (points.size() == 1) {
      long day = ChartStyle.millis(points.get(0).date());
      time.setRange(day - 7 * ChartStyle.DAY_MS, day + 7 * ChartStyle.DAY_MS);
    }
    XYPlot plot =
        new XYPlot(
            new XYSeriesCollection(line), time, values, new XYLineAndShapeRenderer(true, false));
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    style.theme().apply(chart);
    plot.setRenderer(
        0,
        style.lineRenderer(
            palette.primary(),
            new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)));
    XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
    dotRenderer.setSeriesShape(0, new Ellipse2D.Double(-dot / 2, -dot / 2, dot, dot));
    dotRenderer.setSeriesPaint(0, palette.primary());
    plot.setDataset(1, new XYSeriesCollection(last));
    plot.setRenderer(1, dotRenderer);
    time.setVisible(false);
    values.setVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setInsets(new RectangleInsets(dot, dot, dot, dot));
    plot.setOutlineVisible(false);
    plot.setBackgroundPaint(null);
    chart.setBackgroundPaint(null);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    chart.setBorderVisible(false);
    return chart;
  }
}
