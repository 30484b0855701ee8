package dev.cairn.importer;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Reads Habitica's task history ({@code habitica-tasks-history.csv}: {@code Task Name,Task ID,Task
 * Type,Date,Value}). Habits and dailies become goals, one per task; each day with entries becomes
 * one log holding the number of entries. {@code Value} is Habitica's internal task value, not a
 * measure, and is not imported.
 */
public final class HabiticaImporter {
  static final String TOOL = "habitica";
  static final String TOOL_NAME = "Habitica";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);
  private static final List<String> COLUMNS = List.of("Task Name", "Task ID", "Task Type", "Date");

  /** The days of one task, by date, each with its number of entries. */
  private static final class Task {
    final String id;
    String name;
    final String type;
    final TreeMap<LocalDate, Integer> days = new TreeMap<>();

    Task(String id, String name, String type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }
  }

  private final List<Diagnostic> errors = new ArrayList<>();
  private final Map<String, Integer> ignored = new LinkedHashMap<>();

  /**
   * Reads the export.
   *
   * @param taskNames the tasks to import (case-insensitive names); empty for all
   */
  public ImportPlan read(ExportSource source, List<String> taskNames) throws ImportFailed {
    String file =
        source.singleFileOr(
            "habitica-tasks-history.csv",
            "download it from Habitica (Settings → Site Data → Export Data → Task History)");
    Map<String, Task> tasks = new LinkedHashMap<>();
    CsvRecords.readWithHeader(
        source,
        file,
        this::columns,
        (row, columns) -> {
          if (columns.length > 0) entry(row, columns, tasks);
        },
        "empty file; Habitica writes a header line Task Name,Task ID,Task Type,Date,Value",
        errors);
    List<Task> chosen = new ArrayList<>(tasks.values());
    chosen.sort(
        (a, b) -> a.name.compareTo(b.name) != 0 ? a.name.compareTo(b.name) : a.id.compareTo(b.id));
    for (String wanted : taskNames) {
      if (chosen.stream().noneMatch(t -> t.name.equalsIgnoreCase(wanted.strip()))) {
        throw ImportFailed.usage(
            "--task '"
                + wanted
                + "': no habit or daily of that name in "
                + source.displayName(file)
                + (chosen.isEmpty()
                    ? ""
                    : "; tasks: " + String.join(", ", chosen.stream().map(t -> t.name).toList())));
      }
    }
    List<ImportPlan.Series> series = new ArrayList<>();
    for (Task t : chosen) {
      if (!taskNames.isEmpty()
          && taskNames.stream().noneMatch(n -> n.strip().equalsIgnoreCase(t.name))) {
        ignored.merge(
            t.name + ": not a chosen --task",
            t.days.values().stream().mapToInt(Integer::intValue).sum(),
            Integer::sum);
        continue;
      }
      series.add(toSeries(t));
    }
    return new ImportPlan(TOOL, TOOL_NAME, series, ignored, errors);
  }

  private int[] columns(CsvRecords.Row row) {
    List<String> names = row.fields().stream().map(String::strip).toList();
    int[] at = new int[COLUMNS.size()];
    for (int i = 0; i < COLUMNS.size(); i++) {
      at[i] = names.indexOf(COLUMNS.get(i));
      if (at[i] < 0) {
        errors.add(
            row.error(
                0,
                "not a Habitica task history: no '"
                    + COLUMNS.get(i)
                    + "' column; expected Task Name,Task ID,Task Type,Date,Value"));
        return new int[0];
      }
    }
    return at;
  }

  private void entry(CsvRecords.Row row, int[] at, Map<String, Task> tasks) {
    String name = row.field(at[0]).strip();
    String id = row.field(at[1]).strip();
    String type = row.field(at[2]).strip().toLowerCase(Locale.ROOT);
    String dateText = row.field(at[3]).strip();
    int before = errors.size();
    if (id.isEmpty()) errors.add(row.error(at[1], "the entry has no Task ID"));
    LocalDate day = null;
    try {
      day = LocalDateTime.parse(dateText, DATE).toLocalDate();
    } catch (DateTimeParseException e) {
      errors.add(
          row.error(at[3], "Date '" + dateText + "' is not a date like 2024-03-01 07:15:00"));
    }
    if (!type.equals("habit") && !type.equals("daily")) {
      if (type.equals("todo") || type.equals("reward")) {
        ignored.merge("a " + type + ", not a habit or daily", 1, Integer::sum);
      } else {
        errors.add(
            row.error(
                at[2],
                "Task Type '"
                    + row.field(at[2]).strip()
                    + "' is not habit, daily, todo or reward"));
      }
      return;
    }
    if (errors.size() > before) return;
    Task task = tasks.computeIfAbsent(id, k -> new Task(id, name.isEmpty() ? id : name, type));
    if (!name.isEmpty()) task.name = name; // the history is in time order: keep the latest name
    task.days.merge(day, 1, Integer::sum);
  }

  private static ImportPlan.Series toSeries(Task t) {
    Metric entries =
        new Metric(
            "entries",
            t.type.equals("daily") ? "Days checked off" : "Times done",
            MetricKind.ACTIVITY,
            Better.HIGHER,
            Aggregate.SUM,
            Optional.empty(),
            OptionalDouble.empty());
    List<ImportPlan.LogDraft> logs = new ArrayList<>();
    t.days.forEach(
        (day, count) ->
            logs.add(
                new ImportPlan.LogDraft(
                    day, "", Map.of("entries", BigDecimal.valueOf(count)), Optional.empty(), "")));
    ImportPlan.GoalDraft goal =
        new ImportPlan.GoalDraft(
            t.name,
            Optional.empty(),
            "active",
            List.of(entries),
            "Imported from Habitica (a " + t.type + ").\n");
    return new ImportPlan.Series(t.name, goal, logs);
  }
}
