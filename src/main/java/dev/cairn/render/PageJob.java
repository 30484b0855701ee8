package dev.cairn.render;

import dev.cairn.render.Views.PageView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A page to render: its output path and template, the values it is made from ({@code inputs}: equal
 * inputs give an equal page, given equal shared data), and how to build its views. Views are built
 * only when the page is rendered. A page may have {@link PageParts}, rendered apart and handed to
 * its template as markup.
 */
public record PageJob(
    String path, String template, List<?> inputs, Supplier<Page> page, Optional<PageParts> parts) {

  /** A page without parts. */
  public PageJob(String path, String template, List<?> inputs, Supplier<Page> page) {
    this(path, template, inputs, page, Optional.empty());
  }

  /** What a page's template receives besides the shared data: its metadata and its own views. */
  public record Page(PageView meta, Map<String, Object> data) {}

  /**
   * The whole data model of the page: the shared data, then {@code page}, {@code root}, its own.
   */
  private Map<String, Object> model(Map<String, Object> shared) {
    Page p = page.get();
    Map<String, Object> data = new LinkedHashMap<>(shared);
    data.put("page", p.meta());
    data.put("root", SiteLinks.rootFor(path));
    data.putAll(p.data());
    return data;
  }

  /**
   * The whole data model of the page: the shared data, then {@code page}, {@code root}, its own
   * data, and its parts, if any, rendered by {@code step}.
   */
  public Map<String, Object> model(Map<String, Object> shared, PageParts.PartStep step)
      throws TemplateProblem {
    Map<String, Object> data = model(shared);
    if (parts.isPresent()) {
      Map<String, Object> model = new LinkedHashMap<>(shared);
      model.put("root", data.get("root"));
      data.put(parts.get().name(), step.render(parts.get(), parts.get().items().get(), model));
    }
    return data;
  }
}
