package dev.cairn.importer;

import dev.cairn.model.Diagnostic;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads the checkmarks of Loop habits: from each habit's own {@code NNN name/Checkmarks.csv}, or,
 * where that folder is absent, from the combined {@code Checkmarks.csv}.
 */
final class LoopCheckmarksReader {

  /** One day of one habit as the export has it, before the habit's type is known. */
  record Check(CsvRecords.Row row, int valueColumn, LocalDate date, String value, String note) {}

  private final List<Diagnostic> errors;

  /**
   * @param errors where problems in the files are added
   */
  LoopCheckmarksReader(List<Diagnostic> errors) {
    this.errors = errors;
  }

  /**
   * Each habit's checkmarks, in the order of {@code habits}.
   *
   * @param base the folder of {@code Habits.csv}: "" or a name ending in '/'
   */
  Map<LoopHabit, List<Check>> read(ExportSource source, String base, List<LoopHabit> habits) {
    Map<LoopHabit, List<Check>> checks = new LinkedHashMap<>();
    List<LoopHabit> fromCombined = new ArrayList<>();
    for (LoopHabit h : habits) {
      Optional<String> own = perHabitFile(source, base, h);
      if (own.isPresent()) {
        checks.put(h, readPerHabit(source, own.get()));
      } else {
        fromCombined.add(h);
        checks.put(h, new ArrayList<>());
      }
    }
    if (!fromCombined.isEmpty()) {
      String combined = base + "Checkmarks.csv";
      if (source.names().contains(combined)) {
        readCombined(source, combined, fromCombined, checks);
      } else {
        for (LoopHabit h : fromCombined) {
          errors.add(
              h.row()
                  .error(
                      1,
                      "no checkmarks for habit '"
                          + h.name()
                          + "': the export has neither a "
                          + h.position()
                          + " folder with Checkmarks.csv nor a combined Checkmarks.csv"));
        }
      }
    }
    return checks;
  }

  private static Optional<String> perHabitFile(ExportSource source, String base, LoopHabit h) {
    if (h.position().isEmpty()) return Optional.empty();
    String prefix = base + h.position();
    return source.names().stream()
        .filter(n -> n.startsWith(prefix) && n.endsWith("/Checkmarks.csv"))
        .filter(
            n -> {
              String folder = n.substring(base.length(), n.length() - "/Checkmarks.csv".length());
              return !folder.contains("/")
                  && (folder.equals(h.position()) || folder.startsWith(h.position() + " "));
            })
        .findFirst();
  }

  private List<Check> readPerHabit(ExportSource source, String file) {
    List<Check> out = new ArrayList<>();
    int[] valueCol = {1};
    int[] notesCol = {-1};
    read(
        source,
        file,
        first -> {
          if (!first.field(0).strip().equals("Date")) return false;
          Map<String, Integer> col = LoopHabitsReader.columns(first);
          valueCol[0] = col.getOrDefault("Value", 1);
          notesCol[0] = col.getOrDefault("Notes", -1);
          return true;
        },
        row ->
            date(row, 0)
                .ifPresent(
                    d ->
                        out.add(
                            new Check(
                                row,
                                valueCol[0],
                                d,
                                row.field(valueCol[0]).strip(),
                                notesCol[0] < 0 ? "" : row.field(notesCol[0])))));
    return out;
  }

  private void readCombined(
      ExportSource source,
      String file,
      List<LoopHabit> wanted,
      Map<LoopHabit, List<Check>> checks) {
    Map<Integer, LoopHabit> byColumn = new TreeMap<>();
    read(
        source,
        file,
        header -> {
          List<LoopHabit> open = new ArrayList<>(wanted);
          for (int i = 1; i < header.fields().size(); i++) {
            String name = header.field(i).strip();
            for (LoopHabit h : open) {
              if (h.name().equals(name)) {
                byColumn.put(i, h);
                open.remove(h);
                break;
              }
            }
          }
          for (LoopHabit h : open) {
            errors.add(
                header.error(
                    0,
                    "no column for habit '"
                        + h.name()
                        + "' (a name with a comma cannot be matched here; export again with a"
                        + " newer Loop, which writes one folder per habit)"));
          }
          return true;
        },
        row -> {
          Optional<LocalDate> date = date(row, 0);
          if (date.isEmpty()) return;
          byColumn.forEach(
              (i, h) -> checks.get(h).add(new Check(row, i, date.get(), row.field(i).strip(), "")));
        });
  }

  /**
   * Reads the file's rows in order: the first goes to {@code header}, and on to {@code rest} too
   * unless {@code header} takes it (returns true); every later row goes to {@code rest}.
   */
  private void read(
      ExportSource source,
      String file,
      Predicate<CsvRecords.Row> header,
      CsvRecords.RowHandler rest) {
    boolean[] first = {true};
    CsvRecords.read(
        source,
        file,
        row -> {
          if (first[0]) {
            first[0] = false;
            if (header.test(row)) return;
          }
          rest.row(row);
        },
        errors);
  }

  private Optional<LocalDate> date(CsvRecords.Row row, int column) {
    String text = row.field(column).strip();
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      errors.add(row.error(column, "'" + text + "' is not a date; Loop writes YYYY-MM-DD"));
      return Optional.empty();
    }
  }
}
