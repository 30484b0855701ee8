package dev.cairn.pipeline;

import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.analysis.PortfolioAnalyzer;
import dev.cairn.chart.ChartRenderer;
import dev.cairn.chart.ChartSet;
import dev.cairn.chart.ChartSettings;
import dev.cairn.content.ContentLoader;
import dev.cairn.content.LoadResult;
import dev.cairn.model.Log;
import dev.cairn.model.OutputFile;
import dev.cairn.model.Portfolio;
import dev.cairn.render.MarkdownRenderer;
import dev.cairn.render.SiteContent;
import dev.cairn.render.SitePlan;
import dev.cairn.render.SiteRenderer;
import dev.cairn.render.TemplateEngine;
import dev.cairn.render.TemplateProblem;
import dev.cairn.render.Theme;
import dev.cairn.site.SiteWriter;
import dev.cairn.site.SwappingSiteWriter;
import dev.cairn.text.Messages;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** The stages of a one-off build ({@code cairn build}, {@code cairn check}): each computes all. */
public final class OneOffStages implements Stages {

  private final SiteWriter writer;

  public OneOffStages(PrintWriter messages) {
    this.writer = new SwappingSiteWriter(messages);
  }

  @Override
  public LoadResult load(Path source, LocalDate today) {
    return new ContentLoader(today).load(source);
  }

  @Override
  public TemplateEngine templates(Theme theme, Locale locale) {
    return new TemplateEngine(theme, locale);
  }

  @Override
  public PortfolioAnalysis analyse(Portfolio portfolio, LocalDate today) {
    return new PortfolioAnalyzer().analyze(portfolio, today);
  }

  @Override
  public ChartSet chart(PortfolioAnalysis analysis, Portfolio portfolio, Messages words) {
    return new ChartRenderer()
        .render(analysis, ChartSettings.of(portfolio.site(), words, analysis.today()));
  }

  @Override
  public Map<String, MarkdownRenderer.Rendered> markdown(
      Portfolio portfolio, MarkdownRenderer renderer) {
    return markdown(portfolio, log -> renderer.render(log.body()));
  }

  /**
   * Every log's body rendered by {@code render}, by log slug. The bodies are made in parallel but
   * collected into one map made to size: merging the maps of a parallel collector cost more than
   * the dev server's look-ups of unchanged bodies at 10k logs.
   */
  public static Map<String, MarkdownRenderer.Rendered> markdown(
      Portfolio portfolio, Function<Log, MarkdownRenderer.Rendered> render) {
    List<Log> logs = portfolio.logs();
    List<MarkdownRenderer.Rendered> rendered = logs.parallelStream().map(render).toList();
    Map<String, MarkdownRenderer.Rendered> bodies = new HashMap<>(logs.size() * 2);
    for (int i = 0; i < logs.size(); i++) bodies.put(logs.get(i).slug(), rendered.get(i));
    return bodies;
  }

  @Override
  public SitePlan plan(SiteRenderer renderer, SiteContent content) {
    return renderer.plan(content);
  }

  @Override
  public List<TemplateProblem> render(
      SitePlan plan, TemplateEngine templates, Consumer<OutputFile> sink) {
    return SiteRenderer.render(plan, templates, sink);
  }

  @Override
  public SiteWriter writer() {
    return writer;
  }
}
