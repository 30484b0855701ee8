package dev.cairn.importer;

import dev.cairn.model.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    List<LoopHabit> habits = new LoopHabitsReader(errors).read(source, habitsFile);
    List<LoopHabit> selected = select(habits, habitNames, source.displayName(habitsFile));
    Map<LoopHabit, List<LoopCheckmarksReader.Check>> checks =
        new LoopCheckmarksReader(errors).read(source, base, selected);
    LoopSeriesMapper mapper = new LoopSeriesMapper(errors, ignored);
    List<ImportPlan.Series> series = new ArrayList<>();
    checks.forEach((habit, itsChecks) -> series.add(mapper.toSeries(habit, itsChecks)));
    return new ImportPlan(TOOL, TOOL_NAME, series, ignored, errors);
  }

  private static List<LoopHabit> select(
      List<LoopHabit> habits, List<String> names, String habitsFile) throws ImportFailed {
    if (names.isEmpty()) return habits;
    List<LoopHabit> selected = new ArrayList<>();
    for (String wanted : names) {
      Optional<LoopHabit> match =
          habits.stream().filter(h -> h.name().equalsIgnoreCase(wanted.strip())).findFirst();
      if (match.isEmpty()) {
        throw ImportFailed.usage(
            "--habit '"
                + wanted
                + "': no such habit in "
                + habitsFile
                + "; habits: "
                + String.join(", ", habits.stream().map(LoopHabit::name).toList()));
      }
      if (!selected.contains(match.get())) selected.add(match.get());
    }
    return selected;
  }
}
