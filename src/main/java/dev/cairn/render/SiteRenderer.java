package dev.cairn.render;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.analysis.WeeklyReview;
import dev.cairn.chart.ChartImage;
import dev.cairn.chart.ChartSet;
import dev.cairn.model.Goal;
import dev.cairn.model.Log;
import dev.cairn.model.Memo;
import dev.cairn.model.OutputFile;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import dev.cairn.render.Views.GoalSummaryView;
import dev.cairn.render.Views.GoalView;
import dev.cairn.render.Views.LogLinkView;
import dev.cairn.render.Views.LogView;
import dev.cairn.render.Views.PageView;
import dev.cairn.render.Views.ReviewLinkView;
import dev.cairn.render.Views.ReviewView;
import dev.cairn.render.Views.SiteView;
import dev.cairn.render.Views.TagView;
import dev.cairn.render.data.DailyCsvWriter;
import dev.cairn.render.data.JsonText;
import dev.cairn.render.data.PortfolioJsonWriter;
import dev.cairn.text.Figures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Renders every page, feed and static file of the site into memory. Pages are rendered in parallel;
 * the result is sorted by path so that output is the same on every run.
 */
public final class SiteRenderer {

  private static final int WINS_PER_GOAL_ON_INDEX = 3;

  private final TemplateEngine templates;
  private final MarkdownRenderer markdown;
  private final Theme theme;
  private final String generator;

  private final Optional<RenderCache> cache;

  public SiteRenderer(
      TemplateEngine templates, MarkdownRenderer markdown, Theme theme, String generator) {
    this(templates, markdown, theme, generator, Optional.empty());
  }

  /** A renderer that reuses the Markdown and pages of earlier builds held in {@code cache}. */
  public SiteRenderer(
      TemplateEngine templates,
      MarkdownRenderer markdown,
      Theme theme,
      String generator,
      Optional<RenderCache> cache) {
    this.templates = templates;
    this.markdown = markdown;
    this.theme = theme;
    this.generator = generator;
    this.cache = cache;
  }

  /** A page to render: its output path, template and the page-specific part of its data. */
  record PageJob(String path, String template, PageView page, Map<String, Object> data) {}

