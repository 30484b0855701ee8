package dev.cairn.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.cli.CairnCommand;
import dev.cairn.testing.SiteFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Imports into a fresh portfolio through the command line, then builds the site from it. */
class ImportEndToEndTest {
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run cairn(String... args) {
    CommandLine cl = CairnCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return new Run(cl.execute(args), out.toString(), err.toString());
  }

  private Path portfolio() {
    return SiteFixture.write(tmp.resolve("p"), "-- content/site.yaml --\ntitle: Imported\n");
  }

  /** Every file under content/ with its text: what an import may change. */
  private static Map<String, String> content(Path p) {
    Map<String, String> out = new TreeMap<>();
    for (String f : SiteFixture.files(p)) {
      try {
        out.put(f, Files.readString(p.resolve(f)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  private static Document page(Path p, String path) throws IOException {
    return Jsoup.parse(p.resolve("site").resolve(path).toFile());
  }

  /** The cells of the goal page's chart data tables, row by row, for one metric's chart. */
  private static List<String> tableRows(Document goalPage) {
    List<String> rows = new ArrayList<>();
    for (Element tr : goalPage.select(".chart-data tbody tr")) rows.add(tr.text());
    return rows;
  }

  @Test
  void loopImportBuildsAndShowsTheExportsFigures() throws Exception {
    Path p = portfolio();
    Path zip =
        ExportFixtures.zip(tmp.resolve("Loop Habits CSV 2025-03-12.zip"), ExportFixtures.loopNew());
    Run imported = cairn("import", "loop", "--source", p.toString(), zip.toString());
    assertEquals(0, imported.exit(), imported.err());
    assertEquals(
        "Imported from Loop Habit Tracker: 3 goals created, 8 logs written.",
        imported.out().strip());
    assertTrue(
        Files.isRegularFile(
            p.resolve("content/logs/imported/loop/2025/2025-03-12-read-slowly.md")));

    assertEquals(0, cairn("check", "--source", p.toString(), "--today", "2025-03-20").exit());
    Run built = cairn("build", "--source", p.toString(), "--today", "2025-03-20");
    assertEquals(0, built.exit(), built.err());
    // The daily values equal the export's: 18000, 0 and 32500 thousandths of a page.
    assertEquals(
        "date,pages\r\n2025-03-08,18\r\n2025-03-11,0\r\n2025-03-12,32.5\r\n",
        Files.readString(p.resolve("site/data/read-slowly.csv")));
    assertEquals(
        "date,spoons\r\n2025-03-10,1.5\r\n2025-03-11,3\r\n2025-03-12,0\r\n",
        Files.readString(p.resolve("site/data/sugar.csv")));
    assertEquals(
        "date,done\r\n2025-03-08,1\r\n2025-03-12,1\r\n",
        Files.readString(p.resolve("site/data/meditate.csv")));

    Document goal = page(p, "goals/read-slowly/index.html");
    assertEquals("Read, slowly", goal.selectFirst("h1").text());
    assertEquals("3", goal.selectFirst("#logs-heading .muted").text());
    // Weekly means: W10 holds 18 (8 March); W11 holds 0 and 32.5, mean 16.25, shown to one
    // decimal as 16.2 (half to even); the data export keeps 16.25.
    List<String> rows = tableRows(goal);
    assertTrue(rows.contains("2025-W10 Mar 3, 2025 18"), rows.toString());
    assertTrue(rows.contains("2025-W11 Mar 10, 2025 16.2"), rows.toString());
    String json = Files.readString(p.resolve("site/data/portfolio.json"));
    assertTrue(
        java.util.regex.Pattern.compile("\"week\": \"2025-W11\",\\s*\"value\": 16.25\\s*}")
            .matcher(json)
            .find(),
        json);
    Document log = page(p, "logs/2025-03-08-read-slowly/index.html");
    assertEquals("Chapter 3, at last", log.selectFirst(".prose").text());
  }

  @Test
  void importingTheSameExportTwiceChangesNothingAndANewerOneAddsOnlyNewDays() throws Exception {
    Path p = portfolio();
    Path dir = ExportFixtures.folder(tmp.resolve("export"), ExportFixtures.loopNew());
    assertEquals(0, cairn("import", "loop", "--source", p.toString(), dir.toString()).exit());
    Map<String, String> first = content(p);

    Run again = cairn("import", "loop", "--source", p.toString(), dir.toString());
    assertEquals(0, again.exit(), again.err());
    assertEquals(
        "Imported from Loop Habit Tracker: 0 goals created, 0 logs written, 8 already there.",
        again.out().strip());
    assertEquals(first, content(p));

    Map<String, String> newer = ExportFixtures.loopNew();
    newer.put(
        "001 Meditate/Checkmarks.csv",
        newer
            .get("001 Meditate/Checkmarks.csv")
            .replace("Date,Value,Notes\n", "Date,Value,Notes\n2025-03-13,YES_MANUAL,new day\n"));
    ExportFixtures.folder(dir, newer);
    Run later = cairn("import", "loop", "--source", p.toString(), dir.toString());
    assertEquals(
        "Imported from Loop Habit Tracker: 0 goals created, 1 log written, 8 already there.",
        later.out().strip());
    Map<String, String> after = content(p);
    String added = "content/logs/imported/loop/2025/2025-03-13-meditate.md";
    assertEquals(
        "---\ngoal: meditate\ndate: 2025-03-13\nmetrics:\n  done: 1\n---\nnew day\n",
        after.remove(added));
    assertEquals(first, after);
  }

  @Test
  void dryRunPrintsThePlanAndWritesNothing() {
    Path p = portfolio();
    Map<String, String> before = content(p);
    Path dir = ExportFixtures.folder(tmp.resolve("export"), ExportFixtures.loopOldCombined());
    Run r = cairn("import", "loop", "--dry-run", "--source", p.toString(), dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(
        r.out()
            .contains(
                "new goal content/goals/run.md (Run): 3 logs to write, 2015-01-22 … 2015-01-25"),
        r.out());
    assertTrue(r.out().contains("2 × Meditate: no entry (UNKNOWN)"), r.out());
    assertTrue(r.out().strip().endsWith("Dry run: nothing written."), r.out());
    assertEquals(before, content(p));
    assertEquals(List.of("content/site.yaml"), SiteFixture.files(p));
  }

  @Test
  void anExportWithBadRowsWritesNothingAndShowsEveryError() {
    Path p = portfolio();
    Map<String, String> before = content(p);
    Map<String, String> files = ExportFixtures.loopNew();
    files.put("003 Sugar/Checkmarks.csv", "Date,Value,Notes\n2025-03-12,lots,\n2025-03-11,-5,\n");
    Path zip = ExportFixtures.zip(tmp.resolve("export.zip"), files);
    Run r = cairn("import", "loop", "--source", p.toString(), zip.toString());
    assertEquals(1, r.exit());
    String shown = zip.toString();
    assertTrue(
        r.err().contains(shown + "!/003 Sugar/Checkmarks.csv:2:2: 'lots' is not a value"), r.err());
    assertTrue(
        r.err().contains(shown + "!/003 Sugar/Checkmarks.csv:3:2: '-5' is not a value"), r.err());
    assertTrue(r.err().contains("Nothing was written."), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals(before, content(p));
  }

  @Test
  void aWriteThatFailsHalfwayTakesBackWhatItMoved() throws Exception {
    Path p = portfolio();
    // A file where the import needs a folder: goals move into place, then the logs cannot.
    SiteFixture.write(p, "-- content/logs/imported/loop --\nin the way\n");
    Map<String, String> before = content(p);
    Path dir = ExportFixtures.folder(tmp.resolve("export"), ExportFixtures.loopNew());
    Run r = cairn("import", "loop", "--source", p.toString(), dir.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("cairn: could not write the import ("), r.err());
    assertTrue(r.err().strip().endsWith("nothing was written"), r.err());
    assertEquals(before, content(p));
    try (var entries = Files.list(p)) {
      assertEquals(List.of("content"), entries.map(e -> e.getFileName().toString()).toList());
    }
    assertFalse(Files.exists(p.resolve("content/goals")));
  }

  @Test
  void refusedExportsExitWithOneAndMissingPathsWithTwo() {
    Path p = portfolio();
    Path zip = ExportFixtures.zip(tmp.resolve("evil.zip"), Map.of("../Habits.csv", "x"));
    Run refused = cairn("import", "loop", "--source", p.toString(), zip.toString());
    assertEquals(1, refused.exit());
    assertEquals(
        "cairn: "
            + zip
            + "!/../Habits.csv: refused, the entry climbs out with ..; this is not a"
            + " plain export",
        refused.err().strip());
    Run missing =
        cairn("import", "strava", "--source", p.toString(), tmp.resolve("nope.csv").toString());
    assertEquals(2, missing.exit());
    assertTrue(missing.err().endsWith("nope.csv: no such file or folder\n"), missing.err());
    assertEquals(List.of("content/site.yaml"), SiteFixture.files(p));
  }

  @Test
  void neverReplacesAGoalAndAttachesWithGoal() throws Exception {
    Path p =
        SiteFixture.write(
            tmp.resolve("p"),
            """
            -- content/site.yaml --
            title: Mine
            -- content/goals/meditate.md --
            ---
            title: My own meditation goal
            metrics:
              - { id: done, kind: activity, label: Sits }
            ---
            -- content/goals/reading.md --
            ---
            title: Reading
            metrics:
              - { id: minutes, kind: activity }
            ---
            -- content/goals/mind.md --
            ---
            title: Mind
            metrics:
              - { id: done, kind: activity }
            ---
            """);
    String mine = Files.readString(p.resolve("content/goals/meditate.md"));
    Path dir = ExportFixtures.folder(tmp.resolve("export"), ExportFixtures.loopNew());
    Run r =
        cairn("import", "loop", "--habit", "Meditate", "--source", p.toString(), dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(mine, Files.readString(p.resolve("content/goals/meditate.md")));
    assertTrue(Files.exists(p.resolve("content/logs/imported/loop/2025/2025-03-12-meditate.md")));

    Run attached =
        cairn(
            "import",
            "loop",
            "--habit",
            "meditate",
            "--goal",
            "mind",
            "--source",
            p.toString(),
            dir.toString());
    assertEquals(0, attached.exit(), attached.err());
    assertTrue(
        Files.readString(p.resolve("content/logs/imported/loop/2025/2025-03-12-mind.md"))
            .startsWith("---\ngoal: mind\n"));

    Run mismatch =
        cairn(
            "import",
            "loop",
            "--habit",
            "Read, slowly",
            "--goal",
            "reading",
            "--source",
            p.toString(),
            dir.toString());
    assertEquals(1, mismatch.exit());
    assertTrue(
        mismatch
            .err()
            .contains(
                "content/goals/reading.md:1:1: 'Read, slowly' would be added to this existing goal,"
                    + " but it does not define the metric pages"),
        mismatch.err());

    Run unknown =
        cairn("import", "loop", "--goal", "nope", "--source", p.toString(), dir.toString());
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().startsWith("cairn: --goal 'nope': no goal"), unknown.err());
    assertEquals(0, cairn("check", "--source", p.toString(), "--today", "2025-03-20").exit());
  }

  @Test
  void stravaImportBuildsWithPaceSpeedAndDistance() throws Exception {
    Path p = portfolio();
    Path csv = tmp.resolve("activities.csv");
    Files.writeString(csv, StravaImporterTest.ACTIVITIES);
    Run r =
        cairn(
            "import",
            "strava",
            "--zone",
            "Europe/Berlin",
            "--source",
            p.toString(),
            csv.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Imported from Strava: 3 goals created, 4 logs written.", r.out().strip());
    String log =
        Files.readString(p.resolve("content/logs/imported/strava/2025/2025-03-10-run-1001.md"));
    assertEquals(
        "---\ngoal: run\ndate: 2025-03-10\ntitle: Morning Run\nmetrics:\n  pace: 4.988\n"
            + "  distance: 5.012\n  moving_time: 25\n  elevation: 45.5\n---\nEasy, steady\nfelt good\n",
        log);
    Run built = cairn("build", "--source", p.toString(), "--today", "2025-03-20");
    assertEquals(0, built.exit(), built.err());
    assertEquals(
        "date,pace,distance,moving_time,elevation\r\n"
            + "2025-03-10,4.988,5.012,25,45.5\r\n"
            + "2025-03-12,4.833,10,48.33,0\r\n",
        Files.readString(p.resolve("site/data/run.csv")));
    assertEquals(
        "date,speed,distance,moving_time,elevation\r\n2025-03-12,30,30,60,120\r\n",
        Files.readString(p.resolve("site/data/ride.csv")));
    for (String f : SiteFixture.files(p.resolve("site"))) {
      byte[] bytes = Files.readAllBytes(p.resolve("site").resolve(f));
      assertFalse(
          new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).contains("PRIVATEMARKER"),
          f);
    }
    Document goal = page(p, "goals/run/index.html");
    assertEquals("Run", goal.selectFirst("h1").text());
    // Week 11: best pace min(4.988, 4.833) = 4.8 shown; distance 5.012 + 10 = 15;
    // moving time 25 + 48.33 = 73.3.
    List<String> rows = tableRows(goal);
    assertTrue(rows.contains("2025-W11 Mar 10, 2025 4.8"), rows.toString());
    assertTrue(rows.contains("2025-W11 Mar 10, 2025 15"), rows.toString());
    assertTrue(rows.contains("2025-W11 Mar 10, 2025 73.3"), rows.toString());
  }

  @Test
  void habiticaImportBuildsWithEntryCounts() throws Exception {
    Path p = portfolio();
    Path csv = tmp.resolve("habitica-tasks-history.csv");
    Files.writeString(csv, HabiticaImporterTest.HISTORY);
    Run r = cairn("import", "habitica", "--source", p.toString(), csv.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("Imported from Habitica: 2 goals created, 4 logs written.", r.out().strip());
    Run built = cairn("build", "--source", p.toString(), "--today", "2024-03-20");
    assertEquals(0, built.exit(), built.err());
    assertEquals(
        "date,entries\r\n2024-03-01,2\r\n2024-03-03,1\r\n",
        Files.readString(p.resolve("site/data/stretch-gently.csv")));
    assertEquals(
        "Stretch, gently", page(p, "goals/stretch-gently/index.html").selectFirst("h1").text());
  }

  @Test
  void namesAreSafeOnWindowsAndFormulasStayText() throws Exception {
    Path p = portfolio();
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "Habits.csv",
        "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n"
            + "001,CON,YES_NO,,,1,1,#FF8F00,,,,false\n"
            + "002,\"=HYPERLINK(\"\"http://x\"\")\",YES_NO,,,1,1,#FF8F00,,,,false\n");
    files.put("001 CON/Checkmarks.csv", "Date,Value,Notes\n2025-03-12,YES_MANUAL,\n");
    files.put("002 HYPERLINKhttpx/Checkmarks.csv", "Date,Value,Notes\n2025-03-12,YES_MANUAL,\n");
    Path dir = ExportFixtures.folder(tmp.resolve("export"), files);
    Run r = cairn("import", "loop", "--source", p.toString(), dir.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.exists(p.resolve("content/goals/con-goal.md")));
    assertTrue(Files.exists(p.resolve("content/goals/hyperlink-http-x.md")));
    Run built = cairn("build", "--source", p.toString(), "--today", "2025-03-20");
    assertEquals(0, built.exit(), built.err());
    assertEquals(
        "=HYPERLINK(\"http://x\")",
        page(p, "goals/hyperlink-http-x/index.html").selectFirst("h1").text());
  }
}
