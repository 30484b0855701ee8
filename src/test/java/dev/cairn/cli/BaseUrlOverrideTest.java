package dev.cairn.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.testing.SiteFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code build --base-url}: one build's public address, beating site.yaml's base_url. */
class BaseUrlOverrideTest {

  static final String BASE = "https://example.org/p/";

  @TempDir Path tmp;

  private Path portfolio(String extraSiteYaml) {
    return SiteFixture.write(
        tmp.resolve("p"),
        SiteFixture.SMALL.replace("locale: en-GB\n", "locale: en-GB\n" + extraSiteYaml));
  }

  private CairnCommandTest.Run build(Path p, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("build", "--source", p.toString(), "--today", "2026-09-28"));
    args.addAll(List.of(extra));
    return CairnCommandTest.run(args.toArray(String[]::new));
  }

  private static Document xml(Path file) throws Exception {
    return Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
  }

  @Test
  void flagBeatsSiteYamlAndMakesFeedSitemapCanonicalAndShareTagsAbsolute() throws Exception {
    Path p = portfolio("base_url: https://old.example.net/notebook/\n");
    CairnCommandTest.Run r = build(p, "--base-url", BASE);
    assertEquals(0, r.exit(), r.err());
    Path site = p.resolve("site");

    Document feed = xml(site.resolve("feed.xml"));
    assertEquals(BASE, feed.selectFirst("feed > link[rel=alternate]").attr("href"));
    assertEquals(BASE + "feed.xml", feed.selectFirst("feed > link[rel=self]").attr("href"));
    List<String> entryLinks = feed.select("entry > link").eachAttr("href");
    assertFalse(entryLinks.isEmpty());
    entryLinks.forEach(href -> assertTrue(href.startsWith(BASE + "logs/"), href));

    List<String> locs = xml(site.resolve("sitemap.xml")).select("url > loc").eachText();
    assertTrue(locs.contains(BASE), locs.toString());
    assertTrue(locs.contains(BASE + "goals/guitar/"), locs.toString());
    locs.forEach(loc -> assertTrue(loc.startsWith(BASE), loc));

    Document goal = Jsoup.parse(site.resolve("goals/guitar/index.html").toFile(), "UTF-8");
    assertEquals(BASE + "goals/guitar/", goal.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(BASE + "goals/guitar/", goal.selectFirst("meta[property=og:url]").attr("content"));
    assertEquals(
        BASE + "charts/guitar/share.png",
        goal.selectFirst("meta[property=og:image]").attr("content"));

    String everything = String.join("\n", SiteFixture.files(site));
    for (String path : SiteFixture.files(site)) {
      if (!path.endsWith(".html") && !path.endsWith(".xml")) continue;
      assertFalse(Files.readString(site.resolve(path)).contains("old.example.net"), path);
    }
    assertTrue(everything.contains("index.html"));
    // Page links stay relative: nothing in the page's body points to the site's own address.
    for (Element a : goal.select("body a[href]")) {
      assertFalse(a.attr("href").startsWith(BASE), a.outerHtml());
      assertFalse(a.attr("href").startsWith("/"), a.outerHtml());
    }
    assertTrue(
        goal.select("body a[href]").eachAttr("href").contains("../../index.html"),
        goal.select("body a[href]").eachAttr("href").toString());
  }

  @Test
  void withoutTheFlagSiteYamlStillRules() throws Exception {
    Path p = portfolio("base_url: https://old.example.net/notebook/\n");
    assertEquals(0, build(p).exit());
    Document feed = xml(p.resolve("site/feed.xml"));
    assertEquals(
        "https://old.example.net/notebook/",
        feed.selectFirst("feed > link[rel=alternate]").attr("href"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://example.org/p/",
        "example.org/p/",
        "https://example.org/p/?ref=feed",
        "https://example.org/p/#top",
        "https://"
      })
  void badBaseUrlIsAOneLineUsageErrorAndWritesNothing(String url) {
    Path p = portfolio("");
    CairnCommandTest.Run r = build(p, "--base-url", url);
    assertEquals(2, r.exit(), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().startsWith("cairn: --base-url: '" + url + "'"), r.err());
    assertFalse(Files.exists(p.resolve("site")), "nothing may be written");
  }

  @Test
  void siteYamlRefusesAQueryOrFragmentToo() {
    Path p = portfolio("base_url: https://example.org/p/?utm=1\n");
    CairnCommandTest.Run r = CairnCommandTest.run("check", "--source", p.toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("content/site.yaml:"), r.err());
    assertTrue(r.err().contains("has a query"), r.err());
  }
}
