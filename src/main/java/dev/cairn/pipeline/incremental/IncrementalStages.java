package dev.cairn.pipeline.incremental;

import dev.cairn.analysis.DailyValue;
import dev.cairn.analysis.Outlook;
import dev.cairn.analysis.OutlookEstimator;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.analysis.PortfolioAnalyzer;
import dev.cairn.analysis.Trend;
import dev.cairn.analysis.WeeklyValue;
import dev.cairn.chart.ChartRenderer;
import dev.cairn.chart.ChartSet;
import dev.cairn.chart.ChartSettings;
import dev.cairn.chart.GoalChartPlan;
import dev.cairn.chart.YearSharePlan;
import dev.cairn.content.ContentLoader;
import dev.cairn.content.LoadResult;
import dev.cairn.model.Goal;
import dev.cairn.model.Metric;
import dev.cairn.model.OutputFile;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import dev.cairn.pipeline.OneOffStages;
import dev.cairn.pipeline.Stages;
import dev.cairn.render.GoalLogs;
import dev.cairn.render.MarkdownRenderer;
import dev.cairn.render.SiteContent;
import dev.cairn.render.SitePlan;
import dev.cairn.render.SiteRenderer;
import dev.cairn.render.TemplateEngine;
import dev.cairn.render.TemplateProblem;
import dev.cairn.render.Theme;
import dev.cairn.site.InPlaceSiteWriter;
import dev.cairn.site.SiteWriteFailed;
import dev.cairn.site.SiteWriter;
import dev.cairn.text.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The stages of the dev server's repeated builds of one portfolio. Each wraps the pure stage and
 * hands on what an input equal to last build's gave last time — the same instance, so the next
 * stage recognises it at the cost of a reference comparison: an unchanged log is not read again, an
 * unchanged goal not analysed or charted again, an unchanged page not rendered again. The output is
 * byte for byte that of a one-off build (IncrementalBuildTest).
 */
public final class IncrementalStages implements Stages {

  private final ContentListing listing = new ContentListing();
  private final LogFiles logFiles = new LogFiles();
  private final Memo<String, Goal> goalInstances = new Memo<>();
  private final Memo<String, SiteConfig> siteInstance = new Memo<>();
  private final Memo<String, PortfolioAnalyzer.GoalResult> goals = new Memo<>();
  private final Memo<String, Optional<Outlook>> outlooks = new Memo<>();
  private final Memo<String, MarkdownRenderer.Rendered> bodies = new Memo<>();
  private final Memo<String, TemplateEngine> engines = new Memo<>();
  private final Memo<String, GoalLogs> goalLogs = new Memo<>();
  private final RenderedFiles rendered = new RenderedFiles();
  private final InPlaceSiteWriter writer;
  private final ChartRenderer charts = new ChartRenderer();
  private final Memo<String, GoalChartPlan> chartPlans = new Memo<>();
  private final DrawnCharts drawn = new DrawnCharts();

  public IncrementalStages(PrintWriter messages) {
    this.writer = new InPlaceSiteWriter(messages);
  }

  /**
   * Goals and settings are re-read on every build (they are few); one equal to last build's is
   * replaced by that instance, so what is made from it compares it by identity.
   */
  @Override
  public LoadResult load(Path source, LocalDate today) {
    LoadResult result = new ContentLoader(today).load(source, listing::walk, logFiles::read);
    logFiles.forgetUnseen();
    Portfolio loaded = result.portfolio();
    List<Goal> kept =
        loaded.goals().stream().map(g -> goalInstances.get(g.slug(), List.of(g), () -> g)).toList();
    goalInstances.forgetUnused();
    SiteConfig site = siteInstance.get("site", List.of(loaded.site()), loaded::site);
    siteInstance.forgetUnused();
    return new LoadResult(
        new Portfolio(site, kept, loaded.logs()), result.diagnostics(), result.trackingNotes());
  }

  /**
   * Tells the next load which paths changed since the last one ({@code changed} empty: not known).
   * When every one is a content file the last load found, the folder is not walked again.
   */
  public void expectChanges(Optional<Set<Path>> changed) {
    listing.expect(changed);
  }

