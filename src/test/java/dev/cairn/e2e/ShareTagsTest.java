package dev.cairn.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.pipeline.BuildOptions;
import dev.cairn.pipeline.BuildResult;
import dev.cairn.pipeline.SiteBuilder;
import dev.cairn.testing.SiteFixture;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open Graph and Twitter tags: absolute where base_url is set, while page links stay relative. */
class ShareTagsTest {

  static final String BASE = "https://ada.example.org/notebook/";

  @TempDir Path tmp;

  private Path build(String baseUrlLine) throws Exception {
    String fixture = SiteFixture.SMALL.replace("locale: en-GB\n", "locale: en-GB\n" + baseUrlLine);
    Path portfolio = SiteFixture.write(tmp.resolve("p"), fixture);
    Path out = tmp.resolve("site");
    StringWriter messages = new StringWriter();
    BuildResult result =
        new SiteBuilder(new PrintWriter(messages))
            .build(new BuildOptions(portfolio, out, false, LocalDate.of(2026, 9, 28)));
    assertFalse(result.hasErrors(), messages.toString());
    return out;
  }

  private static Document page(Path out, String path) throws Exception {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }

  private static String meta(Document doc, String key) {
    Element el = doc.selectFirst("meta[property=" + key + "], meta[name=" + key + "]");
    return el == null ? null : el.attr("content");
  }

  @Test
  void goalAndLogPagesShareTheGoalsImageByAbsoluteUrl() throws Exception {
    Path out = build("base_url: https://ada.example.org/notebook\n");

    Document goal = page(out, "goals/guitar/index.html");
    assertEquals(BASE + "charts/guitar/share.png", meta(goal, "og:image"));
    assertEquals(BASE + "charts/guitar/share.png", meta(goal, "twitter:image"));
    assertEquals("summary_large_image", meta(goal, "twitter:card"));
    assertEquals(BASE + "goals/guitar/", meta(goal, "og:url"));
    assertEquals(BASE + "goals/guitar/", goal.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals("Play guitar", meta(goal, "og:title"));
    assertEquals("1200", meta(goal, "og:image:width"));
    assertFalse(meta(goal, "og:image:alt").isBlank());

    Document log = page(out, "logs/2026-09-22-guitar/index.html");
    assertEquals(BASE + "charts/guitar/share.png", meta(log, "og:image"));
    assertEquals("article", meta(log, "og:type"));
    assertEquals(BASE + "logs/2026-09-22-guitar/", meta(log, "og:url"));

    assertEquals(BASE, meta(page(out, "index.html"), "og:url"));

    for (String path :
        new String[] {
          "index.html", "goals/guitar/index.html", "logs/2026-09-22-guitar/index.html"
        }) {
      for (Element a : page(out, path).select("a[href], img[src], link[rel=stylesheet]")) {
        String url = a.hasAttr("href") ? a.attr("href") : a.attr("src");
        assertFalse(url.startsWith("https://ada.example.org"), path + " links absolutely: " + url);
      }
    }

    BufferedImage share = ImageIO.read(out.resolve("charts/guitar/share.png").toFile());
    assertEquals(1200, share.getWidth());
    assertEquals(630, share.getHeight());
  }

  @Test
  void feedAndSitemapUseTheBaseUrl() throws Exception {
    Path out = build("base_url: https://ada.example.org/notebook\n");
    String feed = Files.readString(out.resolve("feed.xml"));
    assertTrue(
        feed.contains(
            "<link rel=\"self\" type=\"application/atom+xml\" href=\"" + BASE + "feed.xml\"/>"),
        feed);
    assertTrue(feed.contains("href=\"" + BASE + "logs/2026-09-22-guitar/\""), feed);
    assertTrue(feed.contains("<id>" + BASE + "logs/2026-09-22-guitar/</id>"), feed);
    String sitemap = Files.readString(out.resolve("sitemap.xml"));
    assertTrue(sitemap.contains("<loc>" + BASE + "goals/guitar/</loc>"), sitemap);
    assertTrue(sitemap.contains("<loc>" + BASE + "</loc>"), sitemap);
  }

  @Test
  void withoutBaseUrlThereIsNoCanonicalAndTheImageIsRelative() throws Exception {
    Path out = build("");
    Document goal = page(out, "goals/guitar/index.html");
    assertNull(goal.selectFirst("link[rel=canonical]"));
    assertNull(meta(goal, "og:url"));
    assertEquals("../../charts/guitar/share.png", meta(goal, "og:image"));
    assertEquals(
        "style.css", page(out, "404.html").selectFirst("link[rel=stylesheet]").attr("href"));
  }

  @Test
  void notFoundPageLinksFromTheBaseUrlWhereverTheHostServesIt() throws Exception {
    Path out = build("base_url: https://ada.example.org/notebook\n");
    Document notFound = page(out, "404.html");
    assertEquals(BASE + "style.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
    assertEquals(BASE + "index.html", notFound.selectFirst("main a").attr("href"));
    assertEquals(
        BASE + "reviews/index.html",
        notFound.selectFirst("nav a[href$=reviews/index.html]").attr("href"));
  }
}
