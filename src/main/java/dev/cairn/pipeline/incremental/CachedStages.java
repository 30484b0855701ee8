package dev.cairn.pipeline.incremental;

import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.chart.ChartFile;
import dev.cairn.chart.ChartJob;
import dev.cairn.chart.ChartRenderer;
import dev.cairn.chart.ChartSet;
import dev.cairn.chart.ChartSettings;
import dev.cairn.chart.GoalChartPlan;
import dev.cairn.chart.YearSharePlan;
import dev.cairn.content.ContentLoader;
import dev.cairn.content.LoadResult;
import dev.cairn.model.OutputFile;
import dev.cairn.model.Portfolio;
import dev.cairn.pipeline.OneOffStages;
import dev.cairn.pipeline.Stages;
import dev.cairn.pipeline.Version;
import dev.cairn.render.FileJob;
import dev.cairn.render.MarkdownRenderer;
import dev.cairn.render.SiteContent;
import dev.cairn.render.SitePlan;
import dev.cairn.render.SiteRenderer;
import dev.cairn.render.TemplateEngine;
import dev.cairn.render.TemplateProblem;
import dev.cairn.render.Theme;
import dev.cairn.site.SiteWriter;
import dev.cairn.text.Messages;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The stages of {@code cairn build} with a cache kept between runs ({@link BuildCache}): a chart
 * whose job, or a page or data file whose values, digest as in the last build is taken from the
 * site instead of being drawn or rendered again; a log file whose bytes are the last build's is not
 * parsed again, nor its body rendered ({@link ParsedLogs}). Analysis runs as in {@link
 * OneOffStages}. A page's digest covers Cairn's version and jar, the theme's templates, messages
 * and locale, the site's settings, the data every page shares, its template and its inputs; a value
 * the digest cannot see makes the page render afresh.
 */
public final class CachedStages implements Stages {

  private static final String CODE = codeVersion();

  private final OneOffStages fresh;
  private final BuildCache cache;
  private final ParsedLogs logs;
  private final ChartRenderer charts = new ChartRenderer();
  private final AtomicInteger reused = new AtomicInteger();

  /**
   * Above this many pages, pages and data files are made afresh and only charts are cached: at 10k
   * logs, digesting every page's inputs and reading the pages back cost more than rendering them
   * (docs/performance.md).
   */
  static final int PAGE_CACHE_LIMIT = 2_000;

  private final int pageCacheLimit;

  /** Stages for a build into {@code out}, using and renewing the cache beside it. */
  public CachedStages(PrintWriter messages, Path out) {
    this(messages, out, PAGE_CACHE_LIMIT, ParsedLogs.LIMIT);
  }

  CachedStages(PrintWriter messages, Path out, int pageCacheLimit, int logLimit) {
    this.fresh = new OneOffStages(messages);
    this.cache = BuildCache.open(out, CODE);
    this.logs = ParsedLogs.open(BuildCache.folderOf(out), CODE, logLimit);
    this.pageCacheLimit = pageCacheLimit;
  }

  /** How many charts, pages and files this build took from the cache. */
  public int reused() {
    return reused.get();
  }

  /** How many log files this build took from the cache. */
  int logsReused() {
    return logs.reused();
  }

  /** How many log bodies, as HTML and text, this build took from the cache. */
  int bodiesReused() {
    return logs.bodiesReused();
  }

  @Override
  public LoadResult load(Path source, LocalDate today) {
    return new ContentLoader(today).load(source, logs::walk, logs::read);
  }

  @Override
  public TemplateEngine templates(Theme theme, Locale locale) {
    return fresh.templates(theme, locale);
  }

  @Override
  public PortfolioAnalysis analyse(Portfolio portfolio, LocalDate today) {
    return fresh.analyse(portfolio, today);
  }

  @Override
  public ChartSet chart(PortfolioAnalysis analysis, Portfolio portfolio, Messages words) {
    ChartSettings settings = ChartSettings.of(portfolio.site(), words, analysis.today());
    List<GoalChartPlan> plans = charts.plan(analysis, settings);
    YearSharePlan years = charts.planYears(analysis, settings);
    List<ChartJob> jobs = ChartRenderer.jobs(plans, years);
    ValueDigest digest = new ValueDigest();
    Map<String, ChartFile> files = new HashMap<>();
    Map<String, Optional<String>> keys = new HashMap<>();
    List<ChartJob> missing = new ArrayList<>();
    for (ChartJob job : jobs) {
      Optional<String> key = key(digest, List.of(job));
      keys.put(job.path(), key);
      Optional<byte[]> kept = kept(job.path(), key);
      if (kept.isPresent()) {
        files.put(job.path(), new ChartFile(job.path(), kept.get()));
      } else {
        missing.add(job);
      }
    }
    for (ChartFile drawn : charts.draw(missing)) {
      files.put(drawn.path(), drawn);
    }
    files.values().forEach(f -> keep(f.path(), keys.get(f.path()), f.content()));
    return ChartRenderer.assemble(
        plans, years, jobs.stream().map(j -> files.get(j.path())).toList());
  }

