package dev.cairn.chart;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.MetricAnalysis;
import dev.cairn.analysis.PortfolioAnalysis;
import java.awt.Rectangle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * Draws every chart of a portfolio: per goal a trend chart per metric (mastery first), a
 * before/after chart, a weekly activity chart and a calendar heat map as SVG, plus an index
 * sparkline (SVG) and a share image (PNG). Charts are drawn in parallel on a bounded pool, and a
 * chart whose input did not change since the last render is not drawn again.
 */
public final class ChartRenderer {

  static {
    // Before any AWT class loads: charts are drawn on servers and in CI without a display.
    System.setProperty("java.awt.headless", "true");
  }

  static final int TREND_WIDTH = 720;
  static final int TREND_HEIGHT = 380;
  static final int BEFORE_AFTER_WIDTH = 720;
  static final int BEFORE_AFTER_PANEL_HEIGHT = 150;
  static final int ACTIVITY_WIDTH = 720;
  static final int ACTIVITY_HEIGHT = 320;
  static final int CALENDAR_WIDTH = 760;
  static final int CALENDAR_HEIGHT = 180;
  static final int SPARKLINE_WIDTH = 160;
  static final int SPARKLINE_HEIGHT = 40;

  private static final int DEFAULT_WINDOW_WEEKS = 2;

  private final FigureFormatter format;
  private final ChartDataPreparer preparer;
  private final ChartDrawer drawer;
  private final SvgChartWriter svg;
  private final ShareImagePainter share;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
  // A goal whose analysis is the same instance as last time has the same charts: skip preparing
  // them.
  private final AtomicInteger renders = new AtomicInteger();

  public ChartRenderer(Locale locale) {
    this(locale, ChartPalette.defaults());
  }

  public ChartRenderer(Locale locale, ChartPalette palette) {
    Objects.requireNonNull(palette);
    this.format = new FigureFormatter(locale);
    this.preparer = new ChartDataPreparer(format);
    this.drawer = new ChartDrawer(palette, format);
    this.svg = new SvgChartWriter(palette);
    this.share = new ShareImagePainter(palette, drawer);
  }

  /** All charts with the default before/after window of 2 weeks. */
  public ChartSet render(PortfolioAnalysis analysis, String siteTitle) {
    return render(analysis, siteTitle, DEFAULT_WINDOW_WEEKS);
  }

  /** All charts for all goals; {@code windowWeeks} is site.yaml's {@code window_weeks}. */
  public ChartSet render(PortfolioAnalysis analysis, String siteTitle, int windowWeeks) {
    if (windowWeeks < 1) throw new IllegalArgumentException("window_weeks must be at least 1");
    DayOfWeek weekStart = ChartDataPreparer.weekStartOf(analysis);
    List<GoalAnalysis> goals =
        analysis.goals().stream().sorted(Comparator.comparing(g -> g.goal().slug())).toList();

    List<Job> jobs = new ArrayList<>();
    Map<String, List<ChartImage>> goalCharts = new TreeMap<>();
    Map<String, ChartImage> sparklines = new TreeMap<>();
    Map<String, ChartImage> shareImages = new TreeMap<>();
    for (GoalAnalysis goal : goals) {
      String slug = goal.goal().slug();
      GoalCharts charts = prepare(goal, analysis.today(), weekStart, siteTitle, windowWeeks);
      jobs.addAll(charts.jobs());
      goalCharts.put(slug, charts.images());
      sparklines.put(slug, charts.sparkline());
      shareImages.put(slug, charts.share());
    }
    return new ChartSet(run(jobs), goalCharts, sparklines, shareImages);
  }

  /** One goal's charts: what to draw, and the images its pages show. */
  private record GoalCharts(
      List<Job> jobs, List<ChartImage> images, ChartImage sparkline, ChartImage share) {}

