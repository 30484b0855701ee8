package dev.cairn.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.testing.SiteFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteBuilderTest {

  static final LocalDate TODAY = LocalDate.of(2026, 9, 28);

  @TempDir Path tmp;

  private BuildResult build(Path portfolio, Path out, boolean drafts) throws Exception {
    return new SiteBuilder(new PrintWriter(new StringWriter()))
        .build(new BuildOptions(portfolio, out, drafts, TODAY));
  }

  private Document page(Path out, String path) throws Exception {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }

  @Test
  void buildsEveryPageOfASmallPortfolio() throws Exception {
    Path portfolio = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    Path out = portfolio.resolve("site");
    BuildResult result = build(portfolio, out, false);
    assertFalse(result.hasErrors(), result.diagnostics().toString());

    List<String> files = SiteFixture.files(out);
    for (String expected :
        List.of(
            "index.html",
            "404.html",
            "feed.xml",
            "sitemap.xml",
            "style.css",
            "goals/guitar/index.html",
            "goals/reading/index.html",
            "logs/2026-09-01-guitar/index.html",
            "logs/2026-09-08-guitar/index.html",
            "logs/2026-09-15-guitar/index.html",
            "logs/2026-09-22-guitar/index.html",
            "logs/2026-09-23-reading/index.html",
            "reviews/index.html",
            "tags/index.html",
            "tags/start/index.html",
            "tags/recording/index.html")) {
      assertTrue(files.contains(expected), expected + " missing from " + files);
    }
    assertEquals(5, files.stream().filter(f -> f.startsWith("logs/")).count(), files.toString());

    Document index = page(out, "index.html");
    assertEquals("Test portfolio", index.title());
    assertNotNull(index.selectFirst("a[href=goals/guitar/index.html]"));
    assertTrue(index.text().contains("In six months I can play ten songs at 90 bpm"));

    Document goal = page(out, "goals/guitar/index.html");
    assertEquals("Play guitar", goal.selectFirst("h1").text());
    assertTrue(goal.text().contains("Two minutes of one chord change"));
    assertNotNull(goal.selectFirst(".prose strong"));
    assertTrue(
        page(out, "goals/reading/index.html")
            .text()
            .contains("measures participation, not growth"));

    Document log = page(out, "logs/2026-09-01-guitar/index.html");
    assertTrue(log.selectFirst("h1").text().contains("First G chord"));
    assertTrue(log.text().contains("<b>raw html</b>"), "raw HTML is shown as text");
    assertTrue(log.select(".prose b").isEmpty());
    assertEquals(
        "../../logs/2026-09-08-guitar/index.html", log.selectFirst("a[rel=next]").attr("href"));
    assertTrue(
        page(out, "logs/2026-09-22-guitar/index.html").text().contains("Level 2: barre chords"));
  }

  @Test
  void everyLocalLinkIsRelativeAndResolves() throws Exception {
    Path portfolio = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    Path out = portfolio.resolve("site");
    build(portfolio, out, false);
    for (String file : SiteFixture.files(out)) {
      if (!file.endsWith(".html")) continue;
      Document doc = page(out, file);
      for (Element el : doc.select("a[href], link[href], img[src], script[src]")) {
        String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
        if (url.startsWith("http:")
            || url.startsWith("https:")
            || url.startsWith("mailto:")
            || url.startsWith("#")) continue;
        assertFalse(url.startsWith("/"), file + " links to root-absolute " + url);
        String path = url.replaceAll("[#?].*$", "");
        Path target = out.resolve(file).getParent().resolve(path).normalize();
        assertTrue(
            target.startsWith(out) && Files.isRegularFile(target), file + ": broken link " + url);
      }
    }
  }

  @Test
  void privateAndDraftContentReachesNoByteOfTheOutput() throws Exception {
    Path portfolio = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    Path out = portfolio.resolve("site");
    build(portfolio, out, false);
    for (String file : SiteFixture.files(out)) {
      String text = new String(Files.readAllBytes(out.resolve(file)), StandardCharsets.ISO_8859_1);
      assertFalse(text.contains("SECRET"), file + " leaks private or draft content");
      assertFalse(
          text.contains("sub-2026-09-24")
              || text.contains("2026-09-24-guitar")
              || text.contains("2026-09-25-guitar"),
          file + " names a private or draft log");
    }
  }

  @Test
  void draftsFlagShowsDraftsWithABadge() throws Exception {
    Path portfolio = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    Path out = portfolio.resolve("site");
    build(portfolio, out, true);
    Document draft = page(out, "logs/2026-09-25-guitar/index.html");
    assertNotNull(draft.selectFirst(".badge-draft"));
    assertFalse(
        SiteFixture.files(out).stream().anyMatch(f -> f.contains("2026-09-24")),
        "private stays out");
  }

  @Test
  void twoBuildsAreByteIdentical() throws Exception {
    Path portfolio = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    build(portfolio, a, false);
    build(portfolio, b, false);
    List<String> files = SiteFixture.files(a);
    assertEquals(files, SiteFixture.files(b));
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
    }
  }

  @Test
  void feedAndSitemapParseAsXml() throws Exception {
    Path portfolio = SiteFixture.write(tmp.resolve("p"), SiteFixture.SMALL);
    Path out = portfolio.resolve("site");
    build(portfolio, out, false);
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var feed = factory.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
    assertEquals(
        5, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
    var sitemap = factory.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
    assertTrue(sitemap.getElementsByTagName("loc").getLength() > 5);
  }

  @Test
  void userThemeOverridesOnePartial() throws Exception {
    Path portfolio =
        SiteFixture.write(
            tmp.resolve("p"),
            SiteFixture.SMALL
                + """
        -- themes/mine/templates/_footer.ftlh --
        <footer class="mine">My own footer</footer>
        -- themes/mine/static/extra.css --
        body{}
        """);
    Files.writeString(
        portfolio.resolve("content/site.yaml"), "title: Test portfolio\ntheme: mine\n");
    Path out = portfolio.resolve("site");
    BuildResult result = build(portfolio, out, false);
    assertFalse(result.hasErrors(), result.diagnostics().toString());
    Document index = page(out, "index.html");
    assertEquals("My own footer", index.selectFirst("footer.mine").text());
    assertNotNull(index.selectFirst("header.site-header"), "the rest of the default theme stays");
    assertTrue(Files.exists(out.resolve("extra.css")));
    assertTrue(Files.exists(out.resolve("style.css")));
  }

  @Test
  void aTemplateErrorIsReportedWithItsPositionAndWritesNothing() throws Exception {
    Path portfolio =
        SiteFixture.write(
            tmp.resolve("p"),
            SiteFixture.SMALL
                + """
        -- themes/mine/templates/_footer.ftlh --
        <footer>
          ${site.nonexistent.field}
        </footer>
        """);
    Files.writeString(
        portfolio.resolve("content/site.yaml"), "title: Test portfolio\ntheme: mine\n");
    Path out = portfolio.resolve("site");
    BuildResult result = build(portfolio, out, false);
    assertTrue(result.hasErrors());
    var error = result.diagnostics().stream().filter(d -> d.isError()).findFirst().orElseThrow();
    assertEquals("themes/mine/templates/_footer.ftlh:2:5", error.position().toString());
    assertFalse(Files.exists(out));
  }
}
