package dev.cairn.chart;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws a goal's before/after chart: one small horizontal bar chart per metric, which the SVG
 * writer stacks into one image.
 */
final class BeforeAfterChartDrawer {

  private final ChartStyle style;
  private final ChartPalette palette;
  private final ChartWords words;

  BeforeAfterChartDrawer(ChartStyle style) {
    this.style = style;
    this.palette = style.palette();
    this.words = style.words();
  }

  /** One panel per row, {@code width} pixels wide. */
  List<JFreeChart> draw(BeforeAfterChartData d, int width) {
    // A narrow panel leaves more room after the bars, so the value labels are not cut off.
    double headroom = width < NARROW_BELOW ? 1.75 : 1.3;
    return d.rows().stream().map(r -> panel(r, headroom, width < NARROW_BELOW)).toList();
  }

  /** Panels narrower than this are drawn for phones. */
  static final int NARROW_BELOW = 500;

  private JFreeChart panel(BeforeAfterChartData.Row r, double headroom, boolean narrow) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    data.addValue(r.baseline(), "mean", words.get("chart.beforeAfter.before", r.baselineWeeks()));
    data.addValue(r.current(), "mean", words.get("chart.beforeAfter.after", r.currentWeeks()));
    // Only skill improves or slips; more or less practice is drawn in the neutral data colour.
    Color after =
        switch (r.verdict()) {
          case IMPROVED -> palette.improved();
          case SLIPPED -> palette.slipped();
          case MORE, LESS -> palette.primary();
          case UNCHANGED -> palette.before();
        };
    BarRenderer renderer =
        new BarRenderer() {
          @Override
          public Paint getItemPaint(int row, int column) {
            return column == 0 ? palette.before() : after;
          }
        };
    CategoryAxis categories = new CategoryAxis();
    NumberAxis values = style.valueAxis(r.unit());
    double high = Math.max(0, Math.max(r.baseline(), r.current()));
    double low = Math.min(0, Math.min(r.baseline(), r.current()));
    values.setRange(
        low - (high - low) * (low < 0 ? 0.3 : 0),
        (high - low) * headroom + low + (high == low ? 1 : 0));
    CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    JFreeChart chart = style.chart(r.label(), plot);
    TextTitle verdict = new TextTitle(r.verdictText(), ChartFonts.regular(11));
    verdict.setPaint(r.verdict().judgesSkill() ? after : palette.muted());
    verdict.setHorizontalAlignment(HorizontalAlignment.LEFT);
    verdict.setPadding(new RectangleInsets(0, 0, 4, 0));
    chart.addSubtitle(verdict);

    renderer.setMaximumBarWidth(0.32);
    renderer.setItemMargin(0);
    renderer.setDrawBarOutline(false);
    renderer.setShadowVisible(false);
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator(
            "{2}" + (r.unit().isEmpty() ? "" : " " + ChartStyle.literal(r.unit())),
            style.numberFormat()));
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
    if (narrow) categories.setMaximumCategoryLabelWidthRatio(0.5f);
    plot.setDomainGridlinesVisible(false);
    return chart;
  }
}
