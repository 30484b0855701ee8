package dev.cairn.render;

import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.chart.ChartSet;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import dev.cairn.render.Views.GoalSummaryView;
import dev.cairn.render.Views.ReviewLinkView;
import dev.cairn.text.Figures;
import dev.cairn.text.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every page family of one build shares: the content, the formatters and words for its locale,
 * links, view builders, and the views more than one family shows (goal summaries, review links).
 */
record RenderContext(
    SiteContent content,
    Figures fmt,
    Messages words,
    SiteLinks links,
    ViewFactory views,
    PageMeta pages,
    MarkdownRenderer markdown,
    Map<String, Goal> goalsBySlug,
    List<GoalSummaryView> summaries,
    List<ReviewLinkView> reviewLinks,
    Map<String, LogListing> listings) {

  static final int WINS_PER_GOAL_ON_INDEX = 3;

  static RenderContext of(
      SiteContent content, Messages words, MarkdownRenderer markdown, ListingStep step) {
    SiteConfig cfg = content.portfolio().site();
    Figures fmt = new Figures(cfg.locale());
    SiteLinks links = new SiteLinks(cfg.baseUrl());
    Map<String, Goal> goalsBySlug =
        content.portfolio().goals().stream()
            .collect(Collectors.toMap(Goal::slug, Function.identity()));
    Map<String, LogListing> listings =
        new LogListings(fmt, words, links).all(content, goalsBySlug, step);
    ViewFactory views = new ViewFactory(fmt, words, links, listings);
    ChartSet charts = content.charts();
    PortfolioAnalysis analysis = content.analysis();
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
        new PageMeta(links, content.audience()),
        markdown,
        goalsBySlug,
        summaries,
        analysis.reviews().stream().map(views::reviewLink).toList(),
        listings);
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
    return listings.get(log.slug());
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
