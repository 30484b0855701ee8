package dev.cairn.render;

import dev.cairn.text.Messages;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The theme in use, read into memory: the built-in default overlaid file by file with a portfolio's
 * own {@code themes/<name>/}. {@code templates} holds every template's source by name, {@code
 * userTemplates} the names the portfolio's theme provides (positions name those after {@code
 * label}), {@code staticFiles} the files copied to the site as they are, and {@code messages} the
 * text of the portfolio's theme's {@code i18n/<lang>.properties} by language (the built-in bundles
 * are {@link dev.cairn.text.Messages}' own).
 */
public record Theme(
    String label,
    Map<String, String> templates,
    Set<String> userTemplates,
    Map<String, byte[]> staticFiles,
    Map<String, String> messages) {

  /** Where the built-in theme lives on the class path (and in the jar). */
  public static final String BUILT_IN_RESOURCE = "/cairn/themes/default";

  public Theme {
    templates = Collections.unmodifiableSortedMap(new TreeMap<>(templates));
    userTemplates = Collections.unmodifiableSortedSet(new TreeSet<>(userTemplates));
    staticFiles = Collections.unmodifiableSortedMap(new TreeMap<>(staticFiles));
    messages = Collections.unmodifiableSortedMap(new TreeMap<>(messages));
  }

  /** The site's words in {@code locale}: the built-in bundle with this theme's overrides. */
  public Messages words(Locale locale) {
    return Messages.forLocale(locale, messages);
  }

  /** The name a position gives a template: under the user's theme, or under the default. */
  String positionLabel(String templateName) {
    return (userTemplates.contains(templateName) ? label : "themes/default")
        + "/templates/"
        + templateName;
  }
}
