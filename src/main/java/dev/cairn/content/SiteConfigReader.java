package dev.cairn.content;

import dev.cairn.model.BaseUrlValidator;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.SiteConfig;
import dev.cairn.model.WeekStart;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Reads {@code content/site.yaml}; a missing or invalid setting keeps its default. */
final class SiteConfigReader {
  static final String BUILT_IN_THEME = "default";
  // Known keys; docs/content.md documents each one (checked by ContentDocTest).
  static final List<String> KEYS =
      List.of(
          "title",
          "author",
          "base_url",
          "theme",
          "locale",
          "week_start",
          "window_weeks",
          "stretch_weeks",
          "unsafe_html",
          "notes");

  private final Path portfolio;
  private final List<Diagnostic> sink;

  SiteConfigReader(Path portfolio, List<Diagnostic> sink) {
    this.portfolio = portfolio;
    this.sink = sink;
  }

  SiteConfig read(String path, String text) {
    SiteConfig d = SiteConfig.defaults();
    Optional<YamlDocument> doc = YamlComposer.compose(path, text, 1, sink);
    if (doc.isEmpty()) return d;
    FieldReader r = new FieldReader(doc.get(), sink);
    Optional<Fields> fields = r.root(path);
    if (fields.isEmpty()) return d;
    Fields f = fields.get();
    r.unknownKeys(f, KEYS, "is ignored");
    Locale locale = f.find("locale").flatMap(n -> locale(r, n)).orElse(d.locale());
    return new SiteConfig(
        f.find("title").flatMap(n -> r.text(n, "title")).map(String::strip).orElse(d.title()),
        f.find("author").flatMap(n -> r.text(n, "author")).map(String::strip),
        f.find("base_url").flatMap(n -> baseUrl(r, n)),
        f.find("theme").flatMap(n -> theme(r, n)),
        locale,
        f.find("week_start")
            .flatMap(n -> r.choice(n, "week_start", WeekStart.values()))
            .orElse(WeekStart.usualFor(locale)),
        whole(r, f, "window_weeks", d.windowWeeks()),
        whole(r, f, "stretch_weeks", d.stretchWeeks()),
        f.find("unsafe_html").flatMap(n -> r.bool(n, "unsafe_html")).orElse(d.unsafeHtml()),
        f.find("notes").map(n -> new NotesConfigReader(portfolio, r).read(n)).orElse(List.of()));
  }

  private static int whole(FieldReader r, Fields f, String key, int fallback) {
    return f.find(key)
        .map(n -> r.wholeNumber(n, key, 1))
        .filter(v -> v.isPresent())
        .map(v -> v.getAsInt())
        .orElse(fallback);
  }

  private static Optional<String> baseUrl(FieldReader r, Node node) {
    Optional<String> text = r.text(node, "base_url").map(String::strip);
    if (text.isEmpty()) return text;
    Optional<String> problem = BaseUrlValidator.problem(text.get());
    if (problem.isEmpty()) return text;
    r.error(node, "base_url: " + problem.get());
    return Optional.empty();
  }

  private Optional<String> theme(FieldReader r, Node node) {
    Optional<String> text = r.text(node, "theme").map(String::strip);
    if (text.isEmpty()) return text;
    String name = text.get();
    if (name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
      r.error(node, "theme: '" + name + "' is not a folder name; name a folder under themes/");
      return Optional.empty();
    }
    Path folder = portfolio.resolve("themes").resolve(name);
    if (!Files.isDirectory(folder)) {
      if (name.equals(BUILT_IN_THEME)) return Optional.empty();
      r.error(
          node, "theme: there is no folder themes/" + name + "/ in the portfolio" + themesHint());
      return Optional.empty();
    }
    try {
      if (!folder.toRealPath().startsWith(portfolio.toRealPath())) {
        r.error(node, "theme: themes/" + name + "/ links to a folder outside the portfolio");
        return Optional.empty();
      }
    } catch (IOException e) {
      r.error(node, "theme: cannot read themes/" + name + "/: " + e.getMessage());
      return Optional.empty();
    }
    return text;
  }

  private String themesHint() {
    try (var entries = Files.list(portfolio.resolve("themes"))) {
      List<String> names =
          entries
              .filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
              .map(p -> p.getFileName().toString())
              .sorted()
              .toList();
      return names.isEmpty() ? "" : "; themes found: " + String.join(", ", names);
    } catch (IOException e) {
      return "";
    }
  }

  private static Optional<Locale> locale(FieldReader r, Node node) {
    Optional<String> text = r.text(node, "locale").map(String::strip);
    if (text.isEmpty()) return Optional.empty();
    try {
      return Optional.of(new Locale.Builder().setLanguageTag(text.get()).build());
    } catch (IllformedLocaleException e) {
      String fixed = text.get().replace('_', '-');
      String suggestion = "e.g. en-GB or de-DE";
      try {
        new Locale.Builder().setLanguageTag(fixed);
        suggestion = fixed;
      } catch (IllformedLocaleException again) {
        // keep the generic example
      }
      r.error(
          node, "locale: '" + text.get() + "' is not a BCP 47 language tag; write " + suggestion);
      return Optional.empty();
    }
  }
}