  /** Renders every page and file of the site, handing each to {@code sink} as it is done. */
  public void render(
      Portfolio portfolio,
      PortfolioAnalysis analysis,
      ChartSet charts,
      boolean draftsShown,
      boolean privateShown,
      Consumer<OutputFile> sink)
      throws TemplateProblem {
    SiteConfig cfg = portfolio.site();
    Figures fmt = new Figures(cfg.locale());
    SiteLinks links = new SiteLinks(cfg.baseUrl());
    ViewFactory views = new ViewFactory(fmt, links, memo(c -> c.logLinks));
    PageViews pages = new PageViews(links, draftsShown, privateShown);
    SiteView site =
        new SiteView(
            cfg.title(),
            cfg.author().orElse(null),
            cfg.baseUrl().orElse(null),
            cfg.locale().toLanguageTag(),
            generator);
    Map<String, Goal> goalsBySlug =
        portfolio.goals().stream().collect(Collectors.toMap(Goal::slug, Function.identity()));

    // Every page shows the goals in its navigation: one instance while they stay the same.
    List<GoalSummaryView> summaries =
        memo(c -> c.navigation)
            .intern(
                "goals",
                analysis.goals().stream()
                    .map(
                        ga ->
                            views.summary(
                                ga,
                                Optional.ofNullable(charts.sparklines().get(ga.goal().slug())),
                                WINS_PER_GOAL_ON_INDEX))
                    .toList());
    List<ReviewLinkView> reviewLinks = analysis.reviews().stream().map(views::reviewLink).toList();
    List<ReviewLinkView> reviewsNewestFirst = reversed(reviewLinks);
    List<PageJob> jobs = new ArrayList<>();

    // index
    List<LogLinkView> latestWins =
        portfolio.logs().stream()
            .filter(l -> l.win().isPresent())
            .sorted(Comparator.comparing(Log::date).reversed())
            .limit(8)
            .map(l -> views.logLink(l, goalsBySlug.get(l.goal())))
            .toList();
    jobs.add(
        job(
            "index.html",
            "index.ftlh",
            pages.of(
                "index",
                cfg.title(),
                "Evidence of progress: goals, practice logs and weekly reviews"
                    + cfg.author().map(a -> " by " + a).orElse("")
                    + ".",
                "index.html"),
            Map.of(
                "goals",
                summaries,
                "latestWins",
                latestWins,
                "reviews",
                reviewsNewestFirst.subList(0, Math.min(4, reviewsNewestFirst.size())))));

    // goals
    Memo<String, PageJob> goalPages = memo(c -> c.goalPages);
    for (int i = 0; i < analysis.goals().size(); i++) {
      GoalAnalysis ga = analysis.goals().get(i);
      Goal g = ga.goal();
      List<ChartImage> goalCharts = charts.goalCharts().getOrDefault(g.slug(), List.of());
      List<ReviewLinkView> goalReviews = new ArrayList<>();
      for (int r = analysis.reviews().size() - 1; r >= 0; r--) {
        WeeklyReview review = analysis.reviews().get(r);
        if (review.goals().stream().anyMatch(gw -> gw.goal().slug().equals(g.slug()))) {
          goalReviews.add(reviewLinks.get(r));
        }
      }
      GoalSummaryView summary = summaries.get(i);
      ChartImage share = charts.shareImages().get(g.slug());
      jobs.add(
          goalPages.get(
              g.slug(),
              Arrays.asList(ga, summary, goalCharts, goalReviews, share),
              () ->
                  goalPage(
                      ga, summary, goalCharts, goalReviews, share, cfg, fmt, views, links, pages)));
    }

    // logs
    Map<String, List<Log>> logsByGoal =
        portfolio.logs().stream()
            .collect(Collectors.groupingBy(Log::goal, TreeMap::new, Collectors.toList()));
    // A one-off build keeps bodies for this build only: a log's page and its feed entry share one.
    Memo<String, MarkdownRenderer.Rendered> bodyMemo =
        cache.map(c -> c.bodies).orElseGet(Memo::remembering);
    Function<Log, MarkdownRenderer.Rendered> bodies =
        l -> bodyMemo.get(l.slug(), List.of(l.body()), () -> markdown.render(l.body()));
    Map<String, ReviewLinkView> reviewOfLog =
        new HashMap<>(); // by slug: analyses may be reused from an earlier build
    for (int r = 0; r < analysis.reviews().size(); r++) {
      for (var gw : analysis.reviews().get(r).goals()) {
        for (Log l : gw.logs()) reviewOfLog.put(l.slug(), reviewLinks.get(r));
      }
    }
    Memo<String, PageJob> logPages = memo(c -> c.logPages);
    List<Log[]> logsWithNeighbours = new ArrayList<>();
    for (List<Log> goalLogs : logsByGoal.values()) {
      for (int i = 0; i < goalLogs.size(); i++) {
        logsWithNeighbours.add(
            new Log[] {
              goalLogs.get(i),
              i > 0 ? goalLogs.get(i - 1) : null,
              i + 1 < goalLogs.size() ? goalLogs.get(i + 1) : null
            });
      }
    }
    jobs.addAll(
        logsWithNeighbours.parallelStream()
            .map(
                n -> {
                  Log log = n[0];
                  Goal g = goalsBySlug.get(log.goal());
                  ReviewLinkView review = reviewOfLog.get(log.slug());
                  ChartImage share = charts.shareImages().get(g.slug());
                  return logPages.get(
                      log.slug(),
                      Arrays.asList(log, g, n[1], n[2], review, share),
                      () ->
                          logPage(
                              log,
                              g,
                              n[1],
                              n[2],
                              review,
                              share,
                              bodies.apply(log),
                              views,
                              links,
                              pages));
                })
            .toList());

    // reviews
    jobs.add(
        job(
            "reviews/index.html",
            "reviews.ftlh",
            pages.of(
                "reviews",
                "Weekly reviews",
                "One page per week: wins, metrics against the week before, "
                    + "minimum-step days and stretch suggestions.",
                "reviews/index.html"),
            Map.of("reviews", reviewsNewestFirst)));
    Memo<String, Views.ReviewGoalView> reviewGoals = memo(c -> c.reviewGoals);
    for (int r = 0; r < analysis.reviews().size(); r++) {
      WeeklyReview review = analysis.reviews().get(r);
      ReviewLinkView link = reviewLinks.get(r);
      ReviewView view =
          new ReviewView(
              link,
              review.goals().stream()
                  .map(
                      gw ->
                          reviewGoals.get(
                              review.start() + "/" + gw.goal().slug(),
                              List.of(gw),
                              () -> views.reviewGoal(gw)))
                  .toList(),
              r > 0 ? reviewLinks.get(r - 1) : null,
              r + 1 < reviewLinks.size() ? reviewLinks.get(r + 1) : null);
      jobs.add(
          job(
              link.url(),
              "review.ftlh",
              pages.of(
                  "review",
                  link.label() + " review",
                  link.range() + ": " + link.wins() + " wins in " + link.logs() + " logs.",
                  link.url()),
              Map.of("review", view)));
    }

    // tags
    List<TagView> tags = tagViews(portfolio, goalsBySlug, views, links);
    jobs.add(
        job(
            "tags/index.html",
            "tags.ftlh",
            pages.of("tags", "Tags", "Logs by tag.", "tags/index.html"),
            Map.of("tags", tags)));
    for (TagView tag : tags) {
      jobs.add(
          job(
              tag.url(),
              "tag.ftlh",
              pages.of(
                  "tag",
                  "Tagged " + tag.name(),
                  tag.logs().size() + " logs tagged " + tag.name() + ".",
                  tag.url()),
              Map.of("tag", tag)));
    }

    // Hosts serve 404.html at whatever address was missed, where relative links would point
    // nowhere; with a base_url the page links from the site's root address instead.
    jobs.add(
        job(
            "404.html",
            "404.ftlh",
            pages.of("404", "Page not found", "This page does not exist.", "404.html"),
            links
                .absolute("")
                .<Map<String, Object>>map(base -> Map.of("root", base))
                .orElse(Map.of())));

    // feed and sitemap
    // Wins first, as the feed is the portfolio's evidence; newest first within each group.
    Memo<String, Map<String, Object>> feedEntries = memo(c -> c.feedEntries);
    List<Map<String, Object>> entries =
        portfolio.logs().stream()
            .sorted(
                Comparator.comparing((Log l) -> l.win().isEmpty())
                    .thenComparing(Comparator.comparing(Log::date).reversed())
                    .thenComparing(Log::sourcePath))
            .map(
                l ->
                    feedEntries.get(
                        l.slug(),
                        List.of(l, goalsBySlug.get(l.goal())),
                        () ->
                            feedEntry(
                                l,
                                goalsBySlug.get(l.goal()),
                                bodies.apply(l).text(),
                                views,
                                links)))
            .toList();
    String updated =
        portfolio.logs().stream()
                .map(Log::date)
                .max(Comparator.naturalOrder())
                .orElse(analysis.today())
                .toString()
            + "T00:00:00Z";
    jobs.add(
        job(
            "feed.xml",
            "feed.ftlx",
            pages.of("feed", cfg.title(), "", "feed.xml"),
            Map.of("entries", entries, "updated", updated, "feedId", FeedIds.of(cfg.baseUrl()))));
    List<String> sitemapPaths =
        jobs.stream()
            .map(PageJob::path)
            .filter(p -> p.endsWith(".html") && !p.equals("404.html"))
            .sorted()
            .toList();
    jobs.add(
        job(
            "sitemap.xml",
            "sitemap.ftlx",
            pages.of("sitemap", cfg.title(), "", "sitemap.xml"),
            Map.of("urls", sitemapPaths.stream().map(p -> links.absolute(p).orElse(p)).toList())));

    Map<String, Object> common = new LinkedHashMap<>();
    common.put("site", site);
    common.put("nav", summaries);
    staticFiles().forEach(sink);
    dataFiles(analysis, memo(c -> c.dataFiles), memo(c -> c.goalJson)).forEach(sink);
    charts.files().forEach(c -> sink.accept(new OutputFile(c.path(), c.content())));
    renderAll(jobs, common, sink);
  }