  /** Templates are parsed once while the theme's templates and the locale stay the same. */
  @Override
  public TemplateEngine templates(Theme theme, Locale locale) {
    TemplateEngine engine =
        engines.get(
            "engine",
            List.of(
                theme.label(), theme.templates(), theme.userTemplates(), theme.messages(), locale),
            () -> new TemplateEngine(theme, locale));
    engines.forgetUnused();
    return engine;
  }

  @Override
  public PortfolioAnalysis analyse(Portfolio portfolio, LocalDate today) {
    PortfolioAnalysis analysis =
        new PortfolioAnalyzer()
            .analyze(
                portfolio,
                today,
                in ->
                    goals.get(
                        in.goal().slug(),
                        List.of(in.goal(), in.logs(), in.site(), in.today()),
                        () -> PortfolioAnalyzer.analyzeGoal(in, this::outlook)));
    goals.forgetUnused();
    return analysis;
  }

  /**
   * A metric whose daily and weekly values and trend are those of last build keeps its outlook: an
   * edit to a log's text, win or tags asks for no new curve fit and bootstrap. Outlooks are asked
   * for only while their goal is analysed again, so they are kept until the metric changes.
   */
  private Optional<Outlook> outlook(
      String goal,
      Metric metric,
      List<DailyValue> daily,
      List<WeeklyValue> weekly,
      Optional<Trend> trend) {
    OutlookEstimator estimator = new OutlookEstimator();
    return outlooks.get(
        goal + "/" + metric.id(),
        List.of(metric, daily, weekly, trend),
        () -> estimator.estimate(metric, daily, weekly, trend));
  }

  /**
   * A goal whose analysis and chart settings are those of last build keeps its chart plan, and a
   * chart whose job equals last build's at its path is not drawn again.
   */
  @Override
  public ChartSet chart(PortfolioAnalysis analysis, Portfolio portfolio, Messages words) {
    ChartSettings settings = ChartSettings.of(portfolio.site(), words, analysis.today());
    List<GoalChartPlan> plans =
        analysis.goals().stream()
            .sorted(Comparator.comparing(g -> g.goal().slug()))
            .map(
                g ->
                    chartPlans.get(
                        g.goal().slug(), List.of(g, settings), () -> charts.plan(g, settings)))
            .toList();
    chartPlans.forgetUnused();
    YearSharePlan years = charts.planYears(analysis, settings);
    return ChartRenderer.assemble(
        plans, years, drawn.draw(ChartRenderer.jobs(plans, years), charts));
  }

  /** A log body unchanged since last build, with the same {@code unsafe_html}, keeps its HTML. */
  @Override
  public Map<String, MarkdownRenderer.Rendered> markdown(
      Portfolio portfolio, MarkdownRenderer renderer) {
    boolean unsafe = portfolio.site().unsafeHtml();
    Map<String, MarkdownRenderer.Rendered> html =
        OneOffStages.markdown(
            portfolio,
            l -> bodies.get(l.slug(), List.of(l.body(), unsafe), () -> renderer.render(l.body())));
    bodies.forgetUnused();
    return html;
  }

  /**
   * A goal whose logs are the same instances as last build's, with the same bodies, weekly reviews,
   * share image and settings, keeps its log listings and log page jobs: an edit plans again only
   * the pages of the goal it touched.
   */
  @Override
  public SitePlan plan(SiteRenderer renderer, SiteContent content) {
    SitePlan plan =
        renderer.plan(content, (goal, inputs, make) -> goalLogs.get(goal.slug(), inputs, make));
    goalLogs.forgetUnused();
    return plan;
  }

  @Override
  public List<TemplateProblem> render(
      SitePlan plan, TemplateEngine templates, Consumer<OutputFile> sink) {
    return rendered.render(plan, templates, sink);
  }

  @Override
  public SiteWriter writer() {
    return writer;
  }

  /**
   * Gives {@code to} the files of the last build into {@code from}; see {@link
   * InPlaceSiteWriter#mirror}.
   */
  public void mirror(Path from, Path to) throws SiteWriteFailed {
    writer.mirror(from, to);
  }
}
