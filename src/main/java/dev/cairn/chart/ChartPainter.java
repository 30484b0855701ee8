package dev.cairn.chart;

import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Turns one chart job into file bytes: SVG for charts and sparklines, PNG for share images. Uses
 * nothing but the job, so equal jobs give equal bytes.
 */
final class ChartPainter {

  private ChartPainter() {}

  /** Paints {@code job}; {@code words} must be of the job's locale. */
  static byte[] paint(ChartJob job, ChartWords words) {
    if (!words.locale().equals(job.locale())) {
      throw new IllegalArgumentException("words of " + words.locale() + " for " + job.path());
    }
    ChartStyle style = new ChartStyle(job.palette(), words);
    ChartData data = job.data();
    if (data instanceof ShareImageData share) {
      return new ShareImagePainter(job.palette(), new SparklineDrawer(style)).paint(share);
    }
    List<JFreeChart> panels;
    ChartText text;
    if (data instanceof TrendChartData d) {
      panels = List.of(new TrendChartDrawer(style).draw(d));
      text = d.text();
    } else if (data instanceof BeforeAfterChartData d) {
      panels = new BeforeAfterChartDrawer(style).draw(d, job.width());
      text = d.text();
    } else if (data instanceof ActivityChartData d) {
      panels = List.of(new ActivityChartDrawer(style).draw(d));
      text = d.text();
    } else if (data instanceof CalendarChartData d) {
      panels = new CalendarChartDrawer(style).draw(d, job.width());
      text = d.text();
    } else if (data instanceof SparklineData d) {
      panels = List.of(new SparklineDrawer(style).draw(d.points(), 2f, 5));
      text = d.text();
    } else {
      throw new IllegalArgumentException("no drawer for " + data.getClass().getSimpleName());
    }
    return svg(job, text.alt(), panels);
  }

  /** The panels stacked from the top, each an equal share of the height. */
  private static byte[] svg(ChartJob job, String title, List<JFreeChart> panels) {
    String prefix = "cairn-" + job.path().replaceAll("[^A-Za-z0-9]+", "-");
    int width = job.width();
    int height = job.height();
    return new SvgChartWriter(job.palette())
        .write(
            prefix,
            width,
            height,
            title,
            g2 -> {
              int panelHeight = height / panels.size();
              for (int i = 0; i < panels.size(); i++) {
                panels.get(i).draw(g2, new Rectangle(0, i * panelHeight, width, panelHeight));
              }
            });
  }
}
