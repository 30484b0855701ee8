package dev.cairn.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small exports written byte for byte as the tools write them: folders and ZIP archives. */
final class ExportFixtures {
  private ExportFixtures() {}

  /** Loop since 2.3.1: typed Habits.csv, one folder per habit with Date,Value,Notes. */
  static Map<String, String> loopNew() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "Habits.csv",
        "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?\n"
            + "001,Meditate,YES_NO,Did you meditate this morning?,,1,1,#FF8F00,,,,false\n"
            + "002,\"Read, slowly\",NUMERICAL,How many pages?,\"Books, papers\n"
            + "and \"\"zines\"\"\",1,1,#00897B,pages,AT_LEAST,20.0,false\n"
            + "003,Sugar,NUMERICAL,Spoons of sugar?,,1,1,#E53935,spoons,AT_MOST,2.0,true\n");
    files.put(
        "001 Meditate/Checkmarks.csv",
        "Date,Value,Notes\n"
            + "2025-03-12,YES_MANUAL,\n"
            + "2025-03-11,NO,Sick\n"
            + "2025-03-10,YES_AUTO,\"Forgot to do it, really\"\n"
            + "2025-03-09,SKIP,\n"
            + "2025-03-08,YES_MANUAL,\"\"\"Calm\"\", then\nrestless\"\n"
            + "2025-03-07,UNKNOWN,\n");
    files.put(
        "002 Read slowly/Checkmarks.csv",
        "Date,Value,Notes\n"
            + "2025-03-12,32500,\n"
            + "2025-03-11,0,\n"
            + "2025-03-10,UNKNOWN,\n"
            + "2025-03-09,SKIP,\n"
            + "2025-03-08,18000,\"Chapter 3, at last\"\n");
    files.put(
        "003 Sugar/Checkmarks.csv",
        "Date,Value,Notes\n" + "2025-03-12,0,\n" + "2025-03-11,3000,\n" + "2025-03-10,1500,\n");
    // The new exporter still writes the combined files; they must not be read twice.
    files.put(
        "Checkmarks.csv",
        "Date,Meditate,\"Read, slowly\",Sugar,\n2025-03-12,YES_MANUAL,32500,0,\n");
    return files;
  }

  /** Loop before 2.3.1: untyped Habits.csv, header-less per-habit files. */
  static Map<String, String> loopOld() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "Habits.csv",
        "Position,Name,Question,Description,NumRepetitions,Interval,Color\n"
            + "001,Meditate,Did you meditate this morning?,,1,1,#FF8F00\n"
            + "002,Run,How far?,,1,1,#00897B\n");
    files.put(
        "001 Meditate/Checkmarks.csv",
        "2015-01-25,2\n2015-01-24,0\n2015-01-23,1\n2015-01-22,2\n2015-01-21,3\n2015-01-20,-1\n");
    files.put(
        "002 Run/Checkmarks.csv",
        "2015-01-25,5200\n2015-01-24,-1\n2015-01-23,0\n2015-01-22,3000\n");
    return files;
  }

  /** Loop before 2.3.1 with only the combined files: note the trailing comma on every line. */
  static Map<String, String> loopOldCombined() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "Habits.csv",
        "Position,Name,Question,Description,NumRepetitions,Interval,Color\n"
            + "001,Meditate,Did you meditate this morning?,,1,1,#FF8F00\n"
            + "002,Wake up early,Did you wake up before 6am?,,2,3,#00897B\n"
            + "003,Run,How far?,,1,1,#00897B\n");
    files.put(
        "Checkmarks.csv",
        "Date,Meditate,Wake up early,Run,\n"
            + "2015-01-25,-1,2,4200,\n"
            + "2015-01-24,-1,0,-1,\n"
            + "2015-01-23,2,1,0,\n"
            + "2015-01-22,2,2,2500,\n"
            + "2015-01-21,3,2,-1,\n");
    files.put("Scores.csv", "Date,Meditate,Wake up early,Run,\n2015-01-25,0.0000,0.5000,0.1000,\n");
    return files;
  }

  static final String STRAVA_HEADER =
      "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,Elevation Low,Elevation High";

  static Path folder(Path dir, Map<String, String> files) {
    files.forEach(
        (name, text) -> {
          try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
    return dir;
  }

  static Path zip(Path file, Map<String, String> files) {
    try (OutputStream out = Files.newOutputStream(file);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
