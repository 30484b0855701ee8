package dev.cairn.chart;

import dev.cairn.chart.TrendChartData.Segment;
import dev.cairn.chart.TrendChartData.StepUp;
import dev.cairn.chart.TrendChartData.WeekWindow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.XYZDataset;

/** Builds styled JFreeChart objects from prepared chart data; it computes nothing itself. */
final class ChartDrawer {

  private static final long DAY_MS = 86_400_000L;
  private static final long HALF_WEEK_MS = DAY_MS * 7 / 2;
  private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  private final ChartPalette palette;
  private final FigureFormatter format;

  ChartDrawer(ChartPalette palette, FigureFormatter format) {
    this.palette = palette;
    this.format = format;
  }

  /**
   * A fresh theme per chart: its drawing supplier counts series, so sharing one across threads
   * would not be deterministic.
   */
  private static StandardChartTheme theme(ChartPalette p) {
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

  private static Color transparent() {
    return new Color(0, 0, 0, 0);
  }

  // ---------------------------------------------------------------- trend

  JFreeChart trend(TrendChartData d) {
    XYSeriesCollection weekly = new XYSeriesCollection(series("weekly", d.weekly()));
    DateAxis time = timeAxis(d.domainStart(), d.domainEnd());
    NumberAxis values = valueAxis(d.unit());
    values.setRange(d.rangeLow(), d.rangeHigh());

    XYLineAndShapeRenderer weeklyRenderer = new XYLineAndShapeRenderer(true, true);
    XYPlot plot = new XYPlot(weekly, time, values, weeklyRenderer);
    // The theme clears series paints and strokes of the renderers present when it is applied,
    // so the other layers are added after it.
    JFreeChart chart = chart(d.label(), plot);
    int index = 1;
    if (d.trendLine().isPresent()) {
      plot.setDataset(index, new XYSeriesCollection(segment("trend", d.trendLine().get())));
      plot.setRenderer(index++, lineRenderer(palette.primary(), new BasicStroke(1.25f)));
    }
    if (d.projection().isPresent()) {
      plot.setDataset(index, new XYSeriesCollection(segment("projection", d.projection().get())));
      plot.setRenderer(index, lineRenderer(palette.primary(), dotted(2f)));
    }

    weeklyRenderer.setSeriesPaint(0, palette.primary());
    weeklyRenderer.setSeriesStroke(
        0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    weeklyRenderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(palette.grid());
    plot.setRangeGridlineStroke(new BasicStroke(1f));

    for (WeekWindow w :
        List.of(d.baselineWindow(), d.currentWindow()).stream()
            .flatMap(java.util.Optional::stream)
            .toList()) {
      boolean before = w.label().equals("before");
      IntervalMarker shade =
          new IntervalMarker(
              millis(w.firstWeekStart()) - HALF_WEEK_MS,
              millis(w.lastWeekStart()) + HALF_WEEK_MS,
              before ? palette.baselineShade() : palette.currentShade());
      shade.setOutlinePaint(null);
      shade.setLabel(w.label());
      shade.setLabelFont(ChartFonts.bold(10));
      shade.setLabelPaint(palette.muted());
      shade.setLabelAnchor(RectangleAnchor.TOP);
      shade.setLabelTextAnchor(TextAnchor.TOP_CENTER);
      shade.setLabelOffset(new RectangleInsets(4, 0, 0, 0));
      shade.setLabelBackgroundColor(transparent());
      plot.addDomainMarker(shade, Layer.BACKGROUND);
    }
    for (int i = 0; i < d.stepUps().size(); i++) {
      StepUp s = d.stepUps().get(i);
      ValueMarker step = new ValueMarker(millis(s.date()), palette.muted(), new BasicStroke(1f));
      step.setLabel("\u2191 " + s.label());
      step.setLabelFont(ChartFonts.regular(10));
      step.setLabelPaint(palette.muted());
      // Near the right edge the label goes left of the line, so it is not cut off.
      boolean late =
          ChartDataPreparer.days(s.date(), d.domainEnd()) * 4
              < ChartDataPreparer.days(d.domainStart(), d.domainEnd());
      step.setLabelAnchor(late ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.BOTTOM_RIGHT);
      step.setLabelTextAnchor(late ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
      // Alternate heights so labels of step-ups a few days apart do not overprint each other.
      step.setLabelOffset(new RectangleInsets(0, 3, i % 2 == 0 ? 4 : 18, 3));
      step.setLabelBackgroundColor(transparent());
      plot.addDomainMarker(step, Layer.BACKGROUND);
    }
    if (d.target().isPresent()) {
      ValueMarker target =
          new ValueMarker(d.target().getAsDouble(), palette.target(), dashed(1.75f));
      target.setLabel("target " + format.number(d.target().getAsDouble()));
      target.setLabelFont(ChartFonts.bold(10));
      target.setLabelPaint(palette.target());
      target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
      target.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
      target.setLabelBackgroundColor(transparent());
      plot.addRangeMarker(target, Layer.FOREGROUND);
    }

    LegendItemCollection legend = new LegendItemCollection();
    legend.add(lineLegend("weekly", palette.primary(), new BasicStroke(2.5f), true));
    if (d.trendLine().isPresent())
      legend.add(lineLegend("56-day trend", palette.primary(), new BasicStroke(1.25f), false));
    if (d.projection().isPresent())
      legend.add(lineLegend("six-month projection", palette.primary(), dotted(1.75f), false));
    if (d.target().isPresent())
      legend.add(lineLegend("target", palette.target(), dashed(1.75f), false));
    plot.setFixedLegendItems(legend);
    addLegend(chart);
    return chart;
  }

  // ---------------------------------------------------------------- before/after

  /** One small horizontal bar chart per metric; the writer stacks them into one image. */
  List<JFreeChart> beforeAfter(BeforeAfterChartData d) {
    return d.rows().stream().map(this::beforeAfterPanel).toList();
  }

  private JFreeChart beforeAfterPanel(BeforeAfterChartData.Row r) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(r.baseline(), "mean", "Before \u00b7 " + r.baselineWeeks());
    data.addValue(r.current(), "mean", "After \u00b7 " + r.currentWeeks());
    Color after =
        r.verdict().endsWith("unchanged")
            ? palette.before()
            : r.improved() ? palette.improved() : palette.slipped();
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return column == 0 ? palette.before() : after;
          }
        };
    CategoryAxis categories = new CategoryAxis();
    NumberAxis values = valueAxis(r.unit());
    double high = Math.max(0, Math.max(r.baseline(), r.current()));
    double low = Math.min(0, Math.min(r.baseline(), r.current()));
    values.setRange(
        low - (high - low) * (low < 0 ? 0.3 : 0), (high - low) * 1.3 + low + (high == low ? 1 : 0));
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = chart(r.label(), plot);
    TextTitle verdict = new TextTitle(r.verdict(), ChartFonts.regular(11));
    verdict.setPaint(after == palette.before() ? palette.muted() : after);
    verdict.setHorizontalAlignment(HorizontalAlignment.LEFT);
    verdict.setPadding(new RectangleInsets(0, 0, 4, 0));
    chart.addSubtitle(verdict);

    renderer.setMaximumBarWidth(0.32);
    renderer.setItemMargin(0);
    renderer.setDrawBarOutline(false);
    renderer.setShadowVisible(false);
    renderer.setBarPainter(new StandardBarPainter());
    NumberFormat labels = NumberFormat.getNumberInstance(format.locale());
    labels.setMaximumFractionDigits(1);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator(
            "{2}" + (r.unit().isEmpty() ? "" : " " + literal(r.unit())), labels));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultItemLabelFont(ChartFonts.bold(11));
    renderer.setDefaultItemLabelPaint(palette.ink());
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    renderer.setItemLabelInsets(new RectangleInsets(5, 5, 5, 5));
    categories.setTickLabelFont(ChartFonts.regular(11));
    categories.setTickLabelPaint(palette.ink());
    categories.setAxisLineVisible(false);
    categories.setTickMarksVisible(false);
    categories.setCategoryMargin(0.25);
    plot.setDomainGridlinesVisible(false);
    return chart;
  }

  // ---------------------------------------------------------------- activity

  JFreeChart activity(ActivityChartData d) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ActivityChartData.Week w : d.weeks()) {
      String key = "W" + w.week().week();
      data.addValue(w.logs(), "logs", key);
      data.addValue(w.minStepDays(), "minimum-step days", key);
    }
    CategoryAxis weeks = new CategoryAxis();
    NumberAxis counts = valueAxis("");
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    int max = d.weeks().stream().mapToInt(w -> Math.max(w.logs(), w.minStepDays())).max().orElse(0);
    counts.setRange(0, Math.max(3, max) * 1.1);
    BarRenderer renderer = new BarRenderer();
    CategoryPlot plot = new CategoryPlot(data, weeks, counts, renderer);
    JFreeChart chart = chart("Logs per week", plot);
    renderer.setSeriesPaint(0, palette.primary());
    renderer.setSeriesPaint(1, palette.secondary());
    renderer.setDrawBarOutline(false);
    renderer.setShadowVisible(false);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setItemMargin(0.08);
    renderer.setMaximumBarWidth(0.04);
    weeks.setCategoryMargin(0.3);
    weeks.setTickMarksVisible(false);
    weeks.setAxisLinePaint(palette.grid());
    if (d.weeks().size() > 13) weeks.setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    weeks.setTickLabelFont(ChartFonts.regular(10));
    plot.setDomainGridlinesVisible(false);
    addLegend(chart);
    return chart;
  }

  // ---------------------------------------------------------------- calendar

  JFreeChart calendar(CalendarChartData d) {
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
    JFreeChart chart = chart("Days with logs", plot);
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
    for (int n = 0; n <= 3; n++) {
      LegendItem item =
          new LegendItem(
              n == 0 ? "no log" : n == 3 ? "3+ logs" : n == 1 ? "1 log" : "2 logs",
              null,
              null,
              null,
              square,
              palette.heat(n));
      legend.add(item);
    }
    plot.setFixedLegendItems(legend);
    addLegend(chart);
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

  // ---------------------------------------------------------------- sparkline

  /** A bare line of the points with a dot on the last one, no axes or text. */
  JFreeChart sparkline(List<ChartPoint> points, float stroke, double dot) {
    XYSeries line = series("values", points);
    XYSeries last = new XYSeries("last");
    if (!points.isEmpty()) {
      ChartPoint p = points.get(points.size() - 1);
      last.add(millis(p.date()), p.value());
    }
    NumberAxis time = new NumberAxis();
    NumberAxis values = new NumberAxis();
    double[] range = ChartDataPreparer.paddedRange(points.stream().map(ChartPoint::value).toList());
    values.setRange(range[0], range[1]);
    if (points.size() > 1) {
      time.setRange(
          millis(points.get(0).date()) - DAY_MS,
          millis(points.get(points.size() - 1).date()) + DAY_MS);
    } else if (points.size() == 1) {
      time.setRange(
          millis(points.get(0).date()) - 7 * DAY_MS, millis(points.get(0).date()) + 7 * DAY_MS);
    }
    XYPlot plot =
        new XYPlot(
            new XYSeriesCollection(line), time, values, new XYLineAndShapeRenderer(true, false));
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    theme(palette).apply(chart);
    plot.setRenderer(
        0,
        lineRenderer(
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

  // ---------------------------------------------------------------- shared

  private JFreeChart chart(String title, Plot plot) {
    JFreeChart chart = new JFreeChart(title, ChartFonts.bold(15), plot, false);
    theme(palette).apply(chart);
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

  private void addLegend(JFreeChart chart) {
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

  private DateAxis timeAxis(LocalDate start, LocalDate end) {
    DateAxis axis = new DateAxis(null, UTC, format.locale());
    boolean long_ = ChartDataPreparer.days(start, end) > 300;
    SimpleDateFormat labels = new SimpleDateFormat(long_ ? "MMM yyyy" : "d MMM", format.locale());
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

  private NumberAxis valueAxis(String unit) {
    NumberAxis axis = new NumberAxis(unit.isEmpty() ? null : unit);
    NumberFormat ticks = NumberFormat.getNumberInstance(format.locale());
    ticks.setMaximumFractionDigits(1);
    axis.setNumberFormatOverride(ticks);
    axis.setAutoRangeIncludesZero(false);
    styleAxis(axis);
    return axis;
  }

  private void styleAxis(org.jfree.chart.axis.Axis axis) {
    axis.setTickLabelFont(ChartFonts.regular(10));
    axis.setLabelFont(ChartFonts.regular(11));
    axis.setTickLabelPaint(palette.muted());
    axis.setLabelPaint(palette.muted());
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(false);
  }

  private XYLineAndShapeRenderer lineRenderer(Color color, Stroke stroke) {
    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
    r.setSeriesPaint(0, color);
    r.setSeriesStroke(0, stroke);
    return r;
  }

  private LegendItem lineLegend(String label, Color color, Stroke stroke, boolean dot) {
    LegendItem item =
        new LegendItem(
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
    return item;
  }

  private static BasicStroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {7f, 4f}, 0f);
  }

  private static BasicStroke dotted(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {0.5f, 4f}, 0f);
  }

  private static XYSeries series(String key, List<ChartPoint> points) {
    XYSeries s = new XYSeries(key, true, true);
    points.forEach(p -> s.add(millis(p.date()), p.value()));
    return s;
  }

  private static XYSeries segment(String key, Segment segment) {
    return series(key, List.of(segment.from(), segment.to()));
  }

  static long millis(LocalDate day) {
    return day.toEpochDay() * DAY_MS;
  }

  static Font font(boolean bold, float size) {
    return bold ? ChartFonts.bold(size) : ChartFonts.regular(size);
  }

  /** Text as a MessageFormat literal: a unit such as "{7*7}" or "o'clock" is shown, not parsed. */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
