package dev.cairn.pipeline.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.model.Portfolio;
import dev.cairn.pipeline.ThemeLoader;
import dev.cairn.render.MarkdownRenderer;
import dev.cairn.render.PageJob;
import dev.cairn.render.SiteContent;
import dev.cairn.render.SitePlan;
import dev.cairn.render.SiteRenderer;
import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan of a rebuild hands on the log page jobs of every goal an edit did not touch, as the same
 * instances; IncrementalBuildTest checks that the site stays that of a fresh build.
 */
class IncrementalPlanTest {

  static final LocalDate TODAY = LocalDate.of(2026, 9, 28);

  @TempDir Path tmp;

  @Test
  void onlyTheEditedGoalsLogPagesArePlannedAgain() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    IncrementalStages stages = new IncrementalStages(new PrintWriter(new StringWriter()));
    Map<String, PageJob> before = logPages(plan(stages, p));
    assertEquals(7, before.size());

    Path edited = p.resolve("content/logs/2026-09-15-guitar.md");
    Files.writeString(edited, Files.readString(edited) + "\nOne more line.\n");
    Files.setLastModifiedTime(edited, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
    Map<String, PageJob> after = logPages(plan(stages, p));

    assertEquals(before.keySet(), after.keySet());
    assertSame(
        before.get("logs/2026-09-23-reading/index.html"),
        after.get("logs/2026-09-23-reading/index.html"));
    assertNotSame(
        before.get("logs/2026-09-15-guitar/index.html"),
        after.get("logs/2026-09-15-guitar/index.html"));
    assertNotSame(
        before.get("logs/2026-09-01-guitar/index.html"),
        after.get("logs/2026-09-01-guitar/index.html"));
  }

  @Test
  void nothingChangedKeepsEveryLogPage() throws Exception {
    Path p = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    IncrementalStages stages = new IncrementalStages(new PrintWriter(new StringWriter()));
    Map<String, PageJob> before = logPages(plan(stages, p));
    Map<String, PageJob> after = logPages(plan(stages, p));
    before.forEach((path, job) -> assertSame(job, after.get(path), path));
  }

  /** The recipe of SiteBuilder.build up to the plan. */
  private static SitePlan plan(IncrementalStages stages, Path p) {
    Portfolio portfolio = stages.load(p, TODAY).portfolio();
    PortfolioAnalysis analysis = stages.analyse(portfolio, TODAY);
    MarkdownRenderer markdown = new MarkdownRenderer(false);
    SiteContent content =
        new SiteContent(
            portfolio,
            analysis,
            stages.chart(
                analysis, portfolio, ThemeLoader.builtIn().words(portfolio.site().locale())),
            stages.markdown(portfolio, markdown),
            new SiteContent.Audience(false, false));
    return stages.plan(new SiteRenderer(markdown, ThemeLoader.builtIn(), "Cairn"), content);
  }

  private static Map<String, PageJob> logPages(SitePlan plan) {
    return plan.pages().stream()
        .filter(j -> j.template().equals("log.ftlh"))
        .collect(Collectors.toMap(PageJob::path, Function.identity()));
  }
}
