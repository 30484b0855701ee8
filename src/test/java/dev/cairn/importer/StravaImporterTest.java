package dev.cairn.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.Better;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Metric;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StravaImporterTest {
  @TempDir Path tmp;

  /** Four activities; the first has a description over two lines and a private note. */
  static final String ACTIVITIES =
      ExportFixtures.STRAVA_HEADER
          + "\n"
          + "1001,\"Mar 10, 2025, 6:30:00 AM\",Morning Run,Run,\"Easy, steady\nfelt good\",1620,5.01,170,40,false,PRIVATEMARKER,Shoes,activities/1001.fit,70,,1620,1500,5012.3,4.2,3.34,45.5,44,10,55\n"
          + "1002,\"Mar 11, 2025, 11:30:00 PM\",Night Run,Run,,3000,10,165,50,false,,Shoes,activities/1002.fit,70,,3000,2900,10000,4.0,3.45,0,0,10,10\n"
          + "1003,\"Mar 12, 2025, 5:00:00 PM\",\"Ride, with \"\"friends\"\"\",Ride,,4000,30,150,30,false,,Bike,activities/1003.fit,70,9,3700,3600,30000,12,8.3,120,118,5,60\n"
          + "1004,\"Mar 12, 2025, 7:00:00 AM\",Pool,Swim,,2000,1500,140,20,false,,,,70,,2000,1800,1500,1.2,0.8,,,,\n";

  private ImportPlan read(String csv, List<String> types) throws Exception {
    Path file = tmp.resolve("activities.csv");
    Files.writeString(file, csv);
    try (ExportSource source = ExportSource.open(file, "activities.csv")) {
      return new StravaImporter().read(source, types, ZoneId.of("Europe/Berlin"));
    }
  }

  private static Map<String, String> figures(ImportPlan.LogDraft log) {
    Map<String, String> out = new LinkedHashMap<>();
    log.metrics().forEach((k, v) -> out.put(k, v.stripTrailingZeros().toPlainString()));
    return out;
  }

  @Test
  void mapsRunsRidesAndOtherTypesByColumnPosition() throws Exception {
    ImportPlan plan = read(ACTIVITIES, List.of());
    assertEquals(List.of(), plan.errors());
    assertEquals(
        List.of("Ride", "Run", "Swim"),
        plan.series().stream().map(ImportPlan.Series::name).toList());

    ImportPlan.Series run = plan.series().get(1);
    List<String> ids = run.goal().metrics().stream().map(Metric::id).toList();
    assertEquals(List.of("pace", "distance", "moving_time", "elevation"), ids);
    Metric pace = run.goal().metrics().get(0);
    assertTrue(pace.isMastery());
    assertEquals(Better.LOWER, pace.better());
    assertEquals("min/km", pace.unit().orElseThrow());
    // 5012.3 m (the second Distance column) = 5.012 km; 1500 s moving = 25 min;
    // pace 25 / 5.0123 = 4.98773… min/km.
    ImportPlan.LogDraft morning = run.logs().get(0);
    assertEquals(
        Map.of("pace", "4.988", "distance", "5.012", "moving_time", "25", "elevation", "45.5"),
        figures(morning));
    assertEquals("Morning Run", morning.title().orElseThrow());
    assertEquals("Easy, steady\nfelt good", morning.body());
    assertEquals("1001", morning.key());
    // 23:30 UTC on 11 March is 00:30 on 12 March in Berlin. 2900 s = 48.33 min; 48.333/10 km.
    ImportPlan.LogDraft night = run.logs().get(1);
    assertEquals("2025-03-12", night.date().toString());
    assertEquals(
        Map.of("pace", "4.833", "distance", "10", "moving_time", "48.33", "elevation", "0"),
        figures(night));

    ImportPlan.Series ride = plan.series().get(0);
    assertEquals("speed", ride.goal().metrics().get(0).id());
    // 30 km in 3600 s moving = 30 km/h.
    assertEquals(
        Map.of("speed", "30", "distance", "30", "moving_time", "60", "elevation", "120"),
        figures(ride.logs().get(0)));
    assertEquals("Ride, with \"friends\"", ride.logs().get(0).title().orElseThrow());

    ImportPlan.Series swim = plan.series().get(2);
    assertEquals(
        List.of("distance", "moving_time"),
        swim.goal().metrics().stream().map(Metric::id).toList(),
        "no pace or speed, and no elevation where none is given");
    assertEquals(Map.of("distance", "1.5", "moving_time", "30"), figures(swim.logs().get(0)));
  }

  @Test
  void neverReadsThePrivateNote() throws Exception {
    ImportPlan plan = read(ACTIVITIES, List.of());
    for (ImportPlan.Series s : plan.series()) {
      assertFalse(s.goal().toString().contains("PRIVATEMARKER"));
      for (ImportPlan.LogDraft l : s.logs()) {
        assertFalse(l.toString().contains("PRIVATEMARKER"));
        assertFalse(ImportFileTexts.logText("run", l).contains("PRIVATEMARKER"));
      }
    }
  }

  @Test
  void picksTypes() throws Exception {
    ImportPlan plan = read(ACTIVITIES, List.of("run"));
    assertEquals(List.of("Run"), plan.series().stream().map(ImportPlan.Series::name).toList());
    assertEquals(1, plan.ignored().get("Ride: not a chosen --type"));
    assertEquals(1, plan.ignored().get("Swim: not a chosen --type"));
  }

  @Test
  void reportsEveryBadRowCountingLinesOfMultiLineFields() throws Exception {
    String csv =
        ACTIVITIES
            .replace("\"Mar 11, 2025, 11:30:00 PM\"", "2025-03-11 23:30")
            .replace(",30000,12,", ",30 km,12,");
    ImportPlan plan = read(csv, List.of());
    assertEquals(
        List.of(
            "activities.csv:4:2: Activity Date '2025-03-11 23:30' is not a date like 'Oct 6, 2022,"
                + " 11:19:20 PM' (request the export with English as the display language)",
            "activities.csv:5:18: Distance '30 km' is not a number, e.g. 5012.5"),
        plan.errors().stream().map(Diagnostic::format).toList());
  }

  @Test
  void readsActivitiesCsvInsideTheBulkExportZip() throws Exception {
    Path zip =
        ExportFixtures.zip(
            tmp.resolve("export_12345.zip"),
            Map.of("activities.csv", ACTIVITIES, "profile.csv", "Athlete ID\n1\n"));
    try (ExportSource source = ExportSource.open(zip, "export_12345.zip")) {
      ImportPlan plan = new StravaImporter().read(source, List.of(), ZoneId.of("Europe/Berlin"));
      assertEquals(3, plan.series().size());
      assertEquals(
          BigDecimal.valueOf(30),
          plan.series()
              .get(0)
              .logs()
              .get(0)
              .metrics()
              .get("speed")
              .stripTrailingZeros()
              .setScale(0));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anEmptyFileSaysWhatStravaWrites() throws Exception {
    assertEquals(
        List.of(
            "activities.csv:1:1: empty file; Strava writes a header line Activity ID,Activity"
                + " Date,…"),
        read("", List.of()).errors().stream().map(Diagnostic::format).toList());
  }
}
