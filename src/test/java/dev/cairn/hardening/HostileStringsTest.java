package dev.cairn.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.render.data.JsonReader;
import dev.cairn.testing.SiteFixture;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Plants hostile strings in every field a user controls and checks every output format: HTML, SVG,
 * the feed, the sitemap, the JSON export and the CSV files. The same portfolio with harmless
 * strings gives the element and attribute names a page may have.
 */
class HostileStringsTest {

  static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "]]>",
          "</title>",
          "=HYPERLINK(\"http://x\")",
          "+cmd",
          "@SUM(1)",
          "-2+3",
          "line\u2028separator",
          "{{7*7}}",
          "${7*7}");

  @TempDir static Path tmp;
  static Path hostileSite;
  static Path benignSite;

  @BeforeAll
  static void buildBoth() throws IOException {
    hostileSite = build(tmp.resolve("hostile"), HOSTILE);
    List<String> benign = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) benign.add("Benign text " + (char) ('a' + i));
    benignSite = build(tmp.resolve("benign"), benign);
  }

  private static Path build(Path portfolio, List<String> strings) throws IOException {
    SiteFixture.write(portfolio, portfolioText(strings));
    for (int i = 0; i < strings.size(); i++) {
      // a log file named after the string, as far as file names allow
      String name = strings.get(i).replace('/', '-').replace('\u2028', ' ');
      Files.writeString(
          portfolio.resolve("content/logs/2026-11-0" + (i % 9 + 1) + "-" + name + ".md"),
          "---\ngoal: g" + i + "\nmetrics: { done: -3 }\n---\n",
          StandardCharsets.UTF_8);
    }
    BadInputCasesTest.Run run =
        BadInputCasesTest.build("build", "--source", portfolio.toString(), "--today", "2026-11-28");
    assertEquals(0, run.exit(), run.output());
    return portfolio.resolve("site");
  }

  private static String portfolioText(List<String> s) {
    StringBuilder b = new StringBuilder();
    b.append("-- content/site.yaml --\n")
        .append("title: ")
        .append(q(String.join(" ", s)))
        .append('\n')
        .append("author: ")
        .append(q(s.get(1) + " " + s.get(0)))
        .append('\n')
        .append("base_url: https://example.org/portfolio/\n");
    for (int i = 0; i < s.size(); i++) {
      String h = q(s.get(i));
      b.append("-- content/goals/g")
          .append(i)
          .append(".md --\n")
          .append("---\n")
          .append("title: ")
          .append(h)
          .append('\n')
          .append("why: ")
          .append(h)
          .append('\n')
          .append("capability: ")
          .append(h)
          .append('\n')
          .append("first_step: ")
          .append(h)
          .append('\n')
          .append("started: 2026-09-01\n")
          .append("metrics:\n")
          .append("  - id: score\n    label: ")
          .append(h)
          .append("\n    unit: ")
          .append(h)
          .append("\n    target: 50\n")
          .append("  - id: done\n    kind: activity\n    label: ")
          .append(h)
          .append("\n    unit: ")
          .append(h)
          .append('\n')
          .append("challenge:\n  levels: [")
          .append(h)
          .append(", ")
          .append(q(s.get(i) + " 2"))
          .append("]\n")
          .append("---\n")
          .append(s.get(i))
          .append("\n\n[link ")
          .append(s.get(i))
          .append("](javascript:alert(1)) ")
          .append("<a href=\"javascript:alert(1)\">raw</a> ![img](")
          .append(s.get(i).replace(' ', '_'))
          .append(")\n");
      for (int week = 0; week < 8; week++) {
        b.append("-- content/logs/g")
            .append(i)
            .append("/2026-09-")
            .append(String.format("%02d", 7 + week * 3))
            .append(".md --\n---\ngoal: g")
            .append(i)
            .append('\n')
            .append("win: ")
            .append(h)
            .append('\n')
            .append("metrics: { score: ")
            .append(10 + week * 3)
            .append(", done: 20 }\n")
            .append("challenge: ")
            .append(week < 4 ? 1 : 2)
            .append('\n')
            .append("tags: [")
            .append(h)
            .append(", ")
            .append(q("tag " + s.get(i)))
            .append("]\n")
            .append("---\n")
            .append(s.get(i))
            .append("\n\n* ")
            .append(s.get(i))
            .append('\n');
      }
    }
    return b.toString();
  }

  /** A YAML double-quoted scalar. */
  private static String q(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u2028", "\\L") + "\"";
  }

  private static List<Path> files(Path site, String suffix) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String f : SiteFixture.files(site)) if (f.endsWith(suffix)) out.add(site.resolve(f));
    return out;
  }

  @Test
  void htmlPagesGainNoElementAttributeScriptOrUnsafeLink() throws IOException {
    Set<String> allowedElements = new HashSet<>();
    Set<String> allowedAttributes = new HashSet<>();
    for (Path page : files(benignSite, ".html")) {
      for (Element e : Jsoup.parse(page.toFile(), "UTF-8").getAllElements()) {
        allowedElements.add(e.normalName());
        for (Attribute a : e.attributes()) allowedAttributes.add(a.getKey());
      }
    }
    List<Path> pages = files(hostileSite, ".html");
    assertTrue(pages.size() > 30, "pages: " + pages.size());
    for (Path page : pages) {
      String html = Files.readString(page);
      assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), page + " holds <script");
      Document doc = Jsoup.parse(html);
      for (Element e : doc.getAllElements()) {
        assertTrue(
            allowedElements.contains(e.normalName()),
            "element " + e.normalName() + " injected in " + page);
        for (Attribute a : e.attributes()) {
          String name = a.getKey().toLowerCase(Locale.ROOT);
          assertFalse(name.startsWith("on"), "event handler " + a + " in " + page);
          assertTrue(
              allowedAttributes.contains(a.getKey()), "attribute " + a + " injected in " + page);
          if (Set.of("href", "src", "action", "formaction", "poster", "srcset").contains(name)) {
            assertTrue(OutputInspector.isSafeUrl(a.getValue()), "unsafe URL " + a + " in " + page);
          }
        }
      }
    }
  }

  @Test
  void goalPagesShowEveryFieldAsPlainText() throws IOException {
    for (int i = 0; i < HOSTILE.size(); i++) {
      String h = HOSTILE.get(i);
      Document doc =
          Jsoup.parse(hostileSite.resolve("goals/g" + i + "/index.html").toFile(), "UTF-8");
      String text = doc.body().wholeText();
      // title, why, capability, first step, label, unit, level, win, tag: each shown as written
      int count = text.split(Pattern.quote(h), -1).length - 1;
      assertTrue(count >= 6, "«" + h + "» shown as text " + count + " times on goals/g" + i);
      assertTrue(doc.title().contains(h), "page title holds «" + h + "»: " + doc.title());
    }
  }

  @Test
  void svgChartsAreWellFormedXmlWithoutScript() throws Exception {
    List<Path> charts = files(hostileSite, ".svg");
    assertFalse(charts.isEmpty());
    boolean labelSeen = false;
    for (Path svg : charts) {
      String text = Files.readString(svg);
      assertFalse(text.toLowerCase(Locale.ROOT).contains("<script"), svg.toString());
      org.w3c.dom.Document doc = parseXml(text);
      assertNoScriptOrHandler(doc.getDocumentElement(), svg);
      labelSeen |= doc.getDocumentElement().getTextContent().contains(HOSTILE.get(0));
    }
    assertTrue(labelSeen, "a chart states a hostile label as text");
  }

  @Test
  void feedAndSitemapAreWellFormedAndCarryWinsAsText() throws Exception {
    org.w3c.dom.Document feed = parseXml(Files.readString(hostileSite.resolve("feed.xml")));
    String feedText = feed.getDocumentElement().getTextContent();
    for (String h : HOSTILE) assertTrue(feedText.contains(h), "feed holds «" + h + "» as text");
    assertNoScriptOrHandler(feed.getDocumentElement(), hostileSite.resolve("feed.xml"));
    org.w3c.dom.Document sitemap = parseXml(Files.readString(hostileSite.resolve("sitemap.xml")));
    NodeList locs = sitemap.getElementsByTagNameNS("*", "loc");
    assertTrue(locs.getLength() > 30);
    for (int i = 0; i < locs.getLength(); i++) {
      assertTrue(
          locs.item(i).getTextContent().startsWith("https://example.org/portfolio/"),
          locs.item(i).getTextContent());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonExportParsesBackAndStringsRoundTrip() throws IOException {
    Object parsed = JsonReader.parse(Files.readString(hostileSite.resolve("data/portfolio.json")));
    List<Map<String, Object>> goals =
        (List<Map<String, Object>>) ((Map<String, Object>) parsed).get("goals");
    Set<Object> titles = new TreeSet<>();
    for (Map<String, Object> g : goals) titles.add(g.get("title"));
    assertEquals(new TreeSet<>(HOSTILE), titles);
  }

  @Test
  void csvCellsCannotStartAFormula() throws IOException {
    List<Path> csvs = files(hostileSite, ".csv");
    assertEquals(HOSTILE.size(), csvs.size());
    Pattern plainNumber = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    boolean negativeSeen = false;
    for (Path csv : csvs) {
      for (String line : Files.readAllLines(csv)) {
        for (String cell : line.split(",", -1)) {
          String c = cell.startsWith("\"") ? cell.substring(1) : cell;
          if (c.isEmpty() || "=+-@\t\r".indexOf(c.charAt(0)) < 0) continue;
          assertTrue(
              plainNumber.matcher(cell).matches(), "formula-like cell «" + cell + "» in " + csv);
          negativeSeen |= cell.startsWith("-");
        }
      }
    }
    assertTrue(negativeSeen, "a negative number stays a number");
  }

  private static org.w3c.dom.Document parseXml(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    DocumentBuilder builder = f.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new InputSource(new StringReader(text)));
  }

  private static void assertNoScriptOrHandler(org.w3c.dom.Element e, Path file) {
    assertFalse(e.getLocalName().equalsIgnoreCase("script"), "script in " + file);
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      String name = attributes.item(i).getNodeName().toLowerCase(Locale.ROOT);
      assertFalse(name.startsWith("on"), "handler " + name + " in " + file);
      if (name.equals("href") || name.endsWith(":href")) {
        assertTrue(OutputInspector.isSafeUrl(attributes.item(i).getNodeValue()), file.toString());
      }
    }
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof org.w3c.dom.Element child)
        assertNoScriptOrHandler(child, file);
    }
  }
}