  /**
   * Renders pages in parallel and hands each finished file to {@code sink} (from several threads)
   * without keeping it. On a template error, the error of the first page in site order is thrown.
   */
  private void renderAll(List<PageJob> jobs, Map<String, Object> common, Consumer<OutputFile> sink)
      throws TemplateProblem {
    List<TemplateProblem> problems =
        jobs.parallelStream()
            .map(
                j -> {
                  Map<String, Object> data = new LinkedHashMap<>(common);
                  data.put("page", j.page());
                  data.put("root", SiteLinks.rootFor(j.path()));
                  data.putAll(j.data());
                  try {
                    sink.accept(new OutputFile(j.path(), renderPage(j, data)));
                    return (TemplateProblem) null;
                  } catch (TemplateProblem e) {
                    return e;
                  }
                })
            .filter(java.util.Objects::nonNull)
            .toList();
    cache.ifPresent(
        c -> c.retainPages(jobs.stream().map(PageJob::path).collect(Collectors.toSet())));
    if (!problems.isEmpty()) throw problems.get(0);
  }

  private byte[] renderPage(PageJob j, Map<String, Object> data) throws TemplateProblem {
    if (cache.isEmpty()) return templates.renderBytes(j.template(), data);
    Optional<byte[]> reused = cache.get().page(j.path(), j.template(), data);
    if (reused.isPresent()) return reused.get();
    TemplateEngine.Tracked page = templates.renderTracked(j.template(), data);
    byte[] bytes = page.bytes();
    cache.get().putPage(j.path(), j.template(), page.used(), bytes);
    return bytes;
  }

