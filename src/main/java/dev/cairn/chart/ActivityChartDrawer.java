package dev.cairn.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/** Draws a goal's weekly activity chart: paired bars of logs and minimum-step days per week. */
final class ActivityChartDrawer {

  private final ChartStyle style;

  ActivityChartDrawer(ChartStyle style) {
    this.style = style;
  }

  JFreeChart draw(ActivityChartData d) {
    ChartWords words = style.words();
    ChartPalette palette = style.palette();
    String logs = words.get("chart.activity.series.logs");
    String minStep = words.get("chart.activity.series.minStep");
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (ActivityChartData.Week w : d.weeks()) {
      String key = words.get("chart.activity.week", String.valueOf(w.week().week()));
      data.addValue(w.logs(), logs, key);
      data.addValue(w.minStepDays(), minStep, key);
    }
    CategoryAxis weeks = new CategoryAxis();
    NumberAxis counts = style.valueAxis("");
    counts.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    int max = d.weeks().stream().mapToInt(w -> Math.max(w.logs(), w.minStepDays())).max().orElse(0);
    counts.setRange(0, Math.max(3, max) * 1.1);
    BarRenderer renderer = new BarRenderer();
    CategoryPlot plot = new CategoryPlot(data, weeks, counts, renderer);
    JFreeChart chart = style.chart(words.get("chart.activity.title"), plot);
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
    style.addLegend(chart);
    return chart;
  }
}
