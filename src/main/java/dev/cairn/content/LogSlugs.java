package dev.cairn.content;

import dev.cairn.model.Slugs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Page names for logs: the file name without {@code .md}, made URL-safe, with {@code -2}, {@code
 * -3} added in path order where two logs would share one.
 *
 * <p>Slugs are assigned over all log files, private ones and drafts included, so a log's URL stays
 * the same when a sibling with the same name becomes private or is published.
 */
public final class LogSlugs {
  private LogSlugs() {}

  /**
   * The URL-safe form of a name: compatibility-decomposed, accents dropped, lower case, every run
   * of characters other than {@code a-z0-9} turned into one '-', no '-' at either end; {@code
   * fallback} when nothing is left.
   */
  public static String slugify(String name, String fallback) {
    return Slugs.of(name, fallback);
  }

  /**
   * Slugs for log files given by relative path ('/'-separated), keyed by path. Paths are taken in
   * sorted order; the first keeps the plain slug, later ones get the smallest free {@code -n}.
   */
  public static Map<String, String> assign(Collection<String> relativePaths) {
    List<String> paths = new ArrayList<>(relativePaths);
    paths.sort(null);
    Set<String> taken = new HashSet<>();
    Map<String, String> slugs = new LinkedHashMap<>();
    for (String path : paths) {
      String base = slugify(stem(path), "log");
      String slug = base;
      for (int n = 2; !taken.add(slug); n++) slug = base + "-" + n;
      slugs.put(path, slug);
    }
    return slugs;
  }

  private static String stem(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
