package dev.cairn.chart;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.WeekCalendar;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans one goal's charts for one set of settings: prepares each chart's data and words, and pairs
 * the image a page shows with the job that draws its file. Draws nothing.
 */
final class GoalChartPlanner {

  static final int TREND_WIDTH = 720;
  static final int TREND_HEIGHT = 380;
  static final int BEFORE_AFTER_WIDTH = 720;
  static final int BEFORE_AFTER_PANEL_HEIGHT = 150;
  static final int ACTIVITY_WIDTH = 720;
  static final int ACTIVITY_HEIGHT = 320;
  static final int CALENDAR_WIDTH = 760;
  static final int CALENDAR_HEIGHT = 180;

  /** Phones show every goal chart drawn this wide, so text stays legible. */
  static final int NARROW_WIDTH = 360;

  static final int NARROW_TREND_HEIGHT = 420;
  static final int NARROW_ACTIVITY_HEIGHT = 320;
  static final int NARROW_CALENDAR_HEIGHT = 330;
  static final int SPARKLINE_WIDTH = 160;
  static final int SPARKLINE_HEIGHT = 40;

  private final ChartPalette palette;
  private final ChartSettings settings;
  private final WeekCalendar calendar;
  private final TrendDataPreparer trend;
  private final BeforeAfterDataPreparer beforeAfter;
  private final ActivityDataPreparer activity;
  private final CalendarDataPreparer calendarChart;
  private final SparklineDataPreparer sparkline;
  private final ShareDataPreparer share;

  GoalChartPlanner(ChartPalette palette, ChartSettings settings) {
    this.palette = palette;
    this.settings = settings;
    this.calendar = new WeekCalendar(settings.weekStart());
    ChartWords words = new ChartWords(settings.words());
    this.trend = new TrendDataPreparer(words);
    this.beforeAfter = new BeforeAfterDataPreparer(words);
    this.activity = new ActivityDataPreparer(words);
    this.calendarChart = new CalendarDataPreparer(words);
    this.sparkline = new SparklineDataPreparer(words);
    this.share = new ShareDataPreparer(words, beforeAfter);
  }

  GoalChartPlan plan(GoalAnalysis goal) {
    String dir = "charts/" + goal.goal().slug() + "/";
    int windowWeeks = settings.windowWeeks();
    List<ChartJob> jobs = new ArrayList<>();
    List<ChartImage> images = new ArrayList<>();
    for (MetricAnalysis metric : ChartSeries.masteryFirst(goal.metrics())) {
      trend
          .prepare(goal, metric, windowWeeks)
          .ifPresent(
              d ->
                  images.add(
                      add(
                          jobs,
                          "trend",
                          dir + metric.metric().id() + "-trend.svg",
                          new int[] {TREND_WIDTH, TREND_HEIGHT, NARROW_WIDTH, NARROW_TREND_HEIGHT},
                          d,
                          d.text())));
    }
    beforeAfter
        .prepare(goal, windowWeeks)
        .ifPresent(
            d ->
                images.add(
                    add(
                        jobs,
                        "before-after",
                        dir + "before-after.svg",
                        new int[] {
                          BEFORE_AFTER_WIDTH,
                          BEFORE_AFTER_PANEL_HEIGHT * d.rows().size() + 10,
                          NARROW_WIDTH,
                          BEFORE_AFTER_PANEL_HEIGHT * d.rows().size() + 10
                        },
                        d,
                        d.text())));
    ActivityChartData weeks = activity.prepare(goal, settings.today(), calendar);
    images.add(
        add(
            jobs,
            "activity",
            dir + "activity.svg",
            new int[] {ACTIVITY_WIDTH, ACTIVITY_HEIGHT, NARROW_WIDTH, NARROW_ACTIVITY_HEIGHT},
            weeks,
            weeks.text()));
    CalendarChartData days = calendarChart.prepare(goal, settings.today(), calendar);
    images.add(
        add(
            jobs,
            "calendar",
            dir + "calendar.svg",
            new int[] {CALENDAR_WIDTH, CALENDAR_HEIGHT, NARROW_WIDTH, NARROW_CALENDAR_HEIGHT},
            days,
            days.text()));
    SparklineData spark = sparkline.prepare(goal);
    ChartImage sparklineImage =
        add(
            jobs,
            "sparkline",
            dir + "sparkline.svg",
            SPARKLINE_WIDTH,
            SPARKLINE_HEIGHT,
            spark,
            spark.text());
    ShareImageData card = share.prepare(goal, settings.siteTitle(), windowWeeks);
    ChartImage shareImage =
        add(
            jobs,
            "share",
            dir + "share.png",
            ShareImagePainter.WIDTH,
            ShareImagePainter.HEIGHT,
            card,
            card.text());
    return new GoalChartPlan(goal.goal().slug(), images, sparklineImage, shareImage, jobs);
  }

  /**
   * Adds the jobs drawing {@code data} at {@code path} in {@code size[0]}×{@code size[1]} and, as
   * {@code …-narrow.svg}, in {@code size[2]}×{@code size[3]}; returns the image showing them.
   */
  private ChartImage add(
      List<ChartJob> jobs, String kind, String path, int[] size, ChartData data, ChartText text) {
    String narrow = path.replaceFirst("\\.svg$", "-narrow.svg");
    jobs.add(new ChartJob(path, size[0], size[1], palette, settings.words(), data));
    jobs.add(new ChartJob(narrow, size[2], size[3], palette, settings.words(), data));
    return new ChartImage(
        kind,
        path,
        text.alt(),
        text.caption(),
        size[0],
        size[1],
        narrow,
        size[2],
        size[3],
        text.tableHeader(),
        text.tableRows());
  }

  /** Adds the job drawing {@code data} at {@code path}, and returns the image showing it. */
  private ChartImage add(
      List<ChartJob> jobs,
      String kind,
      String path,
      int width,
      int height,
      ChartData data,
      ChartText text) {
    jobs.add(new ChartJob(path, width, height, palette, settings.words(), data));
    return new ChartImage(
        kind,
        path,
        text.alt(),
        text.caption(),
        width,
        height,
        "",
        0,
        0,
        text.tableHeader(),
        text.tableRows());
  }
}
