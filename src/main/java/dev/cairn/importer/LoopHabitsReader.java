package dev.cairn.importer;

import dev.cairn.model.Better;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.SourcePosition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the habits of a Loop Habit Tracker {@code Habits.csv}, both generations of the export. */
final class LoopHabitsReader {
  private final List<Diagnostic> errors;

  /**
   * @param errors where problems in the file are added
   */
  LoopHabitsReader(List<Diagnostic> errors) {
    this.errors = errors;
  }

  /** The habits without errors in their rows, in file order. */
  List<LoopHabit> read(ExportSource source, String file) {
    List<CsvRecords.Row> rows = new ArrayList<>();
    CsvRecords.read(source, file, rows::add, errors);
    if (rows.isEmpty()) {
      if (errors.isEmpty()) {
        errors.add(
            Diagnostic.error(
                SourcePosition.startOf(source.displayName(file)),
                "empty file; Loop writes a header line Position,Name,…"));
      }
      return List.of();
    }
    CsvRecords.Row header = rows.get(0);
    Map<String, Integer> col = columns(header);
    for (String required : List.of("Position", "Name")) {
      if (!col.containsKey(required)) {
        errors.add(
            header.error(
                0,
                "not a Loop Habit Tracker Habits.csv: no '"
                    + required
                    + "' column; expected Position,Name,Type,Question,… (since 2.3.1) or"
                    + " Position,Name,Question,Description,NumRepetitions,Interval,Color"));
        return List.of();
      }
    }
    boolean typed = col.containsKey("Type");
    List<LoopHabit> habits = new ArrayList<>();
    for (CsvRecords.Row row : rows.subList(1, rows.size())) {
      int before = errors.size();
      String name = row.field(col.get("Name")).strip();
      if (name.isEmpty()) errors.add(row.error(col.get("Name"), "the habit has no name"));
      Optional<LoopHabit.Type> type = Optional.empty();
      if (typed) {
        String t = row.field(col.get("Type")).strip();
        try {
          type = Optional.of(LoopHabit.Type.valueOf(t));
        } catch (IllegalArgumentException e) {
          errors.add(row.error(col.get("Type"), "Type '" + t + "' is not YES_NO or NUMERICAL"));
        }
      }
      int num = whole(row, col, typed ? "FrequencyNumerator" : "NumRepetitions");
      int den = whole(row, col, typed ? "FrequencyDenominator" : "Interval");
      boolean numerical = type.orElse(LoopHabit.Type.YES_NO) == LoopHabit.Type.NUMERICAL;
      Better better = Better.HIGHER;
      Optional<BigDecimal> target = Optional.empty();
      if (numerical && col.containsKey("Target Type")) {
        String t = row.field(col.get("Target Type")).strip();
        switch (t) {
          case "AT_LEAST", "" -> better = Better.HIGHER;
          case "AT_MOST" -> better = Better.LOWER;
          default ->
              errors.add(
                  row.error(
                      col.get("Target Type"),
                      "Target Type '" + t + "' is not AT_LEAST or AT_MOST"));
        }
      }
      if (numerical && col.containsKey("Target Value")) {
        target = targetValue(row, col.get("Target Value"));
      }
      if (errors.size() > before) continue;
      habits.add(
          new LoopHabit(
              row,
              row.field(col.get("Position")).strip(),
              name,
              type,
              text(row, col, "Question"),
              text(row, col, "Description"),
              num,
              den,
              numerical ? text(row, col, "Unit") : "",
              better,
              target,
              text(row, col, "Archived?").equalsIgnoreCase("true")));
    }
    return habits;
  }

  private Optional<BigDecimal> targetValue(CsvRecords.Row row, int column) {
    String t = row.field(column).strip();
    if (t.isEmpty()) return Optional.empty();
    try {
      BigDecimal target = new BigDecimal(t);
      if (target.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
        errors.add(row.error(column, "Target Value '" + t + "' is too large"));
        return Optional.empty();
      }
      return Optional.of(target);
    } catch (NumberFormatException e) {
      errors.add(row.error(column, "Target Value '" + t + "' is not a number, e.g. 10.0"));
      return Optional.empty();
    }
  }

  /** Column name → index of its first occurrence, names stripped. */
  static Map<String, Integer> columns(CsvRecords.Row header) {
    Map<String, Integer> col = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      col.putIfAbsent(header.fields().get(i).strip(), i);
    }
    return col;
  }

  private static String text(CsvRecords.Row row, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    return i == null ? "" : row.field(i).strip();
  }

  private int whole(CsvRecords.Row row, Map<String, Integer> col, String name) {
    Integer i = col.get(name);
    if (i == null) return 1;
    String t = row.field(i).strip();
    if (t.isEmpty()) return 1;
    try {
      return Integer.parseInt(t);
    } catch (NumberFormatException e) {
      errors.add(row.error(i, name + " '" + t + "' is not a whole number"));
      return 1;
    }
  }
}
