package dev.cairn.pipeline;

import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.analysis.PortfolioAnalyzer;
import dev.cairn.chart.ChartRenderer;
import dev.cairn.chart.ChartSet;
import dev.cairn.chart.ChartSettings;
import dev.cairn.content.ContentLoader;
import dev.cairn.content.LoadResult;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.OutputFile;
import dev.cairn.model.Portfolio;
import dev.cairn.render.MarkdownRenderer;
import dev.cairn.render.RenderCache;
import dev.cairn.render.SiteRenderer;
import dev.cairn.render.TemplateEngine;
import dev.cairn.render.TemplateProblem;
import dev.cairn.render.Theme;
import dev.cairn.site.OutputGuard;
import dev.cairn.site.OutputRefused;
import dev.cairn.site.SiteWriteFailed;
import dev.cairn.site.SiteWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Builds a site: load → analyse → chart → render → write, stopping before writing on any error. */
public final class SiteBuilder {

  private final PrintWriter messages;
  private final ChartRenderer charts = new ChartRenderer();
  private final Optional<ContentLoader.LogCache> logCache;
  private final PortfolioAnalyzer analyzer;
  private final Optional<RenderCache> renderCache;
  private final SiteWriter writer;

  public SiteBuilder(PrintWriter messages) {
    this(messages, false);
  }

  private SiteBuilder(PrintWriter messages, boolean incremental) {
    this.messages = messages;
    this.logCache = incremental ? Optional.of(new ContentLoader.LogCache()) : Optional.empty();
    this.analyzer = incremental ? PortfolioAnalyzer.remembering() : new PortfolioAnalyzer();
    this.renderCache = incremental ? Optional.of(new RenderCache()) : Optional.empty();
    this.writer = incremental ? SiteWriter.remembering(messages) : new SiteWriter(messages);
  }

  /**
   * A builder for repeated builds of one portfolio (the dev server): each build re-reads only the
   * logs that changed and re-renders only the pages whose data changed since the previous build.
   */
  public static SiteBuilder incremental(PrintWriter messages) {
    return new SiteBuilder(messages, true);
  }

  /**
   * Gives {@code to} the files of the last build into {@code from}; see {@link SiteWriter#mirror}.
   */
  public void mirror(Path from, Path to) throws SiteWriteFailed {
    writer.mirror(from, to);
  }

  public BuildResult build(BuildOptions options) throws OutputRefused, SiteWriteFailed {
    StageClock clock = new StageClock();
    OutputGuard.check(options.source(), options.out());
    LoadResult loaded =
        logCache
            .map(c -> new ContentLoader(options.today(), c))
            .orElseGet(() -> new ContentLoader(options.today()))
            .load(options.source());
    clock.lap("load");
    if (loaded.hasErrors()) return new BuildResult(loaded.diagnostics(), 0, 0, clock.laps());
    Portfolio portfolio = loaded.portfolio().visible(options.drafts(), options.includePrivate());
    PortfolioAnalysis analysis = analyzer.analyze(portfolio, options.today());
    clock.lap("analyse");
    ChartSet charts =
        this.charts.render(analysis, ChartSettings.of(portfolio.site(), analysis.today()));
    clock.lap("chart");
    AtomicInteger filesWritten = new AtomicInteger();
    AtomicInteger pages = new AtomicInteger();
    SiteWriter.Session session = writer.open(options.out());
    try {
      render(
          options,
          portfolio,
          analysis,
          charts,
          f -> {
            session.putUnchecked(f);
            filesWritten.incrementAndGet();
            if (f.path().endsWith(".html")) pages.incrementAndGet();
          });
      clock.lap("render+write");
      session.commit();
    } catch (TemplateProblem p) {
      List<Diagnostic> all = new ArrayList<>(loaded.diagnostics());
      all.add(Diagnostic.error(p.position(), p.getMessage()));
      session.discard();
      return new BuildResult(all, 0, 0, clock.laps());
    } catch (UncheckedIOException e) {
      session.abort(e.getCause());
    } finally {
      session.close();
    }
    clock.lap("commit");
    return new BuildResult(loaded.diagnostics(), filesWritten.get(), pages.get(), clock.laps());
  }

  private void render(
      BuildOptions options,
      Portfolio portfolio,
      PortfolioAnalysis analysis,
      ChartSet charts,
      Consumer<OutputFile> sink)
      throws TemplateProblem {
    Theme theme = Theme.of(options.source(), portfolio.site().theme());
    Locale locale = portfolio.site().locale();
    List<String> fingerprint = theme.templatesFingerprint();
    // Views hold formatted dates and numbers, links and audience flags: any setting may change
    // them.
    renderCache.ifPresent(
        c ->
            c.validate(
                List.of(
                    fingerprint, portfolio.site(), options.drafts(), options.includePrivate())));
    TemplateEngine templates =
        renderCache
            .map(c -> c.templates(theme, fingerprint, locale))
            .orElseGet(() -> new TemplateEngine(theme, locale));
    MarkdownRenderer markdown = new MarkdownRenderer(portfolio.site().unsafeHtml());
    new SiteRenderer(templates, markdown, theme, "Cairn " + Version.current(), renderCache)
        .render(portfolio, analysis, charts, options.drafts(), options.includePrivate(), sink);
  }
}
