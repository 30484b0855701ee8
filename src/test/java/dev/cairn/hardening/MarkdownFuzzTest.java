package dev.cairn.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cairn.render.MarkdownRenderer;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fuzzes Markdown rendering in the default (safe) mode: whatever the notes say, the HTML holds no
 * script, no event handler, and links only to http, https, mailto or relative URLs. Without {@code
 * JAZZER_FUZZ} only the seed corpus runs (see docs/security.md).
 */
class MarkdownFuzzTest {

  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(false);

  @FuzzTest(maxDuration = "5m")
  void rendersAnyMarkdownSafely(FuzzedDataProvider data) {
    String markdown = data.consumeRemainingAsString();
    MarkdownRenderer.Rendered rendered = MARKDOWN.render(markdown);
    assertSafe(rendered.html());
  }

  static void assertSafe(String html) {
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), html);
    Document doc = Jsoup.parseBodyFragment(html);
    for (Element e : doc.getAllElements()) {
      assertFalse(
          e.normalName().equals("script")
              || e.normalName().equals("iframe")
              || e.normalName().equals("object")
              || e.normalName().equals("embed")
              || e.normalName().equals("style"),
          "element injected: " + e.normalName() + " in " + html);
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertFalse(name.startsWith("on"), "event handler attribute in " + html);
        if (name.equals("href") || name.equals("src")) {
          assertTrue(
              OutputInspector.isSafeUrl(a.getValue()),
              "unsafe URL " + a.getValue() + " in " + html);
        }
      }
    }
  }
}
