package dev.cairn.importer;

import dev.cairn.importer.LoopCheckmarksReader.Check;
import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Maps one Loop habit and its checkmarks to a goal and its logs: a yes/no habit counts days done by
 * hand, a numerical habit keeps its values (stored × 1000) under a metric named after its unit.
 */
final class LoopSeriesMapper {
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

  private final List<Diagnostic> errors;
  private final Map<String, Integer> ignored;

  /**
   * @param errors where bad values are added
   * @param ignored counts of the rows left out, by reason
   */
  LoopSeriesMapper(List<Diagnostic> errors, Map<String, Integer> ignored) {
    this.errors = errors;
    this.ignored = ignored;
  }

  ImportPlan.Series toSeries(LoopHabit h, List<Check> checks) {
    boolean numerical =
        h.type()
            .map(t -> t == LoopHabit.Type.NUMERICAL)
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

  private static Metric numericalMetric(LoopHabit h) {
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

  private Optional<BigDecimal> yesNoValue(LoopHabit h, Check c) {
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

  private Optional<BigDecimal> numericalValue(LoopHabit h, Check c) {
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

  private Optional<BigDecimal> ignore(LoopHabit h, String reason) {
    ignored.merge(h.name() + ": " + reason, 1, Integer::sum);
    return Optional.empty();
  }
}
