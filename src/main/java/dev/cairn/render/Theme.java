package dev.cairn.render;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The theme in use, read into memory: the built-in default overlaid file by file with a portfolio's
 * own {@code themes/<name>/}. {@code templates} holds every template's source by name, {@code
 * userTemplates} the names the portfolio's theme provides (positions name those after {@code
 * label}), and {@code staticFiles} the files copied to the site as they are.
 */
public record Theme(
    String label,
    Map<String, String> templates,
    Set<String> userTemplates,
    Map<String, byte[]> staticFiles) {

  /** Where the built-in theme lives on the class path (and in the jar). */
  public static final String BUILT_IN_RESOURCE = "/cairn/themes/default";

  public Theme {
    templates = Collections.unmodifiableSortedMap(new TreeMap<>(templates));
    userTemplates = Collections.unmodifiableSortedSet(new TreeSet<>(userTemplates));
    staticFiles = Collections.unmodifiableSortedMap(new TreeMap<>(staticFiles));
  }

  /** The name a position gives a template: under the user's theme, or under the default. */
  String positionLabel(String templateName) {
    return (userTemplates.contains(templateName) ? label : "themes/default")
        + "/templates/"
        + templateName;
  }
}
