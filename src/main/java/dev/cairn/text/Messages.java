package dev.cairn.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-facing word of the site that Java code writes (advice, chart titles, captions, alt
 * texts, table headings), by key. The words live in the built-in theme's {@code i18n/en.properties}
 * (UTF-8), so one file holds them all; a key's pattern is a {@link MessageFormat} whose arguments
 * are already-formatted text.
 */
public final class Messages {

  static final String BUILT_IN = "/cairn/themes/default/i18n/";

  private final Locale locale;
  private final Map<String, String> patterns;
  private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();

  private Messages(Locale locale, Map<String, String> patterns) {
    this.locale = locale;
    this.patterns = Map.copyOf(patterns);
  }

  /** The built-in words for {@code locale}; English is the only bundle so far. */
  public static Messages forLocale(Locale locale) {
    return new Messages(locale, read(BUILT_IN + "en.properties"));
  }

  public Locale locale() {
    return locale;
  }

  /** The keys this bundle holds, sorted. */
  public java.util.SortedSet<String> keys() {
    return new java.util.TreeSet<>(patterns.keySet());
  }

  /**
   * The message {@code key} with its placeholders filled in. A missing key is a programming error,
   * caught by the bundle test, so it throws.
   */
  public String get(String key, Object... args) {
    String pattern = patterns.get(key);
    if (pattern == null) throw new IllegalArgumentException("no message " + key);
    if (args.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0) return pattern;
    // Arguments go in as text: MessageFormat would otherwise format numbers its own way.
    Object[] texts = new Object[args.length];
    for (int i = 0; i < args.length; i++) texts[i] = String.valueOf(args[i]);
    MessageFormat format = compiled.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
    synchronized (format) { // MessageFormat is not thread-safe; pages and charts run in parallel
      return format.format(texts);
    }
  }

  /** {@code key.one} when {@code count} is 1, else {@code key.other}, with {@code args}. */
  public String plural(String key, long count, Object... args) {
    return get(key + (count == 1 ? ".one" : ".other"), args);
  }

  private static Map<String, String> read(String resource) {
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      Objects.requireNonNull(in, () -> "missing resource " + resource);
      Properties properties = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Map<String, String> map = new TreeMap<>();
      properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
      return map;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
