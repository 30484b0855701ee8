package dev.cairn.chart;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.PeriodReview;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.analysis.WeekCalendar;
import dev.cairn.text.Messages;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The chart stage: per goal a trend chart per metric (mastery first), a before/after chart, a
 * weekly activity chart and a calendar heat map as SVG, plus an index sparkline (SVG) and a share
 * image (PNG). Planning is cheap and draws nothing; drawing runs the planned jobs in parallel on a
 * bounded pool. Every method is a function of its arguments: nothing is remembered between calls.
 */
public final class ChartRenderer {

  static {
    // Before any AWT class loads: charts are drawn on servers and in CI without a display.
    System.setProperty("java.awt.headless", "true");
  }

  private final ChartPalette palette;

  public ChartRenderer() {
    this(ChartPalette.defaults());
  }

  public ChartRenderer(ChartPalette palette) {
    this.palette = Objects.requireNonNull(palette);
  }

  /**
   * Every chart of the portfolio: {@code assemble(plan(analysis, settings), planYears(analysis,
   * settings), draw(jobs))}.
   */
  public ChartSet render(PortfolioAnalysis analysis, ChartSettings settings) {
    List<GoalChartPlan> plans = plan(analysis, settings);
    YearSharePlan years = planYears(analysis, settings);
    return assemble(plans, years, draw(jobs(plans, years)));
  }

  /** Every job of {@code plans} and {@code years}, goals first. */
  public static List<ChartJob> jobs(List<GoalChartPlan> plans, YearSharePlan years) {
    List<ChartJob> jobs = new ArrayList<>();
    plans.forEach(p -> jobs.addAll(p.jobs()));
    jobs.addAll(years.jobs());
    return jobs;
  }

  /** The share image of each yearly review, at {@code reviews/<year>/share.png}. */
  public YearSharePlan planYears(PortfolioAnalysis analysis, ChartSettings settings) {
    YearShareDataPreparer preparer =
        new YearShareDataPreparer(
            new ChartWords(settings.words()), new WeekCalendar(settings.weekStart()));
    Map<String, ChartImage> images = new TreeMap<>();
    List<ChartJob> jobs = new ArrayList<>();
    for (PeriodReview year : analysis.yearlyReviews()) {
      ShareImageData card = preparer.prepare(year, settings.siteTitle());
      String path = "reviews/" + year.period().id() + "/share.png";
      jobs.add(
          new ChartJob(
              path,
              ShareImagePainter.WIDTH,
              ShareImagePainter.HEIGHT,
              palette,
              settings.words(),
              card));
      images.put(
          year.period().id(),
          new ChartImage(
              "share",
              path,
              card.text().alt(),
              "",
              ShareImagePainter.WIDTH,
              ShareImagePainter.HEIGHT,
              "",
              0,
              0,
              List.of(),
              List.of()));
    }
    return new YearSharePlan(images, jobs);
  }

  /** The plans of every goal, sorted by slug. */
  public List<GoalChartPlan> plan(PortfolioAnalysis analysis, ChartSettings settings) {
    GoalChartPlanner planner = new GoalChartPlanner(palette, settings);
    return analysis.goals().stream()
        .sorted(Comparator.comparing(g -> g.goal().slug()))
        .map(planner::plan)
        .toList();
  }

  /** One goal's plan: the images its pages show and the jobs that draw them. */
  public GoalChartPlan plan(GoalAnalysis goal, ChartSettings settings) {
    return new GoalChartPlanner(palette, settings).plan(goal);
  }

  /** Draws {@code jobs} in parallel; the files come in the order of the jobs. */
  public List<ChartFile> draw(List<ChartJob> jobs) {
    if (jobs.isEmpty()) return List.of();
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
      // The bundle is read once per locale and call, not once per chart.
      Map<Messages, ChartWords> words = new HashMap<>();
      for (ChartJob job : jobs) words.computeIfAbsent(job.words(), ChartWords::new);
      List<Future<byte[]>> futures = new ArrayList<>();
      for (ChartJob job : jobs) {
        ChartWords jobWords = words.get(job.words());
        futures.add(pool.submit(() -> ChartPainter.paint(job, jobWords)));
      }
      List<ChartFile> files = new ArrayList<>();
      for (int i = 0; i < jobs.size(); i++) {
        String path = jobs.get(i).path();
        files.add(new ChartFile(path, await(path, futures.get(i))));
      }
      return files;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The chart set of {@code plans} with {@code files}, the drawn files of their jobs (drawn now or
   * earlier), sorted by path.
   */
  public static ChartSet assemble(
      List<GoalChartPlan> plans, YearSharePlan years, List<ChartFile> files) {
    Map<String, List<ChartImage>> goalCharts = new TreeMap<>();
    Map<String, ChartImage> sparklines = new TreeMap<>();
    Map<String, ChartImage> shareImages = new TreeMap<>();
    for (GoalChartPlan plan : plans) {
      goalCharts.put(plan.slug(), plan.images());
      sparklines.put(plan.slug(), plan.sparkline());
      shareImages.put(plan.slug(), plan.share());
    }
    List<ChartFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(ChartFile::path));
    return new ChartSet(sorted, goalCharts, sparklines, shareImages, years.images());
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
}
