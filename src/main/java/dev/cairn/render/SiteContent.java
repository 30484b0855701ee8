package dev.cairn.render;

import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.chart.ChartSet;
import dev.cairn.model.Portfolio;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;

/**
 * What the render stage turns into a site: the portfolio as its audience sees it, its analysis and
 * charts, the log bodies as HTML (by log slug), and who the site is for.
 */
public record SiteContent(
    Portfolio portfolio,
    PortfolioAnalysis analysis,
    ChartSet charts,
    Map<String, MarkdownRenderer.Rendered> bodies,
    Audience audience) {

  /** Whether drafts and private content are shown (and marked) on the pages. */
  public record Audience(boolean draftsShown, boolean privateShown) {}

  public SiteContent {
    Objects.requireNonNull(portfolio);
    Objects.requireNonNull(analysis);
    Objects.requireNonNull(charts);
    bodies = Collections.unmodifiableMap(bodies); // 10,000 entries at 10k logs: not copied
    Objects.requireNonNull(audience);
  }
}
