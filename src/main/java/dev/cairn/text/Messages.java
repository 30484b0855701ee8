package dev.cairn.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every user-facing word of the site (templates, advice, chart titles, captions, alt texts, table
 * headings), by key, in the portfolio's language. The built-in theme's {@code
 * i18n/<lang>.properties} (UTF-8) hold the bundled languages; a theme's own files override single
 * messages or add a language. A key's pattern is a {@link MessageFormat} whose arguments are
 * already-formatted text.
 */
public final class Messages {

  static final String BUILT_IN = "/cairn/themes/default/i18n/";

  /** The languages the built-in theme speaks; English is the fallback for every missing key. */
  public static final List<String> BUNDLED = List.of("en", "de", "fr", "es", "sv");

  private static final Map<String, Map<String, String>> BUILT_INS = new ConcurrentHashMap<>();

  private final Locale locale;
  private final Map<String, String> patterns;
  private final Map<String, MessageFormat> compiled = new ConcurrentHashMap<>();
  private final int hash;
  private volatile String fingerprint;

  private Messages(Locale locale, Map<String, String> patterns) {
    this.locale = locale;
    this.patterns = Map.copyOf(patterns);
    this.hash = Objects.hash(locale, this.patterns); // charts compare their words often
  }

  /** The built-in words for {@code locale}'s language, English where it has none. */
  public static Messages forLocale(Locale locale) {
    return forLocale(locale, Map.of());
  }

  /**
   * The words for {@code locale}'s language with a theme's overrides: {@code themeBundles} maps a
   * language to the text of the theme's {@code i18n/<lang>.properties}. Each layer overrides the
   * one before: built-in English, the theme's English, the built-in language, the theme's language.
   */
  public static Messages forLocale(Locale locale, Map<String, String> themeBundles) {
    String language = locale.getLanguage();
    Map<String, String> patterns = new TreeMap<>(builtIn("en"));
    patterns.putAll(parse(themeBundles.getOrDefault("en", "")));
    if (!language.equals("en")) {
      if (BUNDLED.contains(language)) patterns.putAll(builtIn(language));
      patterns.putAll(parse(themeBundles.getOrDefault(language, "")));
    }
    return new Messages(locale, patterns);
  }

  /** The patterns of a built-in bundle exactly as its file holds them, without fallback. */
  public static Map<String, String> builtIn(String language) {
    return BUILT_INS.computeIfAbsent(language, l -> read(BUILT_IN + l + ".properties"));
  }

  public Locale locale() {
    return locale;
  }

  /** The keys this bundle holds, sorted. */
  public SortedSet<String> keys() {
    return new TreeSet<>(patterns.keySet());
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

  /**
   * The form of {@code key} that {@code count} takes in this language ({@code key.one}, {@code
   * key.many}, else {@code key.other}), with {@code args}.
   */
  public String plural(String key, long count, Object... args) {
    String form = key + "." + PluralCategory.of(locale, count).suffix();
    return get(patterns.containsKey(form) ? form : key + ".other", args);
  }

  /**
   * A digest of the locale and every pattern: equal bundles have equal fingerprints. A build cache
   * keys what it keeps by it instead of hashing hundreds of patterns for every page.
   */
  public String fingerprint() {
    String f = fingerprint;
    if (f == null) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(locale.toLanguageTag().getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> e : new TreeMap<>(patterns).entrySet()) {
          sha.update((byte) 0);
          sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 1);
          sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
        }
        f = HexFormat.of().formatHex(sha.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java has SHA-256", e);
      }
      fingerprint = f;
    }
    return f;
  }

  /** Bundles are equal when they say the same words in the same locale. */
  @Override
  public boolean equals(Object o) {
    return o == this
        || (o instanceof Messages m
            && hash == m.hash
            && locale.equals(m.locale)
            && patterns.equals(m.patterns));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  private static Map<String, String> read(String resource) {
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) return Map.of();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return load(reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> parse(String text) {
    if (text.isEmpty()) return Map.of();
    try {
      return load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen: the text is in memory
    }
  }

  private static Map<String, String> load(Reader reader) throws IOException {
    Properties properties = new Properties();
    properties.load(reader);
    Map<String, String> map = new TreeMap<>();
    properties.stringPropertyNames().forEach(k -> map.put(k, properties.getProperty(k)));
    return Map.copyOf(map);
  }
}
