package dev.cairn.render;

import dev.cairn.model.OutputFile;
import dev.cairn.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The render stage: plans every page and file of the site from its content ({@link #plan}), then
 * renders them ({@link #render}). Pages are rendered in parallel and handed on as they are done, so
 * the whole site is never held in memory.
 */
public final class SiteRenderer {

  private final MarkdownRenderer markdown;
  private final Theme theme;
  private final String generator;

  public SiteRenderer(MarkdownRenderer markdown, Theme theme, String generator) {
    this.markdown = markdown;
    this.theme = theme;
    this.generator = generator;
  }

  /** Renders one page from its job and the data every page shares. */
  @FunctionalInterface
  public interface PageStep {
    byte[] render(PageJob job, Map<String, Object> shared) throws TemplateProblem;

    /** The page's bytes if they are at hand without rendering (say, unchanged), else null. */
    default byte[] ready(PageJob job, Map<String, Object> shared) {
      return null;
    }
  }

  /** Makes the bytes of one file that is not a page. */
  @FunctionalInterface
  public interface FileStep {
    byte[] produce(FileJob job);
  }

  /** Every page and file of the site, one family after the other; nothing is rendered yet. */
  public SitePlan plan(SiteContent content) {
    return plan(content, GoalLogsStep.MAKE);
  }

  /**
   * Like {@link #plan(SiteContent)}, with the listings and pages of each goal's logs obtained
   * through {@code step}.
   */
  public SitePlan plan(SiteContent content, GoalLogsStep step) {
    Messages words = theme.words(content.portfolio().site().locale());
    RenderContext ctx = RenderContext.of(content, words, markdown, step);
    List<PageJob> pages = new ArrayList<>();
    pages.add(IndexPage.job(ctx));
    pages.addAll(GoalPages.jobs(ctx));
    ctx.logsByGoal().values().forEach(g -> pages.addAll(g.pages()));
    pages.addAll(ReviewPages.jobs(ctx));
    pages.addAll(PeriodReviewPages.jobs(ctx));
    pages.add(CapabilityPages.job(ctx));
    pages.addAll(TagPages.jobs(ctx));
    pages.add(FeedPages.notFound(ctx));
    pages.add(FeedPages.feed(ctx));
    pages.add(FeedPages.sitemap(ctx, pages));

    List<FileJob> files = new ArrayList<>(ThemeFiles.jobs(theme));
    files.addAll(DataFiles.jobs(ctx));
    content.charts().files().forEach(c -> files.add(FileJob.ready(c.path(), c.content())));

    var cfg = content.portfolio().site();
    Views.SiteView site =
        new Views.SiteView(
            cfg.title(),
            cfg.author().orElse(null),
            cfg.baseUrl().orElse(null),
            cfg.locale().toLanguageTag(),
            generator);
    return new SitePlan(
        List.of(cfg, content.audience(), generator, words),
        Map.of("site", site, "nav", ctx.summaries()),
        pages,
        files);
  }

  /**
   * Renders every page of {@code plan} with {@code templates} and hands each file to {@code sink}.
   * Returns the template problems, the first page's (in site order) first; none on success.
   */
  public static List<TemplateProblem> render(
      SitePlan plan, TemplateEngine templates, Consumer<OutputFile> sink) {
    return render(
        plan,
        (job, shared) -> renderPage(templates, job, shared),
        job -> job.content().get(),
        sink);
  }

  /** Renders one page of a plan whose shared data is {@code shared}, its parts included. */
  public static byte[] renderPage(TemplateEngine templates, PageJob job, Map<String, Object> shared)
      throws TemplateProblem {
    return templates.renderBytes(
        job.template(),
        job.model(
            shared,
            (parts, items, model) ->
                List.of(
                    templates.renderEach(
                        parts.template(),
                        parts.variable(),
                        items.stream().map(PageParts.Part::value).toList(),
                        model))));
  }

  /**
   * Like {@link #render(SitePlan, TemplateEngine, Consumer)}, each page rendered by {@code pages}
   * and each other file made by {@code files}.
   */
  public static List<TemplateProblem> render(
      SitePlan plan, PageStep pages, FileStep files, Consumer<OutputFile> sink) {
    List<FileJob> fileJobs = plan.files();
    List<PageJob> all = plan.pages();
    int fileCount = fileJobs.size();
    // Files and the pages at hand go first, together (the data export of a big portfolio takes a
    // while); then the other pages, split finely, so that the few large pages a small change
    // touches (the feed, a goal's page, a year's review) spread over the processors.
    List<PageJob> toRender =
        IntStream.range(0, fileCount + all.size())
            .parallel()
            .filter(
                i -> {
                  if (i < fileCount) {
                    FileJob f = fileJobs.get(i);
                    sink.accept(new OutputFile(f.path(), files.produce(f)));
                    return false;
                  }
                  PageJob job = all.get(i - fileCount);
                  byte[] ready = pages.ready(job, plan.shared());
                  if (ready == null) return true;
                  sink.accept(new OutputFile(job.path(), ready));
                  return false;
                })
            .mapToObj(i -> all.get(i - fileCount))
            .toList();
    return toRender.parallelStream()
        .map(
            job -> {
              try {
                sink.accept(new OutputFile(job.path(), pages.render(job, plan.shared())));
                return (TemplateProblem) null;
              } catch (TemplateProblem e) {
                return e;
              }
            })
        .filter(Objects::nonNull)
        .toList();
  }
}
