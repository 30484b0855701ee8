package dev.cairn.pipeline;

import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.chart.ChartSet;
import dev.cairn.content.LoadResult;
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
import dev.cairn.text.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The stages a build runs, each a function of its inputs. {@link OneOffStages} computes everything;
 * the dev server's {@code IncrementalStages} hands on what an unchanged input gave last time.
 * Either way, the same inputs give the same outputs.
 */
public interface Stages {

  /** Reads and validates the portfolio in {@code source}; never throws for bad content. */
  LoadResult load(Path source, LocalDate today);

  /** A template engine for {@code theme}; {@link TemplateEngine#parseAll} finds syntax errors. */
  TemplateEngine templates(Theme theme, Locale locale);

  /** Every computation of the progress engine. */
  PortfolioAnalysis analyse(Portfolio portfolio, LocalDate today);

  /** Every chart of the site, drawn, with {@code words} for its text. */
  ChartSet chart(PortfolioAnalysis analysis, Portfolio portfolio, Messages words);

  /** Every log's body as HTML and text, by log slug. */
  Map<String, MarkdownRenderer.Rendered> markdown(Portfolio portfolio, MarkdownRenderer renderer);

  /** Every page and file the site will hold, not yet rendered. */
  SitePlan plan(SiteRenderer renderer, SiteContent content);

  /** Renders the planned site into {@code sink}; returns the template problems. */
  List<TemplateProblem> render(SitePlan plan, TemplateEngine templates, Consumer<OutputFile> sink);

  /** How the site reaches its output folder. */
  SiteWriter writer();
}
