package dev.cairn.render;

import java.util.List;
import java.util.Map;

/**
 * Everything a build writes, before anything is rendered: the settings every page depends on
 * (site.yaml, audience, generator), the data every page shares ({@code site}, {@code nav}), the
 * pages, and the other files.
 */
public record SitePlan(
    List<?> settings, Map<String, Object> shared, List<PageJob> pages, List<FileJob> files) {

  public SitePlan {
    settings = List.copyOf(settings);
    shared = Map.copyOf(shared);
    pages = List.copyOf(pages);
    files = List.copyOf(files);
  }
}
