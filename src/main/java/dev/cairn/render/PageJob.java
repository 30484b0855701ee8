package dev.cairn.render;

import dev.cairn.render.Views.PageView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A page to render: its output path and template, the values it is made from ({@code inputs}: equal
 * inputs give an equal page, given equal shared data), and how to build its views. Views are built
 * only when the page is rendered.
 */
public record PageJob(String path, String template, List<?> inputs, Supplier<Page> page) {

  /** What a page's template receives besides the shared data: its metadata and its own views. */
  public record Page(PageView meta, Map<String, Object> data) {}

  /**
   * The whole data model of the page: the shared data, then {@code page}, {@code root}, its own.
   */
  public Map<String, Object> model(Map<String, Object> shared) {
    Page p = page.get();
    Map<String, Object> data = new LinkedHashMap<>(shared);
    data.put("page", p.meta());
    data.put("root", SiteLinks.rootFor(path));
    data.putAll(p.data());
    return data;
  }
}