  private static List<OutputFile> dataFiles(
      PortfolioAnalysis analysis,
      Memo<String, byte[]> csvFiles,
      Memo<String, JsonText.Raw> goalJson) {
    List<OutputFile> files = new ArrayList<>();
    files.add(
        new OutputFile(
            "data/portfolio.json",
            new PortfolioJsonWriter(goalJson).write(analysis).getBytes(StandardCharsets.UTF_8)));
    DailyCsvWriter csv = new DailyCsvWriter();
    for (GoalAnalysis ga : analysis.goals()) {
      String path = "data/" + ga.goal().slug() + ".csv";
      files.add(
          new OutputFile(
              path,
              csvFiles.get(
                  path, List.of(ga), () -> csv.write(ga).getBytes(StandardCharsets.UTF_8))));
    }
    return files;
  }

  private List<OutputFile> staticFiles() {
    List<OutputFile> files = new ArrayList<>();
    for (Map.Entry<String, Path> e : theme.staticFiles().entrySet()) {
      try {
        files.add(new OutputFile(e.getKey(), Files.readAllBytes(e.getValue())));
      } catch (IOException ex) {
        throw new UncheckedIOException("cannot read theme file " + e.getValue(), ex);
      }
    }
    return files;
  }

  private List<TagView> tagViews(
      Portfolio portfolio, Map<String, Goal> goals, ViewFactory views, SiteLinks links) {
    Map<String, String> nameBySlug = new TreeMap<>();
    Map<String, List<LogLinkView>> logsBySlug = new TreeMap<>();
    List<Log> newestFirst = reversed(portfolio.logs());
    for (Log log : newestFirst) {
      for (String tag : log.tags()) {
        String slug = SiteLinks.tagSlug(tag);
        nameBySlug.putIfAbsent(slug, tag);
        List<LogLinkView> list = logsBySlug.computeIfAbsent(slug, s -> new ArrayList<>());
        if (list.isEmpty() || !list.get(list.size() - 1).url().equals(links.log(log))) {
          list.add(views.logLink(log, goals.get(log.goal()))); // "Rain" and "rain" on one log: once
        }
      }
    }
    return nameBySlug.entrySet().stream()
        .map(e -> new TagView(e.getValue(), links.tag(e.getValue()), logsBySlug.get(e.getKey())))
        .toList();
  }

