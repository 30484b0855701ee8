package dev.cairn.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

  private final MarkdownRenderer safe = new MarkdownRenderer(false);

  @Test
  void escapesRawHtml() {
    String html =
        safe.toHtml("Hello <script>alert(1)</script> <b onmouseover=x>b</b>\n\n<div>block</div>");
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<b "), html);
    assertFalse(html.contains("<div>"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
  }

  @Test
  void dropsJavascriptLinksButKeepsTheirText() {
    Document doc =
        Jsoup.parse(safe.toHtml("[click me](javascript:alert(1)) and [ok](https://example.org)"));
    assertEquals(1, doc.select("a").size());
    assertEquals("https://example.org", doc.selectFirst("a").attr("href"));
    assertTrue(doc.text().contains("click me"));
    assertFalse(doc.html().contains("javascript"));
  }

  @Test
  void dropsObfuscatedSchemes() {
    for (String url :
        new String[] {
          "JaVaScRiPt:alert(1)",
          "java%0ascript:x",
          "data:text/html;base64,PHNjcmlwdD4=",
          "vbscript:msgbox(1)",
          "file:///etc/passwd"
        }) {
      String html = safe.toHtml("[x](<" + url + ">)");
      Document doc = Jsoup.parse(html);
      for (var a : doc.select("a")) {
        String href = a.attr("href").toLowerCase(Locale.ROOT);
        assertFalse(
            href.startsWith("javascript")
                || href.startsWith("data")
                || href.startsWith("vbscript")
                || href.startsWith("file"),
            url + " -> " + html);
      }
    }
  }

  @Test
  void replacesUnsafeImagesWithTheirAltText() {
    Document doc =
        Jsoup.parse(safe.toHtml("![a chart](data:image/svg+xml;base64,AAAA) ![ok](pic.png)"));
    assertEquals(1, doc.select("img").size());
    assertEquals("pic.png", doc.selectFirst("img").attr("src"));
    assertTrue(doc.text().contains("a chart"));
  }

  @Test
  void keepsHttpMailtoAndRelativeLinks() {
    Document doc =
        Jsoup.parse(
            safe.toHtml(
                "[a](http://a.example) [b](mailto:me@example.org) [c](../goals/guitar/index.html) [d](#top) [e](notes/a:b)"));
    assertEquals(5, doc.select("a").size());
  }

  @Test
  void autolinksOnlySafeSchemes() {
    Document doc = Jsoup.parse(safe.toHtml("see https://example.org/x and www.example.com"));
    assertTrue(doc.select("a[href=https://example.org/x]").size() == 1, doc.html());
  }

  @Test
  void rendersGfmTablesStrikethroughAndHeadingAnchors() {
    Document doc =
        Jsoup.parse(safe.toHtml("## Week one\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~"));
    assertEquals("week-one", doc.selectFirst("h2").id());
    assertEquals(1, doc.select("table td").stream().filter(td -> td.text().equals("2")).count());
    assertEquals(1, doc.select("del").size());
  }

  @Test
  void leavesHugeTablesAsText() {
    StringBuilder md = new StringBuilder("|" + "a|".repeat(100) + "\n|" + "-|".repeat(100) + "\n");
    for (int i = 0; i < 50; i++) md.append("|").append("1|".repeat(100)).append("\n");
    assertTrue(Jsoup.parse(safe.toHtml(md.toString())).select("table").isEmpty());
  }

  @Test
  void unsafeHtmlOptInKeepsRawHtml() {
    String html = new MarkdownRenderer(true).toHtml("<kbd>Ctrl</kbd>");
    assertTrue(html.contains("<kbd>Ctrl</kbd>"), html);
  }

  @Test
  void plainTextDropsMarkup() {
    assertEquals("Bold and link", safe.render("**Bold** and [link](https://x.org)").text());
  }
}
