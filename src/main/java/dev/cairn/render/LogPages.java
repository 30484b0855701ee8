package dev.cairn.render;

import dev.cairn.chart.ChartImage;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.render.Views.LogLinkView;
import dev.cairn.render.Views.LogView;
import dev.cairn.render.Views.ReviewLinkView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One page per log: its win, body, metrics, challenge, tags, and its neighbours in its goal. */
final class LogPages {

  private LogPages() {}

  static List<PageJob> jobs(RenderContext ctx) {
    Map<String, ReviewLinkView> reviewOfLog = reviewOfLog(ctx);
    Map<String, List<Log>> logsByGoal =
        ctx.portfolio().logs().stream()
            .collect(Collectors.groupingBy(Log::goal, TreeMap::new, Collectors.toList()));
    // A goal's logs in order, each with its neighbours; jobs are made in parallel (10,000 at 10k).
    List<Log[]> withNeighbours = new ArrayList<>();
    for (List<Log> goalLogs : logsByGoal.values()) {
      for (int i = 0; i < goalLogs.size(); i++) {
        withNeighbours.add(
            new Log[] {
              goalLogs.get(i),
              i > 0 ? goalLogs.get(i - 1) : null,
              i + 1 < goalLogs.size() ? goalLogs.get(i + 1) : null
            });
      }
    }
    return withNeighbours.parallelStream()
        .map(n -> job(ctx, n[0], n[1], n[2], reviewOfLog.get(n[0].slug())))
        .toList();
  }

  private static PageJob job(
      RenderContext ctx, Log log, Log previous, Log next, ReviewLinkView review) {
    Goal goal = ctx.goalOf(log);
    ChartImage share = ctx.content().charts().shareImages().get(goal.slug());
    MarkdownRenderer.Rendered body = ctx.body(log);
    String path = ctx.links().log(log);
    return new PageJob(
        path,
        "log.ftlh",
        Arrays.asList(log, goal, previous, next, review, share, body),
        () -> page(ctx, log, goal, previous, next, review, share, body, path));
  }

  /** The weekly review each log appears in, by log slug. */
  private static Map<String, ReviewLinkView> reviewOfLog(RenderContext ctx) {
    Map<String, ReviewLinkView> reviewOfLog = new HashMap<>();
    var reviews = ctx.content().analysis().reviews();
    for (int r = 0; r < reviews.size(); r++) {
      for (var gw : reviews.get(r).goals()) {
        for (Log l : gw.logs()) reviewOfLog.put(l.slug(), ctx.reviewLinks().get(r));
      }
    }
    return reviewOfLog;
  }

  private static PageJob.Page page(
      RenderContext ctx,
      Log log,
      Goal g,
      Log previous,
      Log next,
      ReviewLinkView review,
      ChartImage share,
      MarkdownRenderer.Rendered body,
      String path) {
    ViewFactory views = ctx.views();
    LogLinkView link = views.logLink(log);
    LogView view =
        new LogView(
            link,
            body.html(),
            views.metricValues(log, g),
            views.challengeName(log, g).orElse(null),
            views.tags(log),
            new Views.LinkView(ctx.links().goal(g), g.title()),
            review == null ? null : new Views.LinkView(review.url(), review.label()),
            previous == null ? null : views.logLink(previous),
            next == null ? null : views.logLink(next));
    String description = log.win().orElseGet(() -> RenderContext.excerpt(body.text(), g.title()));
    return new PageJob.Page(
        ctx.pages().of("log", link.title(), description, path, Optional.ofNullable(share)),
        Map.of("log", view));
  }
}
