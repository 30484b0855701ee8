package dev.cairn.render;

import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.chart.ChartSet;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import dev.cairn.render.Views.GoalSummaryView;
import dev.cairn.render.Views.PeriodLinkView;
import dev.cairn.render.Views.ReviewLinkView;
import dev.cairn.text.Figures;
import dev.cairn.text.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every page family of one build shares: the content, the formatters and words for its locale,
 * links, view builders, and the views more than one family shows (goal summaries, links to the
 * weekly, monthly and yearly reviews).
 */
record RenderContext(
    SiteContent content,
    Figures fmt,
    Messages words,
    SiteLinks links,
    ViewFactory views,
    PeriodViews periodViews,
    PageMeta pages,
    MarkdownRenderer markdown,
    Map<String, Goal> goalsBySlug,
    List<GoalSummaryView> summaries,
    List<ReviewLinkView> reviewLinks,
    Map<String, List<ReviewLinkView>> reviewsByGoal,
    List<PeriodLinkView> monthLinks,
    List<PeriodLinkView> yearLinks,
    Map<String, GoalLogs> logsByGoal) {

  static final int WINS_PER_GOAL_ON_INDEX = 3;

  static RenderContext of(
      SiteContent content, Messages words, MarkdownRenderer markdown, GoalLogsStep step) {
    SiteConfig cfg = content.portfolio().site();
    Figures fmt = new Figures(cfg.locale());
    SiteLinks links = new SiteLinks(cfg.baseUrl());
    PageMeta pages = new PageMeta(links, content.audience());
    Map<String, Goal> goalsBySlug =
        content.portfolio().goals().stream()
            .collect(Collectors.toMap(Goal::slug, Function.identity()));
    Map<String, GoalLogs> logsByGoal = new LinkedHashMap<>(); // filled below, before any view
    ViewFactory views =
        new ViewFactory(fmt, words, links, l -> logsByGoal.get(l.goal()).listings().get(l.slug()));
    PeriodViews periodViews = new PeriodViews(fmt, words, links, views);
    PortfolioAnalysis analysis = content.analysis();
    List<ReviewLinkView> reviewLinks = analysis.reviews().stream().map(views::reviewLink).toList();
    Map<String, List<ReviewLinkView>> reviewsByGoal =
        ReviewPages.reviewsByGoal(analysis.reviews(), reviewLinks);
    logsByGoal.putAll(
        new LogPages(fmt, words, links, pages)
            .byGoal(content, goalsBySlug, reviewLinks, reviewsByGoal, step));
    ChartSet charts = content.charts();
    List<GoalSummaryView> summaries =
        analysis.goals().stream()
            .map(
                ga ->
                    views.summary(
                        ga,
                        Optional.ofNullable(charts.sparklines().get(ga.goal().slug())),
                        WINS_PER_GOAL_ON_INDEX))
            .toList();
    return new RenderContext(
        content,
        fmt,
        words,
        links,
        views,
        periodViews,
        pages,
        markdown,
        goalsBySlug,
        summaries,
        reviewLinks,
        reviewsByGoal,
        analysis.monthlyReviews().stream().map(periodViews::link).toList(),
        analysis.yearlyReviews().stream().map(periodViews::link).toList(),
        logsByGoal);
  }

  Portfolio portfolio() {
    return content.portfolio();
  }

  SiteConfig site() {
    return content.portfolio().site();
  }

  Goal goalOf(Log log) {
    return goalsBySlug.get(log.goal());
  }

  LogListing listing(Log log) {
    return logsByGoal.get(log.goal()).listings().get(log.slug());
  }

  MarkdownRenderer.Rendered body(Log log) {
    return content.bodies().get(log.slug());
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }

  static String excerpt(String text, String fallback) {
    if (text.isEmpty()) return fallback;
    return text.length() <= 200 ? text : text.substring(0, 199).strip() + "…";
  }
}
