package dev.cairn.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.testing.SiteFixture;
import java.io.File;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the built sample: links and assets resolve, HTML is valid HTML5, feed and sitemap
 * parse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteIntegrityTest {

  static final String ATOM = "http://www.w3.org/2005/Atom";

  private Path site;
  private List<String> files;
  private List<String> pages;

  @BeforeAll
  void build() {
    site = SampleSite.require();
    files = SiteFixture.files(site);
    pages = files.stream().filter(f -> f.endsWith(".html")).toList();
  }

  @Test
  void sampleHasEveryKindOfPage() {
    for (String expected :
        List.of(
            "index.html",
            "404.html",
            "feed.xml",
            "sitemap.xml",
            "style.css",
            "goals/guitar/index.html",
            "logs/2026-11-23-guitar/index.html",
            "reviews/index.html",
            "reviews/2026-W47/index.html",
            "reviews/2026-11/index.html",
            "reviews/2026/index.html",
            "capabilities/index.html",
            "tags/index.html",
            "data/portfolio.json",
            "charts/guitar/share.png",
            "reviews/2026/share.png")) {
      assertTrue(files.contains(expected), expected + " missing");
    }
    assertTrue(files.stream().anyMatch(f -> f.matches("tags/[^/]+/index\\.html")), "a tag page");
  }

  @Test
  void capabilitiesListEveryPublicMilestoneNewestFirst() throws Exception {
    Document page = Jsoup.parse(site.resolve("capabilities/index.html").toFile(), "UTF-8");
    assertEquals(
        List.of(
            "Ran 5 km and could have gone on",
            "Cooked a three-course dinner for friends from memory",
            "Ran 8 km without stopping",
            "Played a whole evening of songs with friends",
            "Read a 500-page novel to the end"),
        page.select("#recent-heading + ol .milestone-text").eachText());
    // The private guitar log's and the draft cooking log's milestones stay out.
    for (String file : files) {
      if (!file.endsWith(".html") && !file.endsWith(".xml") && !file.endsWith(".json")) continue;
      String text = Files.readString(site.resolve(file));
      assertFalse(text.contains("Streets of London"), file);
      assertFalse(text.contains("Christmas dinner for eight"), file);
    }
    Document goal = Jsoup.parse(site.resolve("goals/guitar/index.html").toFile(), "UTF-8");
    assertEquals(
        "Six-month capability In six months I can play ten songs start to finish at 90 bpm with"
            + " friends singing along",
        goal.selectFirst("#milestones-heading ~ .capability-beside .capability").text());
  }

  @Test
  void monthlyAndYearlyReviewsAreLinkedFromTheReviewsIndexAndTheFrontPage() throws Exception {
    Document reviews = Jsoup.parse(site.resolve("reviews/index.html").toFile(), "UTF-8");
    assertEquals(
        List.of("November 2026", "October 2026", "September 2026", "August 2026"),
        reviews.select("#months-heading + ul a").eachText());
    assertEquals(List.of("2026"), reviews.select("#years-heading + ul a").eachText());
    Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    assertNotNull(index.selectFirst("a[href=reviews/2026-11/index.html]"));
    assertNotNull(index.selectFirst("a[href=reviews/2026/index.html]"));
    Document november = Jsoup.parse(site.resolve("reviews/2026-11/index.html").toFile(), "UTF-8");
    assertEquals("2026", november.selectFirst(".crumbs a[href$=2026/index.html]").text());
    assertEquals("October 2026", november.selectFirst("a[rel=prev]").ownText());
  }

  @Test
  void guitarPageMarksTheHighestChallengeLevelReached() throws Exception {
    Document goal = Jsoup.parse(site.resolve("goals/guitar/index.html").toFile(), "UTF-8");
    assertEquals(List.of("open chords"), goal.select("ol.levels li.level-passed").eachText());
    assertEquals(
        "barre chords highest reached", goal.selectFirst("ol.levels li.level-current").text());
    assertEquals(4, goal.select("ol.levels li").size());
  }

  @Test
  void everyLocalLinkAndAssetResolvesToAFile() throws Exception {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (String page : pages) {
      Path file = site.resolve(page);
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      for (Element el : doc.select("[href], [src], [srcset]")) {
        for (String attr : List.of("href", "src", "srcset")) {
          if (!el.hasAttr(attr)) continue;
          String value = el.attr(attr);
          List<String> urls =
              attr.equals("srcset")
                  ? List.of(value.split(",")).stream().map(s -> s.strip().split("\\s+")[0]).toList()
                  : List.of(value);
          for (String url : urls) {
            String problem = problemWith(file, doc, url);
            checked++;
            if (problem != null)
              broken.add(page + ": " + el.tagName() + " " + attr + "=\"" + url + "\" " + problem);
          }
        }
      }
    }
    assertEquals(List.of(), broken);
    assertTrue(checked > pages.size() * 10, "links were checked: " + checked);
  }

  /** Null when the URL is external or names an existing file (and fragment); else what is wrong. */
  private String problemWith(Path page, Document doc, String url) {
    if (url.isEmpty()) return "is empty";
    URI uri = URI.create(url.replace(" ", "%20"));
    if (uri.getScheme() != null) {
      return List.of("http", "https", "mailto").contains(uri.getScheme())
          ? null
          : "has scheme " + uri.getScheme();
    }
    if (url.startsWith("/")) return "is root-relative, which breaks on file:// and sub-paths";
    String path = uri.getRawPath();
    String fragment = uri.getFragment();
    if (path == null || path.isEmpty()) {
      return fragment == null || doc.getElementById(fragment) != null
          ? null
          : "names no element on this page";
    }
    Path target =
        page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
    if (!target.startsWith(site)) return "leaves the site";
    if (!Files.isRegularFile(target)) return "does not exist";
    if (fragment != null && target.toString().endsWith(".html")) {
      try {
        if (Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) == null)
          return "names no element there";
      } catch (java.io.IOException e) {
        return "cannot be read";
      }
    }
    return null;
  }

  @Test
  void readingNeedsNoScriptWebFontOrOtherSite() throws Exception {
    List<String> found = new ArrayList<>();
    for (String page : pages) {
      Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
      if (!doc.select("script, noscript, iframe").isEmpty()) found.add(page + ": script or frame");
      for (Element el : doc.select("link[href], img[src]")) {
        String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
        if (url.matches("(?i)^(https?:)?//.*") && !el.attr("rel").equals("canonical"))
          found.add(page + ": loads " + url);
      }
    }
    String css = Files.readString(site.resolve("style.css"));
    for (String needle : List.of("@import", "@font-face", "url(http", "url(//")) {
      if (css.contains(needle)) found.add("style.css: " + needle);
    }
    assertEquals(List.of(), found);
  }

  @Test
  void everyChartStatesItsNumbersAndHasADataTable() throws Exception {
    List<String> problems = new ArrayList<>();
    int charts = 0;
    for (String page : pages) {
      Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
      for (Element img : doc.select("img")) {
        if (!img.attr("alt").matches("(?s).*\\d.*"))
          problems.add(page + ": " + img.attr("src") + " alt has no figures");
      }
      for (Element chart : doc.select("div.chart")) {
        charts++;
        if (chart
                .select("figure > div.chart-frame > img, figure > div.chart-frame > picture > img")
                .size()
            != 1) problems.add(page + ": chart without image");
        if (chart.select("details table tbody tr").isEmpty())
          problems.add(page + ": chart without data table");
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(charts >= 4 * 4, "charts on the goal pages: " + charts);
  }

  /** The Nu HTML checker for HTML5, adding each error and fatal error to {@code errors}. */
  private static SimpleDocumentValidator html5Validator(List<String> errors) throws Exception {
    ErrorHandler collector =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            errors.add(describe(e));
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add(describe(e));
          }
        };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
    validator.setUpValidatorAndParsers(collector, false, false);
    return validator;
  }

  @Test
  void everyPageIsValidHtml5() throws Exception {
    List<String> errors = new ArrayList<>();
    SimpleDocumentValidator validator = html5Validator(errors);
    for (String page : pages) {
      int before = errors.size();
      validator.checkHtmlFile(site.resolve(page).toFile(), true);
      for (int i = before; i < errors.size(); i++) errors.set(i, page + ":" + errors.get(i));
    }
    assertEquals(List.of(), errors);
  }

  @Test
  void validatorRejectsBrokenHtml() throws Exception {
    List<String> errors = new ArrayList<>();
    SimpleDocumentValidator validator = html5Validator(errors);
    File bad = Files.createTempFile("cairn-invalid-", ".html").toFile();
    bad.deleteOnExit();
    Files.writeString(
        bad.toPath(),
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>x</title></head>
        <body><img src="a.png"><li>loose item</li></body></html>
        """);
    validator.checkHtmlFile(bad, true);
    assertEquals(2, errors.size(), errors.toString());
  }

  private static String describe(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
  }

  @Test
  void feedIsWellFormedAtom() throws Exception {
    org.w3c.dom.Document feed = parseXml("feed.xml");
    org.w3c.dom.Element root = feed.getDocumentElement();
    assertEquals(ATOM, root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertRequiredAtomChildren(root, "feed");
    assertNotNull(child(root, "author"), "feed author");
    NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
    assertTrue(entries.getLength() > 100, "entries: " + entries.getLength());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
      assertRequiredAtomChildren(entry, "entry " + i);
      ids.add(child(entry, "id").getTextContent());
      String href = alternateLink(entry).getAttribute("href");
      assertTrue(Files.isRegularFile(site.resolve(href)), "entry link " + href);
    }
    assertEquals(ids.size(), ids.stream().distinct().count(), "entry ids are unique");
    org.w3c.dom.Element first = (org.w3c.dom.Element) entries.item(0);
    assertEquals(
        "Milestone: Ran 5 km and could have gone on", child(first, "title").getTextContent());
    assertEquals("2026-11-26T00:00:00Z", child(root, "updated").getTextContent());
  }

  @Test
  void feedListsMilestonesThenWinsThenTheOtherLogsNewestFirstInEach() throws Exception {
    NodeList entries =
        parseXml("feed.xml").getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
    List<String> outOfOrder = new ArrayList<>();
    int previousGroup = 0;
    LocalDate previousDate = LocalDate.MAX;
    int[] counts = new int[3];
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
      Document log =
          Jsoup.parse(site.resolve(alternateLink(entry).getAttribute("href")).toFile(), "UTF-8");
      // 0: a milestone, 1: a win, 2: any other log.
      int group =
          log.selectFirst(".milestone-line") != null
              ? 0
              : log.selectFirst("h1 .win-label") != null ? 1 : 2;
      if (group != previousGroup) {
        if (group < previousGroup)
          outOfOrder.add(i + ": group " + group + " after " + previousGroup);
        previousDate = LocalDate.MAX;
      }
      LocalDate date = LocalDate.parse(log.selectFirst("time").attr("datetime"));
      if (date.isAfter(previousDate)) outOfOrder.add(i + ": " + date + " after " + previousDate);
      counts[group]++;
      previousGroup = group;
      previousDate = date;
    }
    assertEquals(List.of(), outOfOrder);
    assertEquals(5, counts[0], "the sample's public milestones");
    assertTrue(counts[1] > 0 && counts[2] > 0, "both wins and other logs");
  }

  private static void assertRequiredAtomChildren(org.w3c.dom.Element el, String what) {
    for (String name : List.of("id", "title", "updated")) {
      org.w3c.dom.Element c = child(el, name);
      assertNotNull(c, what + " has no " + name);
      assertFalse(c.getTextContent().isBlank(), what + " has an empty " + name);
    }
    URI.create(child(el, "id").getTextContent());
    assertTrue(
        child(el, "updated")
            .getTextContent()
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)"),
        what + " updated is an RFC 3339 date-time");
    assertNotNull(alternateLink(el), what + " has no alternate link");
  }

  private static org.w3c.dom.Element alternateLink(org.w3c.dom.Element el) {
    for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof org.w3c.dom.Element e
          && ATOM.equals(e.getNamespaceURI())
          && e.getLocalName().equals("link")
          && (e.getAttribute("rel").isEmpty() || e.getAttribute("rel").equals("alternate"))) {
        return e;
      }
    }
    return null;
  }

  private static org.w3c.dom.Element child(org.w3c.dom.Element el, String name) {
    for (Node n = el.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof org.w3c.dom.Element e
          && ATOM.equals(e.getNamespaceURI())
          && e.getLocalName().equals(name)) {
        return e;
      }
    }
    return null;
  }

  @Test
  void sitemapListsEveryPageButTheNotFoundPage() throws Exception {
    org.w3c.dom.Element root = parseXml("sitemap.xml").getDocumentElement();
    assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", root.getNamespaceURI());
    NodeList locs = root.getElementsByTagNameNS(root.getNamespaceURI(), "loc");
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) listed.add(locs.item(i).getTextContent());
    List<String> expected = pages.stream().filter(p -> !p.equals("404.html")).sorted().toList();
    assertEquals(expected, listed.stream().sorted().toList());
  }

  private org.w3c.dom.Document parseXml(String path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(site.resolve(path).toFile());
  }
}