  private GoalCharts prepare(
      GoalAnalysis goal, LocalDate today, DayOfWeek weekStart, String siteTitle, int windowWeeks) {
    List<Job> jobs = new ArrayList<>();
    String dir = "charts/" + goal.goal().slug() + "/";
    List<ChartImage> images = new ArrayList<>();
    for (MetricAnalysis metric : ChartDataPreparer.masteryFirst(goal.metrics())) {
      Optional<TrendChartData> data = preparer.trend(goal, metric, windowWeeks);
      if (data.isEmpty()) continue;
      TrendChartData d = data.get();
      images.add(
          svgJob(
              jobs,
              "trend",
              dir + metric.metric().id() + "-trend.svg",
              TREND_WIDTH,
              TREND_HEIGHT,
              d.text(),
              d,
              () -> List.of(drawer.trend(d))));
    }
    preparer
        .beforeAfter(goal, windowWeeks)
        .ifPresent(
            d ->
                images.add(
                    svgJob(
                        jobs,
                        "before-after",
                        dir + "before-after.svg",
                        BEFORE_AFTER_WIDTH,
                        BEFORE_AFTER_PANEL_HEIGHT * d.rows().size() + 10,
                        d.text(),
                        d,
                        () -> drawer.beforeAfter(d))));
    ActivityChartData activity = preparer.activity(goal, today, weekStart);
    images.add(
        svgJob(
            jobs,
            "activity",
            dir + "activity.svg",
            ACTIVITY_WIDTH,
            ACTIVITY_HEIGHT,
            activity.text(),
            activity,
            () -> List.of(drawer.activity(activity))));
    CalendarChartData calendar = preparer.calendar(goal, today, weekStart);
    images.add(
        svgJob(
            jobs,
            "calendar",
            dir + "calendar.svg",
            CALENDAR_WIDTH,
            CALENDAR_HEIGHT,
            calendar.text(),
            calendar,
            () -> List.of(drawer.calendar(calendar))));

    SparklineData spark = preparer.sparkline(goal);
    ChartImage sparkline =
        svgJob(
            jobs,
            "sparkline",
            dir + "sparkline.svg",
            SPARKLINE_WIDTH,
            SPARKLINE_HEIGHT,
            spark.text(),
            spark,
            () -> List.of(drawer.sparkline(spark.points(), 2f, 5)));

    ShareImageData shareData = preparer.share(goal, siteTitle, windowWeeks);
    String sharePath = dir + "share.png";
    jobs.add(new Job(sharePath, key(sharePath, shareData), () -> share.paint(shareData)));
    ChartImage shareImage =
        image(
            "share",
            sharePath,
            ShareImagePainter.WIDTH,
            ShareImagePainter.HEIGHT,
            shareData.text());
    return new GoalCharts(List.copyOf(jobs), List.copyOf(images), sparkline, shareImage);
  }

  /** How many charts this instance has drawn (not taken from its cache). */
  int renderCount() {
    return renders.get();
  }

  private ChartImage svgJob(
      List<Job> jobs,
      String kind,
      String path,
      int width,
      int height,
      ChartText text,
      Record data,
      Supplier<List<JFreeChart>> charts) {
    String prefix = "cairn-" + path.replaceAll("[^A-Za-z0-9]+", "-");
    jobs.add(
        new Job(
            path,
            key(path, data),
            () ->
                svg.write(
                    prefix,
                    width,
                    height,
                    text.alt(),
                    g2 -> {
                      List<JFreeChart> panels = charts.get();
                      int panelHeight = height / panels.size();
                      for (int i = 0; i < panels.size(); i++) {
                        panels
                            .get(i)
                            .draw(g2, new Rectangle(0, i * panelHeight, width, panelHeight));
                      }
                    })));
    return image(kind, path, width, height, text);
  }

  private static ChartImage image(String kind, String path, int width, int height, ChartText text) {
    return new ChartImage(
        kind,
        path,
        text.alt(),
        text.caption(),
        width,
        height,
        text.tableHeader(),
        text.tableRows());
  }

  private List<ChartFile> run(List<Job> jobs) {
    Map<String, Future<byte[]>> futures = new LinkedHashMap<>();
    Set<String> used = new HashSet<>();
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), jobs.size()));
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "cairn-chart");
              t.setDaemon(true);
              return t;
            });
    try {
      for (Job job : jobs) {
        used.add(job.key());
        futures.put(job.path(), pool.submit(() -> cached(job)));
      }
      List<ChartFile> files = new ArrayList<>();
      for (Map.Entry<String, Future<byte[]>> e : futures.entrySet()) {
        files.add(new ChartFile(e.getKey(), await(e.getKey(), e.getValue())));
      }
      // Forget charts that no longer exist, so a long-running server does not grow without bound.
      cache.keySet().retainAll(used);
      files.sort(Comparator.comparing(ChartFile::path));
      return files;
    } finally {
      pool.shutdownNow();
    }
  }

  private byte[] cached(Job job) {
    byte[] bytes = cache.get(job.key());
    if (bytes == null) {
      bytes = job.draw().get();
      renders.incrementAndGet();
      cache.putIfAbsent(job.key(), bytes);
    }
    return bytes.clone();
  }

  private static byte[] await(String path, Future<byte[]> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while drawing " + path, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw new IllegalStateException(
          "cannot draw chart " + path + ": " + cause.getMessage(), cause);
    }
  }

  /** The cache key: a SHA-256 of the file path and everything the chart is drawn from. */
  private static String key(String path, Record data) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((path + "\n" + data).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  private record Job(String path, String key, Supplier<byte[]> draw) {}
}
