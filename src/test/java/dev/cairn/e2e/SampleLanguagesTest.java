package dev.cairn.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.pipeline.BuildOptions;
import dev.cairn.pipeline.BuildResult;
import dev.cairn.pipeline.SiteBuilder;
import dev.cairn.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample portfolio built in each bundled language speaks that language: no English phrase of
 * the site's own words is left on any page, in any chart (its alt text or its SVG), in the feed or
 * on the 404 page. The portfolio's own text (goals, logs) stays as its owner wrote it, in English.
 */
class SampleLanguagesTest {

  /** Short words of the site checked as whole words; longer phrases come from the en bundle. */
  private static final List<String> WORDS =
      List.of(
          "Goals",
          "Tags",
          "Charts",
          "Wins",
          "Why",
          "First step",
          "Started",
          "Data table",
          "Reviews",
          "Capabilities",
          "Milestones",
          "Milestone",
          "in review",
          "Longer horizons",
          "levelling off");

  /** Every text of the sample portfolio: its owner's words, which stay as written. */
  private static final String CONTENT = readContent();

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"de-DE", "fr-FR", "es-ES", "sv-SE"})
  void noEnglishWordsOfTheSiteRemain(String locale) throws Exception {
    Path site = buildSample(locale, Map.of());
    String language = locale.substring(0, 2);
    Set<String> phrases = englishPhrases(language);
    assertTrue(phrases.size() > 100, () -> "too few phrases to mean anything: " + phrases.size());
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(SampleLanguagesTest::isTextOfTheSite).toList()) {
        String text = wordsOf(file);
        String name = site.relativize(file).toString();
        for (String phrase : phrases) {
          if (text.contains(phrase)) found.add(name + ": \"" + phrase + "\"");
        }
        for (String word : WORDS) {
          if (CONTENT.contains(word)) continue; // the owner's words, not the site's
          if (text.matches("(?s).*(^|[^\\p{L}])" + word + "([^\\p{L}]|$).*")) {
            found.add(name + ": \"" + word + "\"");
          }
        }
      }
    }
    assertEquals(List.of(), found, () -> String.join("\n", found));
    Document index = Jsoup.parse(site.resolve("index.html").toFile());
    assertEquals(locale, index.selectFirst("html").attr("lang"));
  }

  @Test
  void aThemeOverridesOneMessageOnPagesAndCharts() throws Exception {
    Path site =
        buildSample(
            "de-DE",
            Map.of(
                "goal.before_after", "Damals und heute",
                "chart.activity.caption", "Wie oft ich geübt habe, Woche für Woche."));
    Document goal = Jsoup.parse(site.resolve("goals/guitar/index.html").toFile());
    assertEquals("Damals und heute", goal.selectFirst("#progress-heading").text());
    assertTrue(
        goal.select("figcaption").eachText().contains("Wie oft ich geübt habe, Woche für Woche."),
        () -> goal.select("figcaption").eachText().toString());
    assertTrue(goal.text().contains("Kontinuität und Belege"), "other messages stay built-in");
  }

  /** The sample in {@code locale}, with a theme overriding {@code overrides} if any. */
  private Path buildSample(String locale, Map<String, String> overrides) throws Exception {
    Path source = tmp.resolve("portfolio");
    copy(Path.of("content"), source.resolve("content"));
    Path yaml = source.resolve("content/site.yaml");
    String settings =
        Files.readString(yaml)
            .replaceAll("(?m)^locale: .*$", "locale: " + locale)
            .replaceAll("(?m)^week_start: .*\\n", "");
    if (!overrides.isEmpty()) {
      settings += "\ntheme: mine\n";
      Path bundle = source.resolve("themes/mine/i18n/" + locale.substring(0, 2) + ".properties");
      Files.createDirectories(bundle.getParent());
      Files.writeString(
          bundle,
          overrides.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("\n")));
    }
    Files.writeString(yaml, settings);
    Path out = tmp.resolve("site");
    StringWriter messages = new StringWriter();
    BuildResult result =
        new SiteBuilder(new PrintWriter(messages))
            .build(new BuildOptions(source, out, false, SampleSite.TODAY));
    assertTrue(!result.hasErrors(), messages::toString);
    return out;
  }

  /**
   * The English phrases of the site: each literal piece between placeholders of an en message, of
   * two words or more, unless the language's own bundle uses it too ("Data (JSON)") or the sample's
   * content says it (the portfolio's words are its owner's).
   */
  private static Set<String> englishPhrases(String language) {
    String own = String.join("\n", Messages.builtIn(language).values());
    String content = CONTENT;
    Set<String> phrases = new TreeSet<>();
    for (String pattern : Messages.builtIn("en").values()) {
      for (String piece : pattern.replace("''", "'").split("\\{\\d+\\}")) {
        String phrase =
            piece.strip().replaceAll("^[\\p{Punct}\\s·—–→←]+|[\\p{Punct}\\s·—–→←]+$", "");
        if (phrase.contains(" ")
            && phrase.length() >= 6
            && !own.contains(phrase)
            && !content.contains(phrase)) {
          phrases.add(phrase);
        }
      }
    }
    return phrases;
  }

  private static String readContent() {
    try (Stream<Path> files = Files.walk(Path.of("content"))) {
      StringBuilder all = new StringBuilder();
      for (Path p : files.filter(Files::isRegularFile).toList()) all.append(Files.readString(p));
      return all.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isTextOfTheSite(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p)
        && (name.endsWith(".html") || name.endsWith(".xml") || name.endsWith(".svg"));
  }

  /** What a reader or a screen reader meets: text, alt texts, titles, labels, meta texts. */
  private static String wordsOf(Path file) throws IOException {
    String raw = Files.readString(file);
    if (!file.toString().endsWith(".html")) { // the feed, the sitemap, the charts' SVG
      return Jsoup.parse(raw, "", Parser.xmlParser()).text();
    }
    Document doc = Jsoup.parse(raw);
    StringBuilder words = new StringBuilder(doc.text());
    for (Element e : doc.select("[alt], [title], [aria-label], meta[content]")) {
      for (String attr : List.of("alt", "title", "aria-label", "content")) {
        words.append('\n').append(e.attr(attr));
      }
    }
    return words.toString();
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
