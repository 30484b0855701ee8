package dev.cairn.render;

import dev.cairn.analysis.WeeklyReview;
import dev.cairn.chart.ChartImage;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.render.Views.LogLinkView;
import dev.cairn.render.Views.LogView;
import dev.cairn.render.Views.ReviewLinkView;
import dev.cairn.text.Figures;
import dev.cairn.text.Messages;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One page per log: its win, body, metrics, challenge, tags, and its neighbours in its goal. A
 * goal's log pages and listings are made together ({@link #forGoal}), from that goal's logs alone.
 */
final class LogPages {

  private final Figures fmt;
  private final Messages words;
  private final SiteLinks links;
  private final PageMeta pages;

  LogPages(Figures fmt, Messages words, SiteLinks links, PageMeta pages) {
    this.fmt = fmt;
    this.words = words;
    this.links = links;
    this.pages = pages;
  }

  /**
   * The listings and pages of each goal's logs, in goal slug order, each through {@code step}. A
   * goal's are made from the goal, its logs, its weekly reviews, its share image, the settings and
   * the words: the log bodies follow from the logs and the settings ({@code unsafe_html}), and
   * which review a log is in from its date and the goal's reviews.
   */
  Map<String, GoalLogs> byGoal(
      SiteContent content,
      Map<String, Goal> goalsBySlug,
      List<ReviewLinkView> reviewLinks,
      Map<String, List<ReviewLinkView>> reviewsByGoal,
      GoalLogsStep step) {
    // Grouped by hash, then ordered: a tree lookup per log cost more at 10k logs.
    Map<String, List<Log>> grouped =
        content.portfolio().logs().stream()
            .collect(Collectors.groupingBy(Log::goal, HashMap::new, Collectors.toList()));
    Map<String, List<Log>> logsByGoal = new TreeMap<>(grouped);
    Map<String, GoalLogs> made = new LinkedHashMap<>();
    logsByGoal.forEach(
        (slug, logs) -> {
          Goal goal = goalsBySlug.get(slug);
          ChartImage share = content.charts().shareImages().get(slug);
          List<?> inputs =
              Arrays.asList(
                  goal,
                  logs,
                  reviewsByGoal.getOrDefault(slug, List.of()),
                  share,
                  content.portfolio().site(),
                  content.audience(),
                  words);
          Supplier<GoalLogs> make =
              () ->
                  forGoal(
                      goal,
                      logs,
                      logs.stream().map(l -> content.bodies().get(l.slug())).toList(),
                      reviews(slug, logs, content.analysis().reviews(), reviewLinks),
                      share);
          made.put(slug, step.goalLogs(goal, inputs, make));
        });
    return made;
  }

  /** The weekly review of each of the goal's logs (null for none), in the order of the logs. */
  private static List<ReviewLinkView> reviews(
      String goal, List<Log> logs, List<WeeklyReview> reviews, List<ReviewLinkView> links) {
    Map<String, ReviewLinkView> reviewOfLog = new HashMap<>(logs.size() * 2);
    for (int r = 0; r < reviews.size(); r++) {
      for (var gw : reviews.get(r).goals()) {
        if (!gw.goal().slug().equals(goal)) continue;
        for (Log l : gw.logs()) reviewOfLog.put(l.slug(), links.get(r));
      }
    }
    return logs.stream().map(l -> reviewOfLog.get(l.slug())).toList();
  }

  /**
   * The listings and pages of {@code goal}'s logs, in the goal's order; {@code bodies} and {@code
   * reviews} hold each log's body and weekly review (or null), in the same order. The pages' views
   * read only these listings, so they keep nothing else of the build alive.
   */
  GoalLogs forGoal(
      Goal goal,
      List<Log> logs,
      List<MarkdownRenderer.Rendered> bodies,
      List<ReviewLinkView> reviews,
      ChartImage share) {
    Map<String, LogListing> listings =
        new LogListings(fmt, words, links).ofGoal(goal, logs, bodies);
    ViewFactory views = new ViewFactory(fmt, words, links, l -> listings.get(l.slug()));
    // Jobs are made in parallel (10,000 at 10k logs in one goal).
    List<PageJob> jobs =
        IntStream.range(0, logs.size())
            .parallel()
            .mapToObj(
                i ->
                    job(
                        views,
                        goal,
                        logs.get(i),
                        i > 0 ? logs.get(i - 1) : null,
                        i + 1 < logs.size() ? logs.get(i + 1) : null,
                        reviews.get(i),
                        share,
                        bodies.get(i)))
            .toList();
    return new GoalLogs(listings, jobs);
  }

  private PageJob job(
      ViewFactory views,
      Goal goal,
      Log log,
      Log previous,
      Log next,
      ReviewLinkView review,
      ChartImage share,
      MarkdownRenderer.Rendered body) {
    String path = links.log(log);
    return new PageJob(
        path,
        "log.ftlh",
        Arrays.asList(log, goal, previous, next, review, share, body),
        () -> page(views, log, goal, previous, next, review, share, body, path));
  }

  private PageJob.Page page(
      ViewFactory views,
      Log log,
      Goal g,
      Log previous,
      Log next,
      ReviewLinkView review,
      ChartImage share,
      MarkdownRenderer.Rendered body,
      String path) {
    LogLinkView link = views.logLink(log);
    LogView view =
        new LogView(
            link,
            body.html(),
            views.metricValues(log, g),
            views.challengeName(log, g).orElse(null),
            views.tags(log),
            new Views.LinkView(links.goal(g), g.title()),
            review == null ? null : new Views.LinkView(review.url(), review.label()),
            previous == null ? null : views.logLink(previous),
            next == null ? null : views.logLink(next));
    String description = log.win().orElseGet(() -> RenderContext.excerpt(body.text(), g.title()));
    return new PageJob.Page(
        pages.of("log", link.title(), description, path, Optional.ofNullable(share)),
        Map.of("log", view));
  }
}
