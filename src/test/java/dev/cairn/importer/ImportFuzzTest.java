package dev.cairn.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cairn.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the export readers: CSV files of each format and whole ZIP archives. Without {@code
 * JAZZER_FUZZ} only the seed corpora in {@code ImportFuzzTestInputs/<method>/} run; see
 * docs/security.md. Whatever the bytes, no exception but {@link ImportFailed} escapes, and every
 * error points into a file of the export.
 */
class ImportFuzzTest {
  private static Path dir;

  @BeforeAll
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("cairn-import-fuzz");
  }

  @AfterAll
  static void removeDir() throws IOException {
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void readsAnyLoopCheckmarks(FuzzedDataProvider data) throws IOException {
    Path export = dir.resolve("loop");
    Files.createDirectories(export.resolve("001 Run"));
    Files.writeString(
        export.resolve("Habits.csv"),
        "Position,Name,Question,Description,NumRepetitions,Interval,Color\n"
            + "001,Run,How far?,,1,1,#00897B\n002,Sit,,,1,1,#00897B\n");
    Files.write(export.resolve("001 Run/Checkmarks.csv"), data.consumeBytes(4096));
    Files.write(export.resolve("Checkmarks.csv"), data.consumeRemainingAsBytes());
    try (ExportSource source = ExportSource.open(export, "loop")) {
      check(new LoopImporter().read(source, List.of()), "loop/");
    } catch (ImportFailed e) {
      // refused with a message: fine
    }
  }

  @FuzzTest(maxDuration = "5m")
  void readsAnyStravaCsv(FuzzedDataProvider data) throws IOException {
    Path file = dir.resolve("activities.csv");
    Files.write(file, data.consumeRemainingAsBytes());
    try (ExportSource source = ExportSource.open(file, "activities.csv")) {
      check(new StravaImporter().read(source, List.of(), ZoneOffset.UTC), "activities.csv");
    } catch (ImportFailed e) {
      // refused with a message: fine
    }
  }

  @FuzzTest(maxDuration = "5m")
  void readsAnyHabiticaCsv(FuzzedDataProvider data) throws IOException {
    Path file = dir.resolve("history.csv");
    Files.writeString(file, data.consumeRemainingAsString(), StandardCharsets.UTF_8);
    try (ExportSource source = ExportSource.open(file, "history.csv")) {
      check(new HabiticaImporter().read(source, List.of()), "history.csv");
    } catch (ImportFailed e) {
      // refused with a message: fine
    }
  }

  @FuzzTest(maxDuration = "5m")
  void readsAnyZip(FuzzedDataProvider data) throws IOException {
    Path zip = dir.resolve("export.zip");
    byte[] bytes = data.consumeRemainingAsBytes();
    if (bytes.length < 4) return;
    bytes[0] = 'P';
    bytes[1] = 'K';
    bytes[2] = 3;
    bytes[3] = 4;
    Files.write(zip, bytes);
    try (ExportSource source = ExportSource.open(zip, "export.zip")) {
      check(new LoopImporter().read(source, List.of()), "export.zip!/");
    } catch (ImportFailed e) {
      // refused with a message: fine
    } catch (UncheckedIOException e) {
      throw new AssertionError(e);
    }
  }

  private static void check(ImportPlan plan, String prefix) {
    for (Diagnostic d : plan.errors()) {
      assertTrue(d.position().path().startsWith(prefix), d.format());
      assertTrue(d.position().line() >= 1 && d.position().column() >= 1, d.format());
    }
    // Every planned file renders.
    for (ImportPlan.Series s : plan.series()) {
      ImportFileTexts.goalText(s.goal());
      s.logs().forEach(l -> ImportFileTexts.logText("slug", l));
    }
  }
}
