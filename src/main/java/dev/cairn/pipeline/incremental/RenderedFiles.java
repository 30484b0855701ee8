package dev.cairn.pipeline.incremental;

import dev.cairn.model.OutputFile;
import dev.cairn.render.PageJob;
import dev.cairn.render.SitePlan;
import dev.cairn.render.SiteRenderer;
import dev.cairn.render.TemplateEngine;
import dev.cairn.render.TemplateProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The pages and files of the previous build, each with the inputs it was made from. A page is
 * rendered again only when its inputs changed, or a shared value its template read (say {@code
 * nav}) did; a file is made again only when its inputs changed. A new template engine (a template
 * was edited) or new settings start over.
 */
final class RenderedFiles {

  private record Page(
      String template, List<?> inputs, Map<String, Object> sharedUsed, byte[] bytes) {}

  private record File(List<?> inputs, byte[] bytes) {}

  private Map<String, Page> pages = new ConcurrentHashMap<>();
  private Map<String, File> files = new ConcurrentHashMap<>();
  private TemplateEngine engine;
  private List<?> settings;

  List<TemplateProblem> render(SitePlan plan, TemplateEngine templates, Consumer<OutputFile> sink) {
    if (templates != engine || !plan.settings().equals(settings)) {
      pages = new ConcurrentHashMap<>();
      files = new ConcurrentHashMap<>();
      engine = templates;
      settings = plan.settings();
    }
    Map<String, Page> lastPages = pages;
    Map<String, File> lastFiles = files;
    Map<String, Page> nextPages = new ConcurrentHashMap<>(plan.pages().size() * 2);
    Map<String, File> nextFiles = new ConcurrentHashMap<>(plan.files().size() * 2);
    List<TemplateProblem> problems =
        SiteRenderer.render(
            plan,
            (job, shared) -> {
              Page page = reuse(lastPages.get(job.path()), job, shared);
              if (page == null) page = renderPage(templates, job, shared);
              nextPages.put(job.path(), page);
              return page.bytes();
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
    return problems;
  }

  private static Page reuse(Page before, PageJob job, Map<String, Object> shared) {
    if (before == null
        || !before.template().equals(job.template())
        || !before.inputs().equals(job.inputs())) {
      return null;
    }
    for (Map.Entry<String, Object> e : before.sharedUsed().entrySet()) {
      if (!Objects.equals(e.getValue(), shared.get(e.getKey()))) return null;
    }
    return before;
  }

  private static Page renderPage(TemplateEngine templates, PageJob job, Map<String, Object> shared)
      throws TemplateProblem {
    TemplateEngine.Tracked rendered = templates.renderTracked(job.template(), job.model(shared));
    Map<String, Object> sharedUsed = new HashMap<>();
    rendered
        .used()
        .forEach(
            (key, value) -> {
              if (shared.containsKey(key)) sharedUsed.put(key, value);
            });
    return new Page(job.template(), job.inputs(), sharedUsed, rendered.bytes());
  }
}
