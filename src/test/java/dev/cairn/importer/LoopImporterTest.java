package dev.cairn.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopImporterTest {
  @TempDir Path tmp;

  private ImportPlan read(Path export, String shownAs, String... habits) throws ImportFailed {
    try (ExportSource source = ExportSource.open(export, shownAs)) {
      return new LoopImporter().read(source, List.of(habits));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** date → the log's one value, as text, for comparing with hand-worked figures. */
  private static Map<String, String> values(ImportPlan.Series s) {
    Map<String, String> out = new TreeMap<>();
    for (ImportPlan.LogDraft l : s.logs()) {
      assertEquals(1, l.metrics().size());
      BigDecimal v = l.metrics().values().iterator().next();
      out.put(l.date().toString(), v.stripTrailingZeros().toPlainString());
    }
    return out;
  }

  @Test
  void mapsTheNewGenerationYesNoAndNumericalHabits() throws Exception {
    ImportPlan plan = read(ExportFixtures.folder(tmp.resolve("x"), ExportFixtures.loopNew()), "x");
    assertEquals(List.of(), plan.errors());
    assertEquals(3, plan.series().size());

    ImportPlan.Series meditate = plan.series().get(0);
    assertEquals("Meditate", meditate.goal().title());
    assertEquals("Did you meditate this morning?", meditate.goal().why().orElseThrow());
    Metric done = meditate.goal().metrics().get(0);
    assertEquals("done", done.id());
    assertEquals(MetricKind.ACTIVITY, done.kind());
    assertEquals(Aggregate.SUM, done.aggregate());
    // Only the days marked done by hand: YES_AUTO, NO, SKIP and UNKNOWN give no log.
    assertEquals(Map.of("2025-03-08", "1", "2025-03-12", "1"), values(meditate));
    assertEquals("\"Calm\", then\nrestless", meditate.logs().get(0).body());

    ImportPlan.Series read = plan.series().get(1);
    assertEquals("Read, slowly", read.goal().title());
    assertEquals(
        "Books, papers\nand \"zines\"\n\nImported from Loop Habit Tracker.\n", read.goal().body());
    Metric pages = read.goal().metrics().get(0);
    assertEquals("pages", pages.id());
    assertEquals(Better.HIGHER, pages.better());
    assertEquals(20.0, pages.target().getAsDouble());
    assertEquals("pages", pages.unit().orElseThrow());
    // ÷ 1000; a 0 is evidence and counts; UNKNOWN and SKIP give no log.
    assertEquals(Map.of("2025-03-08", "18", "2025-03-11", "0", "2025-03-12", "32.5"), values(read));
    assertEquals("Chapter 3, at last", read.logs().get(0).body());

    ImportPlan.Series sugar = plan.series().get(2);
    assertEquals(Better.LOWER, sugar.goal().metrics().get(0).better(), "AT_MOST → lower");
    assertEquals("paused", sugar.goal().status(), "an archived habit");
    assertEquals(Map.of("2025-03-10", "1.5", "2025-03-11", "3", "2025-03-12", "0"), values(sugar));

    Map<String, Integer> ignored = new LinkedHashMap<>(plan.ignored());
    assertEquals(1, ignored.get("Meditate: not done (NO)"));
    assertEquals(1, ignored.get("Meditate: done automatically, not by hand (YES_AUTO)"));
    assertEquals(1, ignored.get("Meditate: skipped (SKIP)"));
    assertEquals(1, ignored.get("Meditate: no entry (UNKNOWN)"));
    assertEquals(1, ignored.get("Read, slowly: skipped (SKIP)"));
  }

  @Test
  void readsTheOldGenerationAndTellsNumericalHabitsByTheirValues() throws Exception {
    ImportPlan plan = read(ExportFixtures.folder(tmp.resolve("x"), ExportFixtures.loopOld()), "x");
    assertEquals(List.of(), plan.errors());
    ImportPlan.Series meditate = plan.series().get(0);
    assertEquals("done", meditate.goal().metrics().get(0).id());
    assertEquals(Map.of("2015-01-22", "1", "2015-01-25", "1"), values(meditate));
    ImportPlan.Series run = plan.series().get(1);
    Metric value = run.goal().metrics().get(0);
    assertEquals("value", value.id(), "the old export has no unit");
    assertEquals(MetricKind.MASTERY, value.kind());
    assertEquals(Map.of("2015-01-22", "3", "2015-01-23", "0", "2015-01-25", "5.2"), values(run));
  }

  @Test
  void readsTheCombinedFileWithItsTrailingCommaWhenTheFoldersAreAbsent() throws Exception {
    ImportPlan plan =
        read(ExportFixtures.folder(tmp.resolve("x"), ExportFixtures.loopOldCombined()), "x");
    assertEquals(List.of(), plan.errors());
    assertEquals(Map.of("2015-01-22", "1", "2015-01-23", "1"), values(plan.series().get(0)));
    assertEquals(
        Map.of("2015-01-21", "1", "2015-01-22", "1", "2015-01-25", "1"),
        values(plan.series().get(1)));
    assertEquals(
        Map.of("2015-01-22", "2.5", "2015-01-23", "0", "2015-01-25", "4.2"),
        values(plan.series().get(2)));
    assertEquals(2, plan.ignored().get("Meditate: no entry (UNKNOWN)"));
  }

  @Test
  void readsAZipLikeItsFolder() throws Exception {
    ImportPlan fromFolder =
        read(ExportFixtures.folder(tmp.resolve("x"), ExportFixtures.loopNew()), "x");
    Path zip =
        ExportFixtures.zip(tmp.resolve("Loop Habits CSV 2025-03-12.zip"), ExportFixtures.loopNew());
    ImportPlan fromZip = read(zip, "Loop Habits CSV 2025-03-12.zip");
    assertEquals(fromFolder.series(), fromZip.series());
  }

  @Test
  void picksHabitsByName() throws Exception {
    ImportPlan plan =
        read(ExportFixtures.folder(tmp.resolve("x"), ExportFixtures.loopNew()), "x", "sugar");
    assertEquals(List.of("Sugar"), plan.series().stream().map(ImportPlan.Series::name).toList());
    ImportFailed e = assertThrows(ImportFailed.class, () -> read(tmp.resolve("x"), "x", "Juggle"));
    assertTrue(e.getMessage().contains("habits: Meditate, Read, slowly, Sugar"), e.getMessage());
  }

  @Test
  void reportsEveryBadRowWithItsPlaceInTheZip() throws Exception {
    Map<String, String> files = ExportFixtures.loopNew();
    files.put(
        "Habits.csv", files.get("Habits.csv").replace("003,Sugar,NUMERICAL", "003,Sugar,COUNTER"));
    files.put(
        "001 Meditate/Checkmarks.csv",
        "Date,Value,Notes\n2025-03-12,YES_MANUAL,\n2025-13-11,NO,\n2025-03-10,MAYBE,\"a,\nb\"\n2025-03-09,NO,\n");
    files.put("002 Read slowly/Checkmarks.csv", "Date,Value,Notes\n2025-03-12,12.5,\n");
    Path zip = ExportFixtures.zip(tmp.resolve("export.zip"), files);
    ImportPlan plan = read(zip, "export.zip");
    List<String> errors = plan.errors().stream().map(Diagnostic::format).toList();
    assertEquals(
        List.of(
            "export.zip!/001 Meditate/Checkmarks.csv:3:1: '2025-13-11' is not a date; Loop writes"
                + " YYYY-MM-DD",
            "export.zip!/001 Meditate/Checkmarks.csv:4:2: 'MAYBE' is not a value of the yes/no"
                + " habit 'Meditate'; valid: YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN (or 2, 1, 0,"
                + " 3, -1)",
            "export.zip!/002 Read slowly/Checkmarks.csv:2:2: '12.5' is not a value of the"
                + " numerical habit 'Read, slowly'; valid: a whole number ≥ 0 (the value × 1000),"
                + " SKIP or UNKNOWN",
            "export.zip!/Habits.csv:5:3: Type 'COUNTER' is not YES_NO or NUMERICAL"),
        errors);
  }

  @Test
  void handlesAByteOrderMarkAndCrlfLineEnds() throws Exception {
    Map<String, String> files = new LinkedHashMap<>();
    ExportFixtures.loopOld()
        .forEach(
            (k, v) ->
                files.put(k, (k.equals("Habits.csv") ? "\uFEFF" : "") + v.replace("\n", "\r\n")));
    ImportPlan plan = read(ExportFixtures.folder(tmp.resolve("x"), files), "x");
    assertEquals(List.of(), plan.errors());
    assertEquals(2, plan.series().size());
    assertEquals(LocalDate.parse("2015-01-22"), plan.series().get(0).logs().get(0).date());
  }

  @Test
  void refusesInvalidUtf8WithItsLine() throws Exception {
    Path dir = ExportFixtures.folder(tmp.resolve("x"), ExportFixtures.loopOld());
    java.nio.file.Files.write(
        dir.resolve("002 Run/Checkmarks.csv"),
        new byte[] {
          '2', '0', '1', '5', '-', '0', '1', '-', '2', '5', ',', '1', '\n', (byte) 0xC3, '(', '\n'
        });
    ImportPlan plan = read(dir, "x");
    assertEquals(1, plan.errors().size());
    assertTrue(
        plan.errors().get(0).format().startsWith("x/002 Run/Checkmarks.csv:2:1: not valid UTF-8"),
        plan.errors().get(0).format());
  }

  @Test
  void refusesAnExportWithoutHabitsCsv() {
    ExportFixtures.folder(tmp.resolve("x"), Map.of("notes.txt", "hello"));
    ImportFailed e = assertThrows(ImportFailed.class, () -> read(tmp.resolve("x"), "x"));
    assertTrue(e.getMessage().contains("no Habits.csv"), e.getMessage());
    assertFalse(e.getMessage().contains("Exception"));
  }
}
