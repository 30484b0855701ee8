package dev.cairn.importer;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import dev.cairn.model.SourcePosition;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a Loop Habit Tracker CSV export (the ZIP or its unzipped folder), both generations:
 *
 * <ul>
 *   <li>since 2.3.1: {@code Habits.csv} with a {@code Type} column, per-habit {@code NNN
 *       name/Checkmarks.csv} with the header {@code Date,Value,Notes} and values {@code
 *       YES_MANUAL}, {@code YES_AUTO}, {@code NO}, {@code SKIP}, {@code UNKNOWN} or a whole number
 *       (a numerical value × 1000);
 *   <li>before: {@code Habits.csv} without a type, per-habit files without a header, integers 2
 *       done, 1 done automatically, 0 not done, 3 skipped, −1 unknown, or value × 1000.
 * </ul>
 *
 * Where the per-habit folders are absent, the combined {@code Checkmarks.csv} ({@code
 * Date,<habit>,…,} with a trailing comma) is read instead.
 */
public final class LoopImporter {
  static final String TOOL = "loop";
  static final String TOOL_NAME = "Loop Habit Tracker";

  private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,18}");
  private static final Pattern METRIC_ID = Pattern.compile("[a-z][a-z0-9_]{0,29}");
  private static final List<String> LOG_KEYS =
      List.of(
          "goal",
          "date",
          "win",
          "metrics",
          "challenge",
          "min_step",
          "tags",
          "private",
          "draft",
          "milestone",
          "title");

  private enum Type {
    YES_NO,
    NUMERICAL
  }

  private record Habit(
      CsvRecords.Row row,
      String position,
      String name,
      Optional<Type> type,
      String question,
      String description,
      int frequencyNumerator,
      int frequencyDenominator,
      String unit,
      Better better,
      Optional<BigDecimal> target,
      boolean archived) {}

  /** One day of one habit as the export has it, before the habit's type is known. */
  private record Check(
      CsvRecords.Row row, int valueColumn, LocalDate date, String value, String note) {}

  private final List<Diagnostic> errors = new ArrayList<>();
  private final Map<String, Integer> ignored = new LinkedHashMap<>();

  /**
   * Reads the export.
   *
   * @param habitNames the habits to import (case-insensitive names); empty for all
   */
  public ImportPlan read(ExportSource source, List<String> habitNames) throws ImportFailed {
    String habitsFile =
        source
            .find("Habits.csv")
            .orElseThrow(
                () ->
                    ImportFailed.usage(
                        source.displayName("")
                            + ": no Habits.csv in it; export from Loop with Settings → Export as"
                            + " CSV and pass the ZIP or its folder"));
    String base = habitsFile.substring(0, habitsFile.length() - "Habits.csv".length());
    List<Habit> habits = readHabits(source, habitsFile);
    List<Habit> selected = select(habits, habitNames, source.displayName(habitsFile));

    Map<Habit, List<Check>> checks = new LinkedHashMap<>();
    List<Habit> fromCombined = new ArrayList<>();
    for (Habit h : selected) {
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
        for (Habit h : fromCombined) {
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
    List<ImportPlan.Series> series = new ArrayList<>();
    for (Map.Entry<Habit, List<Check>> e : checks.entrySet()) {
      series.add(toSeries(e.getKey(), e.getValue()));
    }
    return new ImportPlan(TOOL, TOOL_NAME, series, ignored, errors);
  }

  private List<Habit> readHabits(ExportSource source, String file) {
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
    List<Habit> habits = new ArrayList<>();
    for (CsvRecords.Row row : rows.subList(1, rows.size())) {
      int before = errors.size();
      String name = row.field(col.get("Name")).strip();
      if (name.isEmpty()) errors.add(row.error(col.get("Name"), "the habit has no name"));
      Optional<Type> type = Optional.empty();
      if (typed) {
        String t = row.field(col.get("Type")).strip();
        try {
          type = Optional.of(Type.valueOf(t));
        } catch (IllegalArgumentException e) {
          errors.add(row.error(col.get("Type"), "Type '" + t + "' is not YES_NO or NUMERICAL"));
        }
      }
      int num = whole(row, col, typed ? "FrequencyNumerator" : "NumRepetitions");
      int den = whole(row, col, typed ? "FrequencyDenominator" : "Interval");
      boolean numerical = type.orElse(Type.YES_NO) == Type.NUMERICAL;
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
        String t = row.field(col.get("Target Value")).strip();
        if (!t.isEmpty()) {
          try {
            target = Optional.of(new BigDecimal(t));
            if (target.get().abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
              target = Optional.empty();
              errors.add(
                  row.error(col.get("Target Value"), "Target Value '" + t + "' is too large"));
            }
          } catch (NumberFormatException e) {
            errors.add(
                row.error(
                    col.get("Target Value"),
                    "Target Value '" + t + "' is not a number, e.g. 10.0"));
          }
        }
      }
      if (errors.size() > before) continue;
      habits.add(
          new Habit(
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

  private static Map<String, Integer> columns(CsvRecords.Row header) {
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

  private static List<Habit> select(List<Habit> habits, List<String> names, String habitsFile)
      throws ImportFailed {
    if (names.isEmpty()) return habits;
    List<Habit> selected = new ArrayList<>();
    for (String wanted : names) {
      Optional<Habit> match =
          habits.stream().filter(h -> h.name().equalsIgnoreCase(wanted.strip())).findFirst();
      if (match.isEmpty()) {
        throw ImportFailed.usage(
            "--habit '"
                + wanted
                + "': no such habit in "
                + habitsFile
                + "; habits: "
                + String.join(", ", habits.stream().map(Habit::name).toList()));
      }
      if (!selected.contains(match.get())) selected.add(match.get());
    }
    return selected;
  }

  private static Optional<String> perHabitFile(ExportSource source, String base, Habit h) {
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
    boolean[] first = {true};
    int[] valueCol = {1};
    int[] notesCol = {-1};
    CsvRecords.read(
        source,
        file,
        row -> {
          if (first[0]) {
            first[0] = false;
            if (row.field(0).strip().equals("Date")) {
              Map<String, Integer> col = columns(row);
              valueCol[0] = col.getOrDefault("Value", 1);
              notesCol[0] = col.getOrDefault("Notes", -1);
              return;
            }
          }
          date(row, 0)
              .ifPresent(
                  d ->
                      out.add(
                          new Check(
                              row,
                              valueCol[0],
                              d,
                              row.field(valueCol[0]).strip(),
                              notesCol[0] < 0 ? "" : row.field(notesCol[0]))));
        },
        errors);
    return out;
  }

  private void readCombined(
      ExportSource source, String file, List<Habit> wanted, Map<Habit, List<Check>> checks) {
    Map<Integer, Habit> byColumn = new TreeMap<>();
    boolean[] first = {true};
    CsvRecords.read(
        source,
        file,
        row -> {
          if (first[0]) {
            first[0] = false;
            List<Habit> open = new ArrayList<>(wanted);
            for (int i = 1; i < row.fields().size(); i++) {
              String name = row.field(i).strip();
              for (Habit h : open) {
                if (h.name().equals(name)) {
                  byColumn.put(i, h);
                  open.remove(h);
                  break;
                }
              }
            }
            for (Habit h : open) {
              errors.add(
                  row.error(
                      0,
                      "no column for habit '"
                          + h.name()
                          + "' (a name with a comma cannot be matched here; export again with a"
                          + " newer Loop, which writes one folder per habit)"));
            }
            return;
          }
          Optional<LocalDate> date = date(row, 0);
          if (date.isEmpty()) return;
          byColumn.forEach(
              (i, h) -> checks.get(h).add(new Check(row, i, date.get(), row.field(i).strip(), "")));
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

  private ImportPlan.Series toSeries(Habit h, List<Check> checks) {
    boolean numerical =
        h.type()
            .map(t -> t == Type.NUMERICAL)
            .orElseGet(
                () ->
                    checks.stream()
                        .anyMatch(
                            c -> {
                              if (!WHOLE.matcher(c.value()).matches()) return false;
                              long v = Long.parseLong(c.value());
                              return v < -1 || v > 3;
                            }));
    Metric metric = numerical ? numericalMetric(h) : doneMetric();
    Map<LocalDate, ImportPlan.LogDraft> logs = new TreeMap<>();
    Map<LocalDate, CsvRecords.Row> seen = new HashMap<>();
    for (Check c : checks) {
      CsvRecords.Row earlier = seen.putIfAbsent(c.date(), c.row());
      if (earlier != null) {
        errors.add(
            c.row()
                .error(
                    0,
                    "a second row for "
                        + c.date()
                        + " (the first is on line "
                        + earlier.line()
                        + "); each day appears once"));
        continue;
      }
      Optional<BigDecimal> value = numerical ? numericalValue(h, c) : yesNoValue(h, c);
      value.ifPresent(
          v ->
              logs.put(
                  c.date(),
                  new ImportPlan.LogDraft(
                      c.date(), "", Map.of(metric.id(), v), Optional.empty(), c.note().strip())));
    }
    String body =
        (h.description().isEmpty() ? "" : h.description() + "\n\n")
            + "Imported from Loop Habit Tracker.\n";
    ImportPlan.GoalDraft goal =
        new ImportPlan.GoalDraft(
            h.name(),
            h.question().isEmpty() ? Optional.empty() : Optional.of(h.question()),
            h.archived() ? "paused" : "active",
            List.of(metric),
            body);
    return new ImportPlan.Series(h.name(), goal, List.copyOf(logs.values()));
  }

  private static Metric doneMetric() {
    return new Metric(
        "done",
        "Days done",
        MetricKind.ACTIVITY,
        Better.HIGHER,
        Aggregate.SUM,
        Optional.of("days"),
        OptionalDouble.empty());
  }

  private static Metric numericalMetric(Habit h) {
    String id = h.unit().toLowerCase(Locale.ROOT).strip().replaceAll("[^a-z0-9]+", "_");
    id = id.replaceAll("^_+|_+$", "");
    if (!METRIC_ID.matcher(id).matches() || LOG_KEYS.contains(id)) id = "value";
    // Loop's target holds per frequency period; only a daily one compares with daily values.
    boolean daily = h.frequencyNumerator() == h.frequencyDenominator();
    OptionalDouble target =
        daily && h.target().isPresent() && h.target().get().signum() > 0
            ? OptionalDouble.of(h.target().get().doubleValue())
            : OptionalDouble.empty();
    return new Metric(
        id,
        h.name(),
        MetricKind.MASTERY,
        h.better(),
        Aggregate.MEAN,
        h.unit().isEmpty() ? Optional.empty() : Optional.of(h.unit()),
        target);
  }

  private Optional<BigDecimal> yesNoValue(Habit h, Check c) {
    return switch (c.value()) {
      case "YES_MANUAL", "2" -> Optional.of(BigDecimal.ONE);
      case "YES_AUTO", "1" -> ignore(h, "done automatically, not by hand (YES_AUTO)");
      case "NO", "0" -> ignore(h, "not done (NO)");
      case "SKIP", "3", "-3" -> ignore(h, "skipped (SKIP)");
      case "UNKNOWN", "-1", "" -> ignore(h, "no entry (UNKNOWN)");
      default -> {
        errors.add(
            c.row()
                .error(
                    c.valueColumn(),
                    "'"
                        + c.value()
                        + "' is not a value of the yes/no habit '"
                        + h.name()
                        + "'; valid: YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN (or 2, 1, 0, 3, -1)"));
        yield Optional.empty();
      }
    };
  }

  private Optional<BigDecimal> numericalValue(Habit h, Check c) {
    String v = c.value();
    if (v.equals("UNKNOWN") || v.equals("-1") || v.isEmpty()) {
      return ignore(h, "no entry (UNKNOWN)");
    }
    if (v.equals("SKIP")) return ignore(h, "skipped (SKIP)");
    if (!WHOLE.matcher(v).matches() || Long.parseLong(v) < 0) {
      errors.add(
          c.row()
              .error(
                  c.valueColumn(),
                  "'"
                      + v
                      + "' is not a value of the numerical habit '"
                      + h.name()
                      + "'; valid: a whole number ≥ 0 (the value × 1000), SKIP or UNKNOWN"));
      return Optional.empty();
    }
    // A 0 counts: it is evidence, above all for an at-most habit.
    return Optional.of(BigDecimal.valueOf(Long.parseLong(v), 3).stripTrailingZeros());
  }

  private Optional<BigDecimal> ignore(Habit h, String reason) {
    ignored.merge(h.name() + ": " + reason, 1, Integer::sum);
    return Optional.empty();
  }
}