  private PageJob goalPage(
      GoalAnalysis ga,
      GoalSummaryView summary,
      List<ChartImage> goalCharts,
      List<ReviewLinkView> goalReviews,
      ChartImage share,
      SiteConfig cfg,
      Figures fmt,
      ViewFactory views,
      SiteLinks links,
      PageViews pages) {
    Goal g = ga.goal();
    List<LogLinkView> logsNewestFirst =
        reversed(ga.logs()).stream().map(l -> views.logLink(l, g)).toList();
    GoalView view =
        new GoalView(
            summary,
            g.why().orElse(null),
            g.firstStep().orElse(null),
            g.started().map(fmt::date).orElse(null),
            markdown.toHtml(g.body()),
            ga.metrics().stream().map(views::metric).toList(),
            goalCharts.stream().map(views::chart).toList(),
            views.continuityText(ga.continuity()),
            views.evidenceText(ga.evidence()),
            ga.plateau().plateau() ? plateauText(cfg) : null,
            ga.plateau().suggestion().orElse(null),
            goalReviews,
            logsNewestFirst.stream().filter(l -> l.win() != null).toList(),
            logsNewestFirst,
            g.challengeLevels(),
            ga.logs().stream().mapToInt(l -> l.challenge().orElse(0)).max().orElse(0));
    String path = links.goal(g);
    return job(
        path,
        "goal.ftlh",
        pages.of(
            "goal",
            g.title(),
            g.capability().or(g::why).orElse(g.title()),
            path,
            Optional.ofNullable(share)),
        Map.of("goal", view));
  }

  private PageJob logPage(
      Log log,
      Goal g,
      Log previous,
      Log next,
      ReviewLinkView review,
      ChartImage share,
      MarkdownRenderer.Rendered body,
      ViewFactory views,
      SiteLinks links,
      PageViews pages) {
    LogLinkView link = views.logLink(log, g);
    LogView view =
        new LogView(
            link,
            body.html(),
            views.metricValues(log, g),
            views.challengeName(log, g).orElse(null),
            views.tags(log),
            new Views.LinkView(links.goal(g), g.title()),
            review == null ? null : new Views.LinkView(review.url(), review.label()),
            previous == null ? null : views.logLink(previous, g),
            next == null ? null : views.logLink(next, g));
    String path = links.log(log);
    String description = log.win().orElseGet(() -> excerpt(body.text(), g.title()));
    return job(
        path,
        "log.ftlh",
        pages.of("log", link.title(), description, path, Optional.ofNullable(share)),
        Map.of("log", view));
  }

  private Map<String, Object> feedEntry(
      Log log, Goal goal, String bodyText, ViewFactory views, SiteLinks links) {
    LogLinkView link = views.logLink(log, goal);
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("title", link.title());
    e.put("url", links.absolute(link.url()).orElse(link.url()));
    e.put("id", links.absolute(link.url()).orElse("urn:cairn:log:" + log.slug()));
    e.put("updated", log.date() + "T00:00:00Z");
    e.put("goal", goal.title());
    e.put("summary", excerpt(bodyText, goal.title()));
    return e;
  }

  private static String excerpt(String text, String fallback) {
    if (text.isEmpty()) return fallback;
    return text.length() <= 200 ? text : text.substring(0, 199).strip() + "…";
  }

  private static String plateauText(SiteConfig cfg) {
    return "The challenge level has not risen in the last "
        + cfg.stretchWeeks()
        + " active weeks, and no mastery metric grew by 5 % or more across them.";
  }

  /** Page metadata for one build: canonical and share-image URLs, and which audience it is for. */
  private record PageViews(SiteLinks links, boolean draftsShown, boolean privateShown) {

    PageView of(String kind, String title, String description, String path) {
      return of(kind, title, description, path, Optional.empty());
    }

    PageView of(
        String kind, String title, String description, String path, Optional<ChartImage> ogImage) {
      String image =
          ogImage
              .map(c -> links.absolute(c.path()).orElse(SiteLinks.rootFor(path) + c.path()))
              .orElse(null);
      return new PageView(
          kind,
          title,
          description,
          path,
          links.absolute(path).orElse(null),
          image,
          ogImage.map(ChartImage::alt).orElse(null),
          draftsShown,
          privateShown);
    }
  }

  /** One of the cache's memos, or one that keeps nothing when there is no cache. */
  private <K, V> Memo<K, V> memo(Function<RenderCache, Memo<K, V>> which) {
    return cache.map(which).orElseGet(Memo::none);
  }

  private static PageJob job(
      String path, String template, PageView page, Map<String, Object> data) {
    return new PageJob(path, template, page, data);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }
}
