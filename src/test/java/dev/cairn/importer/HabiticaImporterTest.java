package dev.cairn.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HabiticaImporterTest {
  @TempDir Path tmp;

  static final String HISTORY =
      "Task Name,Task ID,Task Type,Date,Value\n"
          + "Floss,0b1c-1,daily,2024-03-01 07:15:00,1\n"
          + "\"Stretch, gently\",7d2e-2,habit,2024-03-01 08:00:00,1\n"
          + "\"Stretch, gently\",7d2e-2,habit,2024-03-01 21:30:00,1.9\n"
          + "Floss,0b1c-1,daily,2024-03-02 07:10:00,2.1\n"
          + "\"Stretch, gently\",7d2e-2,habit,2024-03-03 08:00:00,2.7\n"
          + "Buy milk,9a9a-3,todo,2024-03-03 09:00:00,1\n";

  private ImportPlan read(String csv) throws Exception {
    Path file = tmp.resolve("habitica-tasks-history.csv");
    Files.writeString(file, csv);
    try (ExportSource source = ExportSource.open(file, "habitica-tasks-history.csv")) {
      return new HabiticaImporter().read(source, List.of());
    }
  }

  private static Map<String, String> counts(ImportPlan.Series s) {
    Map<String, String> out = new TreeMap<>();
    s.logs().forEach(l -> out.put(l.date().toString(), l.metrics().get("entries").toPlainString()));
    return out;
  }

  @Test
  void countsEntriesPerDayAndNeverImportsValue() throws Exception {
    ImportPlan plan = read(HISTORY);
    assertEquals(List.of(), plan.errors());
    assertEquals(
        List.of("Floss", "Stretch, gently"),
        plan.series().stream().map(ImportPlan.Series::name).toList());
    assertEquals(Map.of("2024-03-01", "1", "2024-03-02", "1"), counts(plan.series().get(0)));
    assertEquals(Map.of("2024-03-01", "2", "2024-03-03", "1"), counts(plan.series().get(1)));
    assertEquals(
        List.of("entries"),
        plan.series().get(1).goal().metrics().stream().map(m -> m.id()).toList());
    assertEquals(1, plan.ignored().get("a todo, not a habit or daily"));
  }

  @Test
  void reportsBadRows() throws Exception {
    ImportPlan plan =
        read(HISTORY.replace("2024-03-02 07:10:00", "03/02/2024").replace(",todo,", ",quest,"));
    assertEquals(
        List.of(
            "habitica-tasks-history.csv:5:4: Date '03/02/2024' is not a date like 2024-03-01"
                + " 07:15:00",
            "habitica-tasks-history.csv:7:3: Task Type 'quest' is not habit, daily, todo or"
                + " reward"),
        plan.errors().stream().map(Diagnostic::format).toList());
  }

  @Test
  void anEmptyFileSaysWhatHabiticaWrites() throws Exception {
    assertEquals(
        List.of(
            "habitica-tasks-history.csv:1:1: empty file; Habitica writes a header line Task"
                + " Name,Task ID,Task Type,Date,Value"),
        read("").errors().stream().map(Diagnostic::format).toList());
  }
}
