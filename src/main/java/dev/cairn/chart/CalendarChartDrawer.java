package dev.cairn.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;

/** Draws a goal's year calendar: a heat map of logs per day, one column per week. */
final class CalendarChartDrawer {

  private static final List<String> LEGEND_KEYS =
      List.of(
          "chart.calendar.legend.none",
          "chart.calendar.legend.one",
          "chart.calendar.legend.two",
          "chart.calendar.legend.many");

  private final ChartStyle style;

  CalendarChartDrawer(ChartStyle style) {
    this.style = style;
  }

  JFreeChart draw(CalendarChartData d) {
    ChartPalette palette = style.palette();
    double[][] xyz = new double[3][d.cells().size()];
    for (int i = 0; i < d.cells().size(); i++) {
      CalendarChartData.Cell c = d.cells().get(i);
      xyz[0][i] = c.column();
      xyz[1][i] = c.row();
      xyz[2][i] = c.count();
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("logs", xyz);
    SymbolAxis columns = new SymbolAxis(null, d.columnLabels().toArray(String[]::new));
    SymbolAxis rows = new SymbolAxis(null, d.rowLabels().toArray(String[]::new));
    XYBlockRenderer renderer = new FillOnlyBlockRenderer();
    XYPlot plot = new XYPlot(data, columns, rows, renderer);
    JFreeChart chart = style.chart(style.words().get("chart.calendar.title"), plot);
    renderer.setBlockWidth(0.8);
    renderer.setBlockHeight(0.8);
    renderer.setPaintScale(new CountScale(palette));
    for (SymbolAxis axis : List.of(columns, rows)) {
      axis.setGridBandsVisible(false);
      axis.setAxisLineVisible(false);
      axis.setTickMarksVisible(false);
      axis.setTickLabelFont(ChartFonts.regular(10));
      axis.setTickLabelPaint(palette.muted());
    }
    columns.setRange(-0.5, CalendarChartData.COLUMNS - 0.5);
    rows.setRange(-0.5, CalendarChartData.ROWS - 0.5);
    rows.setInverted(true);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    LegendItemCollection legend = new LegendItemCollection();
    Shape square = new Rectangle2D.Double(-5, -5, 10, 10);
    for (int n = 0; n < LEGEND_KEYS.size(); n++) {
      legend.add(
          new LegendItem(
              style.words().get(LEGEND_KEYS.get(n)), null, null, null, square, palette.heat(n)));
    }
    plot.setFixedLegendItems(legend);
    style.addLegend(chart);
    return chart;
  }

  /**
   * Fills each block without the outline XYBlockRenderer also strokes: the same look at less than
   * half the SVG size for a year of days.
   */
  private static final class FillOnlyBlockRenderer extends XYBlockRenderer {
    @Override
    public void drawItem(
        Graphics2D g2,
        XYItemRendererState state,
        Rectangle2D dataArea,
        PlotRenderingInfo info,
        XYPlot plot,
        ValueAxis domainAxis,
        ValueAxis rangeAxis,
        XYDataset dataset,
        int series,
        int item,
        CrosshairState crosshairState,
        int pass) {
      double x = dataset.getXValue(series, item);
      double y = dataset.getYValue(series, item);
      double z = ((XYZDataset) dataset).getZValue(series, item);
      double x0 =
          domainAxis.valueToJava2D(x - getBlockWidth() / 2, dataArea, plot.getDomainAxisEdge());
      double x1 =
          domainAxis.valueToJava2D(x + getBlockWidth() / 2, dataArea, plot.getDomainAxisEdge());
      double y0 =
          rangeAxis.valueToJava2D(y - getBlockHeight() / 2, dataArea, plot.getRangeAxisEdge());
      double y1 =
          rangeAxis.valueToJava2D(y + getBlockHeight() / 2, dataArea, plot.getRangeAxisEdge());
      g2.setPaint(getPaintScale().getPaint(z));
      g2.fill(
          new Rectangle2D.Double(
              Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0)));
    }
  }

  /** Maps a day's number of logs to its colour step. */
  private record CountScale(ChartPalette palette) implements PaintScale {
    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return 3;
    }

    @Override
    public Paint getPaint(double value) {
      return palette.heat((int) Math.round(value));
    }
  }
}
