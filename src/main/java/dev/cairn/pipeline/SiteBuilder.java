package dev.cairn.pipeline;

import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.chart.ChartSet;
import dev.cairn.content.LoadResult;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.OutputFile;
import dev.cairn.model.Portfolio;
import dev.cairn.model.SiteConfig;
import dev.cairn.render.MarkdownRenderer;
import dev.cairn.render.SiteContent;
import dev.cairn.render.SitePlan;
import dev.cairn.render.SiteRenderer;
import dev.cairn.render.TemplateEngine;
import dev.cairn.render.TemplateProblem;
import dev.cairn.site.OutputGuard;
import dev.cairn.site.OutputRefused;
import dev.cairn.site.SiteWriteFailed;
import dev.cairn.site.WriteSession;
import dev.cairn.text.Messages;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The pipeline: load → templates → analyse → chart → markdown → render → write, one stage after the
 * other. Content and template errors stop it before anything is written.
 */
public final class SiteBuilder {

  private final Stages stages;

  /** A builder for one-off builds. */
  public SiteBuilder(PrintWriter messages) {
    this(new OneOffStages(messages));
  }

  /** A builder that runs {@code stages}: the dev server passes its incremental ones. */
  public SiteBuilder(Stages stages) {
    this.stages = stages;
  }

  public BuildResult build(BuildOptions options) throws OutputRefused, SiteWriteFailed {
    StageClock clock = new StageClock();
    OutputGuard.check(options.source(), options.out());
    LoadResult loaded =
        clock.run(
            "load",
            () -> stages.load(options.source(), options.today()).withBaseUrl(options.baseUrl()));
    if (loaded.hasErrors()) return BuildResult.nothingWritten(loaded.diagnostics(), clock.laps());
    Portfolio portfolio = loaded.portfolio().visible(options.drafts(), options.includePrivate());
    SiteConfig site = portfolio.site();
    TemplateEngine templates = clock.run("templates", () -> templates(options.source(), site));
    List<Diagnostic> problems = with(loaded.diagnostics(), templates.parseAll());
    if (BuildResult.hasErrors(problems)) return BuildResult.nothingWritten(problems, clock.laps());
    PortfolioAnalysis analysis =
        clock.run("analyse", () -> stages.analyse(portfolio, options.today()));
    Messages words = templates.theme().words(site.locale());
    ChartSet charts = clock.run("chart", () -> stages.chart(analysis, portfolio, words));
    MarkdownRenderer markdown = new MarkdownRenderer(site.unsafeHtml());
    Map<String, MarkdownRenderer.Rendered> bodies =
        clock.run("markdown", () -> stages.markdown(portfolio, markdown));
    SiteContent content = new SiteContent(portfolio, analysis, charts, bodies, options.audience());
    SitePlan plan =
        clock.run(
            "plan",
            () -> stages.plan(new SiteRenderer(markdown, templates.theme(), generator()), content));
    return write(options, plan, templates, loaded.diagnostics(), clock);
  }

  /**
   * Runs the pipeline up to template parsing, writing nothing: the content as loaded, with every
   * problem {@link #build} would report before rendering.
   */
  public CheckResult check(Path source, LocalDate today) {
    StageClock clock = new StageClock();
    LoadResult loaded = clock.run("load", () -> stages.load(source, today));
    Portfolio portfolio = loaded.portfolio();
    List<Diagnostic> problems = loaded.withTrackingNotes();
    if (!loaded.hasErrors()) {
      TemplateEngine templates = clock.run("templates", () -> templates(source, portfolio.site()));
      problems = with(problems, templates.parseAll());
    }
    return new CheckResult(problems, portfolio.goals().size(), portfolio.logs().size());
  }

  private TemplateEngine templates(Path source, SiteConfig site) {
    return stages.templates(ThemeLoader.load(source, site.theme()), site.locale());
  }

  private BuildResult write(
      BuildOptions options,
      SitePlan plan,
      TemplateEngine templates,
      List<Diagnostic> diagnostics,
      StageClock clock)
      throws SiteWriteFailed {
    AtomicInteger files = new AtomicInteger();
    AtomicInteger pages = new AtomicInteger();
    WriteSession session = stages.writer().open(options.out());
    try {
      Consumer<OutputFile> sink =
          f -> {
            session.putUnchecked(f);
            files.incrementAndGet();
            if (f.path().endsWith(".html")) pages.incrementAndGet();
          };
      List<TemplateProblem> problems = stages.render(plan, templates, sink);
      clock.lap("render+write");
      if (!problems.isEmpty()) {
        session.discard();
        return BuildResult.nothingWritten(with(diagnostics, problems.subList(0, 1)), clock.laps());
      }
      session.commit();
    } catch (UncheckedIOException e) {
      session.abort(e.getCause());
    } finally {
      session.close();
    }
    clock.lap("commit");
    return new BuildResult(diagnostics, files.get(), pages.get(), clock.laps());
  }

  private static List<Diagnostic> with(List<Diagnostic> diagnostics, List<TemplateProblem> more) {
    List<Diagnostic> all = new ArrayList<>(diagnostics);
    more.forEach(p -> all.add(Diagnostic.error(p.position(), p.getMessage())));
    return all;
  }

  private static String generator() {
    return "Cairn " + Version.current();
  }
}
