package dev.cairn.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.analysis.GoalAnalysis;
import dev.cairn.analysis.PortfolioAnalysis;
import dev.cairn.model.Goal;
import dev.cairn.model.WeekStart;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ChartRendererTest {

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private static ChartSet set;

  @BeforeAll
  static void renderSample() {
    set = new ChartRenderer().render(ChartFixtures.portfolio(), settings(2));
  }

  static ChartSettings settings(int windowWeeks) {
    return new ChartSettings(
        Locale.UK, WeekStart.MONDAY, "Progress portfolio", windowWeeks, ChartFixtures.TODAY);
  }

  private static byte[] file(ChartSet charts, String path) {
    return charts.files().stream()
        .filter(f -> f.path().equals(path))
        .findFirst()
        .orElseThrow()
        .content();
  }

  @Test
  void rendersEveryChartOfEveryGoalSortedByPath() {
    assertEquals(
        List.of(
            "charts/guitar/activity-narrow.svg",
            "charts/guitar/activity.svg",
            "charts/guitar/before-after-narrow.svg",
            "charts/guitar/before-after.svg",
            "charts/guitar/calendar-narrow.svg",
            "charts/guitar/calendar.svg",
            "charts/guitar/changes-trend-narrow.svg",
            "charts/guitar/changes-trend.svg",
            "charts/guitar/minutes-trend-narrow.svg",
            "charts/guitar/minutes-trend.svg",
            "charts/guitar/share.png",
            "charts/guitar/sparkline.svg",
            "charts/kitchen/activity-narrow.svg",
            "charts/kitchen/activity.svg",
            "charts/kitchen/calendar-narrow.svg",
            "charts/kitchen/calendar.svg",
            "charts/kitchen/dishes-trend-narrow.svg",
            "charts/kitchen/dishes-trend.svg",
            "charts/kitchen/share.png",
            "charts/kitchen/sparkline.svg"),
        set.files().stream().map(ChartFile::path).toList());
  }

  @Test
  void goalChartsComeInDisplayOrder() {
    assertEquals(List.of("guitar", "kitchen"), List.copyOf(set.goalCharts().keySet()));
    assertEquals(
        List.of(
            "charts/guitar/changes-trend.svg",
            "charts/guitar/minutes-trend.svg",
            "charts/guitar/before-after.svg",
            "charts/guitar/activity.svg",
            "charts/guitar/calendar.svg"),
        set.goalCharts().get("guitar").stream().map(ChartImage::path).toList());
    assertEquals(
        List.of("trend", "trend", "before-after", "activity", "calendar"),
        set.goalCharts().get("guitar").stream().map(ChartImage::kind).toList());
    assertEquals(
        List.of("trend", "activity", "calendar"),
        set.goalCharts().get("kitchen").stream().map(ChartImage::kind).toList());
    assertEquals("charts/guitar/sparkline.svg", set.sparklines().get("guitar").path());
    assertEquals("charts/kitchen/share.png", set.shareImages().get("kitchen").path());
    assertEquals(1200, set.shareImages().get("kitchen").width());
  }

  @Test
  void everySvgParsesAsXmlWithViewBoxTitleAndStableIds() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    int svgs = 0;
    for (ChartFile file : set.files()) {
      if (!file.path().endsWith(".svg")) continue;
      svgs++;
      Element root =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(file.content()))
              .getDocumentElement();
      assertEquals("svg", root.getLocalName(), file.path());
      assertTrue(
          root.getAttribute("viewBox").matches("0(\\.0)? 0(\\.0)? \\d+(\\.0)? \\d+(\\.0)?"),
          file.path());
      assertEquals("title", ((Element) root.getElementsByTagName("title").item(0)).getTagName());
      String text = new String(file.content(), StandardCharsets.UTF_8);
      Matcher ids = Pattern.compile("id='([^']*)'").matcher(text);
      while (ids.find()) assertTrue(ids.group(1).startsWith("cairn-charts-"), ids.group(1));
      assertTrue(text.contains("@media (prefers-color-scheme: dark)"), file.path());
    }
    // Five charts, each with a narrow drawing for phones, per goal, less the kitchen's
    // before/after (too early): 18.
    assertEquals(18, svgs);
  }

  @Test
  void narrowCalendarShowsEveryMonthOfItsYearInLargerType() {
    // Weeks from Monday 2025-10-06 to the week of 2026-10-07: a month begins in each week
    // column's label from November to October, in two panels of 27 and 26 weeks.
    List<String> months =
        List.of(
            "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct");
    for (String path : List.of("charts/guitar/calendar.svg", "charts/guitar/calendar-narrow.svg")) {
      String svg = new String(file(set, path), StandardCharsets.UTF_8);
      List<String> texts = new ArrayList<>();
      Matcher text = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
      while (text.find()) texts.add(text.group(1));
      assertEquals(months, texts.stream().filter(months::contains).toList(), path);
    }
    String narrow =
        new String(file(set, "charts/guitar/calendar-narrow.svg"), StandardCharsets.UTF_8);
    Matcher size = Pattern.compile("font-size: (\\d+)px").matcher(narrow);
    int smallest = Integer.MAX_VALUE;
    while (size.find()) smallest = Math.min(smallest, Integer.parseInt(size.group(1)));
    assertEquals(13, smallest, "smallest type of the narrow calendar");
  }

  @Test
  void svgTextUsesTheBundledFontFamily() {
    String trend = new String(file(set, "charts/guitar/changes-trend.svg"), StandardCharsets.UTF_8);
    assertTrue(trend.contains("font-family: DejaVu Sans, "), "font stack missing");
    assertTrue(trend.contains(">target 60</text>"));
    assertTrue(trend.contains(">\u2191 barre chords</text>"));
  }

  @Test
  void shareImagesArePngOf1200By630WithoutTimeOrTextChunks() throws IOException {
    for (ChartImage image : set.shareImages().values()) {
      byte[] png = file(set, image.path());
      assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(png, 8));
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
      assertEquals(1200, decoded.getWidth());
      assertEquals(630, decoded.getHeight());
      assertEquals(List.of("IHDR", "IDAT", "IEND"), chunkTypes(png).stream().distinct().toList());
    }
  }

  private static List<String> chunkTypes(byte[] png) throws IOException {
    List<String> types = new ArrayList<>();
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(png, 8, png.length - 8));
    while (in.available() > 0) {
      int length = in.readInt();
      byte[] type = in.readNBytes(4);
      types.add(new String(type, StandardCharsets.US_ASCII));
      in.skipNBytes(length + 4L);
    }
    return types;
  }

  @Test
  void altTextsStateTheNumbersShown() {
    ChartImage trend = set.goalCharts().get("guitar").get(0);
    assertTrue(
        trend
            .alt()
            .startsWith(
                "Clean chord changes per minute rose from 24 to 35.5 per min between weeks 36 and 41;"
                    + " target 60;"),
        trend.alt());
    ChartImage beforeAfter = set.goalCharts().get("guitar").get(2);
    // The same rounding as pages: whole percent.
    assertTrue(beforeAfter.alt().contains("+11.5 (+48%)"), beforeAfter.alt());
    assertTrue(set.shareImages().get("guitar").alt().contains("24 \u2192 35.5 per min"));
    for (List<ChartImage> images : set.goalCharts().values()) {
      for (ChartImage image : images) {
        assertFalse(image.tableRows().isEmpty(), image.path());
        image
            .tableRows()
            .forEach(row -> assertEquals(image.tableHeader().size(), row.size(), image.path()));
      }
    }
  }

  @Test
  void twoRenderersGiveByteIdenticalFiles() {
    ChartSet again = new ChartRenderer().render(ChartFixtures.portfolio(), settings(2));
    assertEquals(set.files().size(), again.files().size());
    for (int i = 0; i < set.files().size(); i++) {
      assertEquals(set.files().get(i).path(), again.files().get(i).path());
      assertArrayEquals(
          set.files().get(i).content(), again.files().get(i).content(), set.files().get(i).path());
    }
  }

  @Test
  void windowSizeChangesTheShadedWeeks() {
    ChartSet three = new ChartRenderer().render(ChartFixtures.portfolio(), settings(3));
    assertFalse(
        Arrays.equals(
            file(set, "charts/guitar/changes-trend.svg"),
            file(three, "charts/guitar/changes-trend.svg")));
  }

  @Test
  void goalWithoutLogsOrValuesStillGetsActivityCalendarSparklineAndShareImage() {
    dev.cairn.model.Metric metric = ChartFixtures.changes();
    Goal empty =
        ChartFixtures.goal(
            "empty", "Start running", java.util.Optional.empty(), List.of(metric), List.of());
    GoalAnalysis analysis =
        new GoalAnalysis(
            empty,
            List.of(),
            new dev.cairn.analysis.Continuity(0, 1, 0),
            new dev.cairn.analysis.Evidence(0, 0, 0, false),
            dev.cairn.analysis.Plateau.none(),
            List.of(
                new dev.cairn.analysis.MetricAnalysis(
                    metric,
                    List.of(),
                    List.of(),
                    ChartFixtures.tooEarly(4),
                    java.util.Optional.empty())));
    ChartSet charts =
        new ChartRenderer()
            .render(
                new PortfolioAnalysis(ChartFixtures.TODAY, List.of(analysis), List.of()),
                settings(2));
    assertEquals(
        List.of("activity", "calendar"),
        charts.goalCharts().get("empty").stream().map(ChartImage::kind).toList());
    assertEquals(
        "Clean chord changes per minute: no values yet.", charts.sparklines().get("empty").alt());
    assertTrue(charts.shareImages().get("empty").alt().contains("0 logs"));
    // Activity and calendar with their narrow drawings, sparkline and share image.
    assertEquals(6, charts.files().size());
  }
}
