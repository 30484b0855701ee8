package dev.cairn.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.testing.SiteFixture;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Every chart of the sample portfolio renders, parses and is shown with its figures. */
class SampleChartsTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void everyChartFileParses() throws Exception {
    Path site = SampleSite.require();
    List<String> charts =
        SiteFixture.files(site).stream().filter(f -> f.startsWith("charts/")).toList();
    assertFalse(charts.isEmpty());
    var xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    for (String chart : charts) {
      Path file = site.resolve(chart);
      if (chart.endsWith(".svg")) {
        var svg = xml.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertEquals("svg", svg.getLocalName(), chart);
        assertFalse(svg.getAttribute("viewBox").isEmpty(), chart + " has a viewBox");
        assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength(), chart);
      } else {
        assertTrue(chart.endsWith("share.png"), chart);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), chart);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1200, image.getWidth(), chart);
        assertEquals(630, image.getHeight(), chart);
      }
    }
  }

  @Test
  void everyPublicGoalPageAndTheIndexShowTheirCharts() throws Exception {
    Path site = SampleSite.require();
    Set<String> goals =
        SiteFixture.files(site).stream()
            .filter(f -> f.matches("goals/[^/]+/index\\.html"))
            .map(f -> f.split("/")[1])
            .collect(Collectors.toSet());
    assertEquals(
        Set.of("cooking", "guitar", "reading", "running"), goals, "the private goal has no page");
    Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    for (String goal : goals) {
      Document page = Jsoup.parse(site.resolve("goals/" + goal + "/index.html").toFile(), "UTF-8");
      List<String> kinds =
          page.select("img[src*=charts/" + goal + "/]").eachAttr("src").stream()
              .map(src -> src.substring(src.lastIndexOf('/') + 1))
              .toList();
      assertTrue(
          kinds.contains("activity.svg") && kinds.contains("calendar.svg"), goal + ": " + kinds);
      assertTrue(kinds.stream().anyMatch(k -> k.endsWith("-trend.svg")), goal + ": " + kinds);
      for (Element img : page.select("img[src*=charts/]")) {
        assertTrue(
            img.attr("alt").matches(".*\\d.*"), goal + ": alt states figures: " + img.attr("alt"));
      }
      Element og = page.selectFirst("meta[property=og:image]");
      assertNotNull(og, goal);
      assertTrue(og.attr("content").endsWith("charts/" + goal + "/share.png"), og.attr("content"));
      Element spark = index.selectFirst("img.sparkline[src*=charts/" + goal + "/]");
      assertNotNull(spark, goal + " sparkline on the index");
      assertTrue(spark.attr("alt").matches(".*\\d.*"), spark.attr("alt"));
    }
  }

  @Test
  void activityIsNeverDrawnOrDescribedAsSlipping() throws Exception {
    // Guitar's practice minutes fell from 51 to 33.5: "less", in the neutral data colour.
    Path site = SampleSite.require();
    String svg = Files.readString(site.resolve("charts/guitar/before-after.svg"));
    assertTrue(svg.contains("less \u221217.5 (\u221234%)"), "the activity reads less");
    assertFalse(svg.contains("slipped"), "no activity slips");
    assertFalse(svg.contains("rgb(192,68,79)"), "the slipped red is not used");
    Document page = Jsoup.parse(site.resolve("goals/guitar/index.html").toFile(), "UTF-8");
    String alt = page.selectFirst("img[src$=before-after.svg]").attr("alt");
    assertTrue(alt.contains("33.5 min in weeks 47\u201348, less \u221217.5"), alt);
  }
}