  @Override
  public Map<String, MarkdownRenderer.Rendered> markdown(
      Portfolio portfolio, MarkdownRenderer renderer) {
    Map<String, MarkdownRenderer.Rendered> bodies =
        OneOffStages.markdown(portfolio, log -> logs.rendered(log, renderer));
    logs.startSaving();
    return bodies;
  }

  @Override
  public SitePlan plan(SiteRenderer renderer, SiteContent content) {
    return fresh.plan(renderer, content);
  }

  @Override
  public List<TemplateProblem> render(
      SitePlan plan, TemplateEngine templates, Consumer<OutputFile> sink) {
    if (plan.pages().size() > pageCacheLimit) {
      List<TemplateProblem> problems = fresh.render(plan, templates, sink);
      save(problems);
      return problems;
    }
    Theme theme = templates.theme();
    List<?> engine =
        List.of(
            theme.label(),
            theme.templates(),
            theme.userTemplates(),
            theme.messages(),
            templates.locale());
    Optional<String> settings = key(new ValueDigest(), List.of(plan.settings()));
    Optional<String> common =
        settings.flatMap(s -> key(new ValueDigest(), List.of(s, engine, plan.shared())));
    ThreadLocal<ValueDigest> digests = ThreadLocal.withInitial(ValueDigest::new);
    List<TemplateProblem> problems =
        SiteRenderer.render(
            plan,
            (job, shared) -> {
              Optional<String> key =
                  common.flatMap(c -> key(digests.get(), List.of(c, job.template(), job.inputs())));
              Optional<byte[]> kept = kept(job.path(), key);
              if (kept.isPresent()) return kept.get();
              return keep(job.path(), key, SiteRenderer.renderPage(templates, job, shared));
            },
            job -> {
              if (isReady(job)) return job.content().get();
              // Files are made without templates: their digest leaves the theme out.
              Optional<String> key =
                  settings.flatMap(c -> key(digests.get(), List.of(c, job.inputs())));
              return kept(job.path(), key)
                  .orElseGet(() -> keep(job.path(), key, job.content().get()));
            },
            sink);
    save(problems);
    return problems;
  }

  /** Keeps the manifest of a site that will be swapped in, and the logs read in any case. */
  private void save(List<TemplateProblem> problems) {
    if (problems.isEmpty()) cache.save();
    logs.awaitSaved();
  }

  @Override
  public SiteWriter writer() {
    return fresh.writer();
  }

  private Optional<byte[]> kept(String path, Optional<String> key) {
    Optional<byte[]> kept = key.flatMap(k -> cache.reuse(path, k));
    if (kept.isPresent()) reused.incrementAndGet();
    return kept;
  }

  private byte[] keep(String path, Optional<String> key, byte[] bytes) {
    key.ifPresent(k -> cache.record(path, k, bytes));
    return bytes;
  }

  /** A file made from bytes at hand (a theme file, a chart) costs nothing to make again. */
  private static boolean isReady(FileJob job) {
    return job.inputs().size() == 1 && job.inputs().get(0) instanceof ByteBuffer;
  }

  private static Optional<String> key(ValueDigest digest, List<?> parts) {
    try {
      return Optional.of(digest.of(parts));
    } catch (ValueDigest.Unhashable e) {
      return Optional.empty();
    }
  }

  /**
   * Cairn's version and, for a jar, its size and time: a rebuilt jar of the same version may draw
   * differently. Run from classes, the cache holds only within this process.
   */
  private static String codeVersion() {
    String version = Version.current();
    try {
      Path code =
          Path.of(CachedStages.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        return version + "+" + Files.size(code) + "-" + Files.getLastModifiedTime(code).toMillis();
      }
    } catch (Exception e) {
      // no code source to name: fall through
    }
    return version + "+" + UUID.randomUUID();
  }
}
