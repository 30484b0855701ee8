package dev.cairn.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every bundled language says everything English says: the same keys, the same placeholders, and
 * the plural forms its language needs. Each problem is listed as "language: key: what is wrong".
 */
class MessageBundlesTest {

  private static final Set<String> FORMS = Set.of("one", "many", "other");

  /** The forms every count below a million takes: one and other in all bundled languages. */
  private static final Set<String> NEEDED = Set.of("one", "other");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)\\}");

  @Test
  void everyBundleMatchesEnglish() {
    List<String> problems = new ArrayList<>();
    for (String language : Messages.BUNDLED) {
      if (!language.equals("en")) problems.addAll(problems(language, Messages.builtIn(language)));
    }
    assertEquals(List.of(), problems, () -> String.join("\n", problems));
  }

  @Test
  void findsWhatABundleGetsWrong() {
    Map<String, String> broken =
        Map.of(
            "verdict.improved", "besser {0}",
            "count.logs.one", "{0} Eintrag",
            "count.logs.two", "{0} Einträge",
            "no.such.key", "x");
    List<String> problems = problems("de", broken);
    assertTrue(problems.contains("de: missing verdict.slipped"), problems::toString);
    assertTrue(
        problems.contains("de: verdict.improved: placeholders [0] where en has []"),
        problems::toString);
    assertTrue(
        problems.contains("de: count.logs: plural forms [one, two] where de needs [one, other]"),
        problems::toString);
    assertTrue(problems.contains("de: no.such.key is not a key of en"), problems::toString);
  }

  @Test
  void everyPatternIsAValidMessageFormat() {
    for (String language : Messages.BUNDLED) {
      Messages.builtIn(language).forEach((key, pattern) -> new MessageFormat(pattern));
    }
  }

  @Test
  void everyKeyATemplateNamesIsInEnglish() throws IOException {
    Pattern call = Pattern.compile("(?:msg|plural)\\(\"([a-z_.]+)\"");
    SortedSet<String> missing = new TreeSet<>();
    Set<String> bases = bases(Messages.builtIn("en").keySet());
    try (Stream<Path> files = Files.list(Path.of("themes/default/templates"))) {
      for (Path file : files.toList()) {
        Matcher m = call.matcher(Files.readString(file));
        while (m.find()) {
          String key = m.group(1);
          if (key.endsWith(".")) continue; // a key made in the template, checked below
          if (!Messages.builtIn("en").containsKey(key) && !bases.contains(key)) missing.add(key);
        }
      }
    }
    for (String status : List.of("active", "paused", "done"))
      check(missing, "goal.status." + status);
    for (String kind : List.of("mastery", "activity")) check(missing, "metric.kind." + kind);
    assertEquals(Set.of(), missing);
  }

  @Test
  void aLanguageWithoutABundleFallsBackToEnglish() {
    Messages nl = Messages.forLocale(Locale.forLanguageTag("nl-NL"));
    assertEquals("improved", nl.get("verdict.improved"));
    assertEquals(
        "verbessert", Messages.forLocale(Locale.forLanguageTag("de-CH")).get("verdict.improved"));
  }

  @Test
  void aThemeOverridesOneMessageAndMayAddALanguage() {
    Map<String, String> theme =
        Map.of(
            "de", "verdict.improved=besser geworden\n",
            "nl", "verdict.improved=verbeterd\ncount.logs.one={0} logboek\n");
    Messages de = Messages.forLocale(Locale.GERMANY, theme);
    assertEquals("besser geworden", de.get("verdict.improved"));
    assertEquals("nachgelassen", de.get("verdict.slipped"));
    Messages nl = Messages.forLocale(Locale.forLanguageTag("nl"), theme);
    assertEquals("verbeterd", nl.get("verdict.improved"));
    assertEquals("1 logboek", nl.plural("count.logs", 1, "1"));
    assertEquals("2 logs", nl.plural("count.logs", 2, "2"), "English where the theme is silent");
  }

  @Test
  void pluralsFollowTheLanguage() {
    assertEquals("0 entrée", Messages.forLocale(Locale.FRANCE).plural("count.logs", 0, "0"));
    assertEquals("0 logs", Messages.forLocale(Locale.UK).plural("count.logs", 0, "0"));
    assertEquals(
        "1\u00a0000\u00a0000 d’entrées",
        Messages.forLocale(Locale.FRANCE).plural("count.logs", 1_000_000, "1\u00a0000\u00a0000"));
    assertEquals("1 Eintrag", Messages.forLocale(Locale.GERMANY).plural("count.logs", 1, "1"));
  }

  private static void check(Set<String> missing, String key) {
    if (!Messages.builtIn("en").containsKey(key)) missing.add(key);
  }

  /** What is wrong with {@code bundle} against English, one line per problem. */
  static List<String> problems(String language, Map<String, String> bundle) {
    Map<String, String> en = Messages.builtIn("en");
    Set<String> enPlurals = bases(en.keySet());
    Set<String> plurals = new TreeSet<>(enPlurals);
    plurals.addAll(bases(bundle.keySet()));
    Set<String> needed = NEEDED;
    List<String> problems = new ArrayList<>();
    for (String base : plurals) {
      SortedSet<String> forms = new TreeSet<>();
      for (String key : bundle.keySet()) {
        if (key.startsWith(base + ".") && key.indexOf('.', base.length() + 1) < 0) {
          forms.add(key.substring(base.length() + 1));
        }
      }
      if (!enPlurals.contains(base)) {
        problems.add(language + ": " + base + " is not a plural message of en");
      } else if (!forms.containsAll(needed) || !allowedForms(language).containsAll(forms)) {
        problems.add(
            language
                + ": "
                + base
                + ": plural forms "
                + forms
                + " where "
                + language
                + " needs "
                + new TreeSet<>(needed));
      }
    }
    for (String key : new TreeSet<>(en.keySet())) {
      if (isPluralForm(key, enPlurals)) continue;
      if (!bundle.containsKey(key)) {
        problems.add(language + ": missing " + key);
      } else if (!placeholders(en.get(key)).equals(placeholders(bundle.get(key)))) {
        problems.add(
            language
                + ": "
                + key
                + ": placeholders "
                + placeholders(bundle.get(key))
                + " where en has "
                + placeholders(en.get(key)));
      }
    }
    for (String key : new TreeSet<>(bundle.keySet())) {
      if (!en.containsKey(key) && !isPluralForm(key, plurals)) {
        problems.add(language + ": " + key + " is not a key of en");
      }
    }
    for (String base : enPlurals) {
      Set<Integer> expected = placeholders(en.get(base + ".other"));
      for (String form : FORMS) {
        String pattern = bundle.get(base + "." + form);
        if (pattern != null && !placeholders(pattern).equals(expected)) {
          problems.add(
              language
                  + ": "
                  + base
                  + "."
                  + form
                  + ": placeholders "
                  + placeholders(pattern)
                  + " where en has "
                  + expected);
        }
      }
    }
    return problems;
  }

  /** French and Spanish also have a form for whole millions ("1 million d’entrées"). */
  private static Set<String> allowedForms(String language) {
    return Set.of("fr", "es").contains(language) ? FORMS : Set.of("one", "other");
  }

  /** The plural messages: keys whose {@code .other} form exists. */
  private static Set<String> bases(Set<String> keys) {
    Set<String> bases = new TreeSet<>();
    for (String key : keys) {
      if (key.endsWith(".other")) bases.add(key.substring(0, key.length() - ".other".length()));
    }
    return bases;
  }

  private static boolean isPluralForm(String key, Set<String> bases) {
    int dot = key.lastIndexOf('.');
    return dot > 0 && bases.contains(key.substring(0, dot));
  }

  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) found.add(Integer.parseInt(m.group(1)));
    return found;
  }
}
