package dev.cairn.chart;

import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
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

  /** Drawings narrower than this are for phones: the year in two rows of weeks, in larger type. */
  static final int NARROW_BELOW = 500;

  /** Type size of a phone's labels: at 320 CSS px a 360-px drawing still shows them at 10 px. */
  private static final int NARROW_TYPE = 13;

  /** One panel of all weeks, or for a drawing {@code width} pixels wide below 500, two. */
  List<JFreeChart> draw(CalendarChartData d, int width) {
    if (width >= NARROW_BELOW) return List.of(panel(d, 0, CalendarChartData.COLUMNS, 10, true));
    int half = (CalendarChartData.COLUMNS + 1) / 2;
    return List.of(panel(d, 0, half, NARROW_TYPE, false), panel(d, half, half, NARROW_TYPE, true));
  }

  /**
   * The weeks from column {@code first} on, {@code columns} wide, with tick labels in {@code type}
   * px; the first panel is titled and the last carries the legend.
   */
  private JFreeChart panel(CalendarChartData d, int first, int columns, int type, boolean last) {
    ChartPalette palette = style.palette();
    List<CalendarChartData.Cell> cells =
        d.cells().stream()
            .filter(c -> c.column() >= first && c.column() < first + columns)
            .toList();
    double[][] xyz = new double[3][cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      CalendarChartData.Cell c = cells.get(i);
      xyz[0][i] = c.column() - first;
      xyz[1][i] = c.row();
      xyz[2][i] = c.count();
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("logs", xyz);
    List<String> columnLabels =
        d.columnLabels().subList(first, Math.min(first + columns, d.columnLabels().size()));
    SymbolAxis columnAxis = new MonthAxis(columnLabels);
    SymbolAxis rows = new SymbolAxis(null, d.rowLabels().toArray(String[]::new));
    XYBlockRenderer renderer = new FillOnlyBlockRenderer();
    XYPlot plot = new XYPlot(data, columnAxis, rows, renderer);
    JFreeChart chart = style.chart(style.words().get("chart.calendar.title"), plot);
    if (first > 0) chart.setTitle((TextTitle) null);
    renderer.setBlockWidth(0.8);
    renderer.setBlockHeight(0.8);
    renderer.setPaintScale(new CountScale(palette));
    for (SymbolAxis axis : List.of(columnAxis, rows)) {
      axis.setGridBandsVisible(false);
      axis.setAxisLineVisible(false);
      axis.setTickMarksVisible(false);
      axis.setTickLabelFont(ChartFonts.regular(type));
      axis.setTickLabelPaint(palette.muted());
    }
    columnAxis.setRange(-0.5, columns - 0.5);
    rows.setRange(-0.5, CalendarChartData.ROWS - 0.5);
    rows.setInverted(true);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    if (!last) return chart;
    LegendItemCollection legend = new LegendItemCollection();
    Shape square = new Rectangle2D.Double(-5, -5, 10, 10);
    for (int n = 0; n < LEGEND_KEYS.size(); n++) {
      legend.add(
          new LegendItem(
              style.words().get(LEGEND_KEYS.get(n)), null, null, null, square, palette.heat(n)));
    }
    plot.setFixedLegendItems(legend);
    style.addLegend(chart);
    if (type > 11) chart.getLegend().setItemFont(ChartFonts.regular(type));
    return chart;
  }

  /**
   * The week columns, ticked only where a month begins. SymbolAxis hides a label that comes closer
   * to the last one drawn than half their widths, and counts the weeks without a label as drawn, so
   * in large type it would hide months.
   */
  private static final class MonthAxis extends SymbolAxis {
    MonthAxis(List<String> labels) {
      super(null, labels.toArray(String[]::new));
    }

    @Override
    protected List<ValueTick> refreshTicksHorizontal(
        Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
      List<ValueTick> months = new ArrayList<>();
      for (Object tick : super.refreshTicksHorizontal(g2, dataArea, edge)) {
        ValueTick t = (ValueTick) tick;
        String label = valueToString(t.getValue());
        if (!label.isEmpty()) {
          months.add(
              new NumberTick(
                  t.getValue(), label, t.getTextAnchor(), t.getRotationAnchor(), t.getAngle()));
        }
      }
      return months;
    }
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
