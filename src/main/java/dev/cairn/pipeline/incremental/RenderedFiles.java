package dev.cairn.pipeline.incremental;

import dev.cairn.model.OutputFile;
import dev.cairn.render.PageJob;
import dev.cairn.render.PageParts;
import dev.cairn.render.SitePlan;
import dev.cairn.render.SiteRenderer;
import dev.cairn.render.TemplateEngine;
import dev.cairn.render.TemplateProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The pages and files of the previous build, each with the inputs it was made from. A page is
 * rendered again only when its inputs changed, or a shared value its template read (say {@code
 * nav}) did; a file is made again only when its inputs changed. A new template engine (a template
 * was edited) or new settings start over. A page's parts (the feed's entries) are kept the same
 * way, so a page rendered again renders only the parts whose inputs changed.
 */
final class RenderedFiles {

  private record Page(
      String template, List<?> inputs, Map<String, Object> sharedUsed, byte[] bytes) {}

  private record File(List<?> inputs, byte[] bytes) {}

  private record Part(String template, Object markup, Map<String, Object> sharedUsed) {}

  private Map<String, Page> pages = new ConcurrentHashMap<>();
  private Map<String, File> files = new ConcurrentHashMap<>();
  private Map<String, PageOfParts> parts = new ConcurrentHashMap<>();
  private TemplateEngine engine;
  private List<?> settings;

  List<TemplateProblem> render(SitePlan plan, TemplateEngine templates, Consumer<OutputFile> sink) {
    if (templates != engine || !plan.settings().equals(settings)) {
      pages = new ConcurrentHashMap<>();
      files = new ConcurrentHashMap<>();
      parts = new ConcurrentHashMap<>();
      engine = templates;
      settings = plan.settings();
    }
    Map<String, Page> lastPages = pages;
    Map<String, File> lastFiles = files;
    Map<String, Page> nextPages = new ConcurrentHashMap<>(plan.pages().size() * 2);
    Map<String, File> nextFiles = new ConcurrentHashMap<>(plan.files().size() * 2);
    Map<String, PageOfParts> lastParts = parts;
    Map<String, PageOfParts> nextParts = new ConcurrentHashMap<>();
    List<TemplateProblem> problems =
        SiteRenderer.render(
            plan,
            new SiteRenderer.PageStep() {
              @Override
              public byte[] ready(PageJob job, Map<String, Object> shared) {
                Page page = reuse(lastPages.get(job.path()), job, shared);
                if (page == null) return null;
                nextPages.put(job.path(), page);
                PageOfParts kept = lastParts.get(job.path());
                if (kept != null) nextParts.put(job.path(), kept);
                return page.bytes();
              }

              @Override
              public byte[] render(PageJob job, Map<String, Object> shared) throws TemplateProblem {
                Page page = renderPage(templates, job, shared, lastParts, nextParts);
                nextPages.put(job.path(), page);
                return page.bytes();
              }
            },
            job -> {
              File before = lastFiles.get(job.path());
              File file =
                  before != null && before.inputs().equals(job.inputs())
                      ? before
                      : new File(job.inputs(), job.content().get());
              nextFiles.put(job.path(), file);
              return file.bytes();
            },
            sink);
    pages = nextPages;
    files = nextFiles;
    parts = nextParts;
    return problems;
  }

  private static Page reuse(Page before, PageJob job, Map<String, Object> shared) {
    if (before == null
        || !before.template().equals(job.template())
        || !before.inputs().equals(job.inputs())) {
      return null;
    }
    return sameShared(before.sharedUsed(), shared) ? before : null;
  }

  /**
   * Renders a page; of its parts, those whose template and inputs equal a part of the same page in
   * last build, with the same shared values read, keep their markup.
   */
  private static Page renderPage(
      TemplateEngine templates,
      PageJob job,
      Map<String, Object> shared,
      Map<String, PageOfParts> lastParts,
      Map<String, PageOfParts> nextParts)
      throws TemplateProblem {
    PageOfParts last = lastParts.getOrDefault(job.path(), PageOfParts.NONE);
    PageOfParts next = new PageOfParts();
    TemplateEngine.Tracked rendered =
        templates.renderTracked(
            job.template(),
            job.model(
                shared,
                (parts, items, model) -> {
                  List<Object> markup = new ArrayList<>(items.size());
                  for (PageParts.Part part : items) {
                    markup.add(part(templates, parts, part, model, shared, last, next).markup());
                  }
                  return markup;
                }));
    if (job.parts().isPresent()) nextParts.put(job.path(), next);
    return new Page(
        job.template(), job.inputs(), sharedOnly(rendered.used(), shared), rendered.bytes());
  }

  /** The part kept from last build if it still holds, else the part rendered now. */
  private static Part part(
      TemplateEngine templates,
      PageParts parts,
      PageParts.Part part,
      Map<String, Object> model,
      Map<String, Object> shared,
      PageOfParts last,
      PageOfParts next)
      throws TemplateProblem {
    Part before = last.get(part.inputs());
    Part now;
    if (before != null
        && before.template().equals(parts.template())
        && sameShared(before.sharedUsed(), shared)) {
      now = before;
    } else {
      Map<String, Object> data = new HashMap<>(model);
      data.put(parts.variable(), part.value());
      TemplateEngine.TrackedMarkup markup = templates.renderMarkupTracked(parts.template(), data);
      now = new Part(parts.template(), markup.markup(), sharedOnly(markup.used(), shared));
    }
    next.put(part.inputs(), now);
    return now;
  }

  /**
   * One page's parts by their inputs. Most parts of a rendered page have the very inputs of last
   * time, found by identity without hashing their values; equal ones made afresh (the entries of an
   * edited goal) are found by value.
   */
  private static final class PageOfParts {
    static final PageOfParts NONE = new PageOfParts();
    private final Map<Object, Part> byIdentity = new IdentityHashMap<>();
    private final Map<Object, Part> byValue = new HashMap<>();

    Part get(Object inputs) {
      Part part = byIdentity.get(inputs);
      return part != null ? part : byValue.get(inputs);
    }

    void put(Object inputs, Part part) {
      byIdentity.put(inputs, part);
      byValue.put(inputs, part);
    }
  }

  /** Of the variables a template read, those that are shared data, with their values. */
  private static Map<String, Object> sharedOnly(
      Map<String, Object> used, Map<String, Object> shared) {
    Map<String, Object> sharedUsed = new HashMap<>();
    used.forEach(
        (key, value) -> {
          if (shared.containsKey(key)) sharedUsed.put(key, value);
        });
    return sharedUsed;
  }

  private static boolean sameShared(Map<String, Object> used, Map<String, Object> shared) {
    for (Map.Entry<String, Object> e : used.entrySet()) {
      if (!Objects.equals(e.getValue(), shared.get(e.getKey()))) return false;
    }
    return true;
  }
}
