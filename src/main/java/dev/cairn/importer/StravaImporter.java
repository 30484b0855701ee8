package dev.cairn.importer;

import dev.cairn.model.Better;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
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
 * Reads {@code activities.csv} of a Strava bulk export. Columns are found by position from the
 * header, because several names appear twice: the first {@code Distance} is in the athlete's units,
 * the second in metres, and {@code Elapsed Time} also appears twice. Dates such as {@code Oct 6,
 * 2022, 11:19:20 PM} are UTC and are turned into the local day of the chosen zone. {@code Activity
 * Private Note} is never read.
 */
public final class StravaImporter {
  static final String TOOL = "strava";
  static final String TOOL_NAME = "Strava";

  private static final DateTimeFormatter DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("MMM d, yyyy, h:mm:ss a")
          .toFormatter(Locale.ENGLISH);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
  private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000_000_000L);

  private record Columns(
      int id,
      int date,
      int name,
      int type,
      int description,
      int movingTime,
      int metres,
      boolean metresKnown,
      int elevationGain) {}

  private record Activity(
      CsvRecords.Row row,
      String id,
      LocalDate day,
      String name,
      String type,
      String description,
      Optional<BigDecimal> km,
      Optional<BigDecimal> minutes,
      Optional<BigDecimal> elevation) {}

  private final List<Diagnostic> errors = new ArrayList<>();
  private final Map<String, Integer> ignored = new LinkedHashMap<>();

  /**
   * Reads the export.
   *
   * @param types activity types to import (case-insensitive); empty for all
   * @param zone the zone whose calendar days the logs fall on
   */
  public ImportPlan read(ExportSource source, List<String> types, ZoneId zone) throws ImportFailed {
    String file =
        source.singleFileOr(
            "activities.csv",
            "request your archive from Strava"
                + " (Settings → My Account → Download or Delete Your Account)");
    List<Activity> activities = new ArrayList<>();
    CsvRecords.readWithHeader(
        source,
        file,
        this::columns,
        (row, columns) -> columns.ifPresent(c -> activity(row, c, zone).ifPresent(activities::add)),
        "empty file; Strava writes a header line Activity ID,Activity Date,…",
        errors);
    Map<String, List<Activity>> byType = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Activity a : activities) byType.computeIfAbsent(a.type(), t -> new ArrayList<>()).add(a);
    for (String wanted : types) {
      if (!byType.containsKey(wanted.strip())) {
        throw ImportFailed.usage(
            "--type '"
                + wanted
                + "': no activities of that type in "
                + source.displayName(file)
                + (byType.isEmpty() ? "" : "; types: " + String.join(", ", byType.keySet())));
      }
    }
    List<ImportPlan.Series> series = new ArrayList<>();
    for (Map.Entry<String, List<Activity>> e : byType.entrySet()) {
      if (!types.isEmpty()
          && types.stream().noneMatch(t -> t.strip().equalsIgnoreCase(e.getKey()))) {
        ignored.merge(e.getKey() + ": not a chosen --type", e.getValue().size(), Integer::sum);
        continue;
      }
      series.add(toSeries(e.getKey(), e.getValue()));
    }
    return new ImportPlan(TOOL, TOOL_NAME, series, ignored, errors);
  }

  private Optional<Columns> columns(CsvRecords.Row header) {
    List<String> names = header.fields().stream().map(String::strip).toList();
    int id = names.indexOf("Activity ID");
    int date = names.indexOf("Activity Date");
    int name = names.indexOf("Activity Name");
    int type = names.indexOf("Activity Type");
    if (id < 0 || date < 0 || type < 0) {
      errors.add(
          header.error(
              0,
              "not a Strava activities.csv: the header needs Activity ID, Activity Date and"
                  + " Activity Type"));
      return Optional.empty();
    }
    int firstDistance = names.indexOf("Distance");
    int lastDistance = names.lastIndexOf("Distance");
    boolean metresKnown = firstDistance >= 0 && lastDistance != firstDistance;
    return Optional.of(
        new Columns(
            id,
            date,
            name,
            type,
            names.indexOf("Activity Description"),
            names.indexOf("Moving Time"),
            metresKnown ? lastDistance : firstDistance,
            metresKnown,
            names.indexOf("Elevation Gain")));
  }

  private Optional<Activity> activity(CsvRecords.Row row, Columns c, ZoneId zone) {
    int before = errors.size();
    String id = row.field(c.id()).strip();
    if (!id.matches("[0-9]{1,20}")) {
      errors.add(row.error(c.id(), "Activity ID '" + id + "' is not a number"));
    }
    String dateText = row.field(c.date()).strip();
    LocalDate day = null;
    try {
      day =
          LocalDateTime.parse(dateText, DATE)
              .atOffset(ZoneOffset.UTC)
              .atZoneSameInstant(zone)
              .toLocalDate();
    } catch (DateTimeParseException e) {
      errors.add(
          row.error(
              c.date(),
              "Activity Date '"
                  + dateText
                  + "' is not a date like 'Oct 6, 2022, 11:19:20 PM' (request the export with"
                  + " English as the display language)"));
    }
    String type = row.field(c.type()).strip();
    if (type.isEmpty()) errors.add(row.error(c.type(), "the activity has no type"));
    Optional<BigDecimal> distance = number(row, c.metres(), "Distance");
    Optional<BigDecimal> moving = number(row, c.movingTime(), "Moving Time");
    Optional<BigDecimal> elevation = number(row, c.elevationGain(), "Elevation Gain");
    if (errors.size() > before) return Optional.empty();
    // Without the second column the one Distance holds kilometres (older exports).
    Optional<BigDecimal> km =
        c.metresKnown() ? distance.map(m -> m.divide(THOUSAND, MathContext.DECIMAL64)) : distance;
    return Optional.of(
        new Activity(
            row,
            id,
            day,
            c.name() < 0 ? "" : row.field(c.name()).strip(),
            type,
            c.description() < 0 ? "" : row.field(c.description()).strip(),
            km,
            moving.map(s -> s.divide(SIXTY, MathContext.DECIMAL64)),
            elevation));
  }

  private Optional<BigDecimal> number(CsvRecords.Row row, int column, String name) {
    if (column < 0) return Optional.empty();
    String text = row.field(column).strip();
    if (text.isEmpty()) return Optional.empty();
    try {
      BigDecimal value = new BigDecimal(text);
      if (value.signum() < 0) {
        errors.add(row.error(column, name + " '" + text + "' is negative"));
        return Optional.empty();
      }
      if (value.compareTo(LIMIT) > 0) {
        errors.add(row.error(column, name + " '" + text + "' is too large to be real"));
        return Optional.empty();
      }
      return Optional.of(value);
    } catch (NumberFormatException e) {
      errors.add(row.error(column, name + " '" + text + "' is not a number, e.g. 5012.5"));
      return Optional.empty();
    }
  }

  private ImportPlan.Series toSeries(String type, List<Activity> activities) {
    String lower = type.toLowerCase(Locale.ROOT);
    boolean run = lower.contains("run");
    boolean ride = lower.contains("ride");
    boolean anyElevation =
        activities.stream().anyMatch(a -> a.elevation().filter(e -> e.signum() > 0).isPresent());
    List<Metric> metrics = new ArrayList<>();
    if (run) metrics.add(metric("pace", "Pace", MetricKind.MASTERY, Better.LOWER, "min/km"));
    if (ride) metrics.add(metric("speed", "Speed", MetricKind.MASTERY, Better.HIGHER, "km/h"));
    metrics.add(metric("distance", "Distance", MetricKind.ACTIVITY, Better.HIGHER, "km"));
    metrics.add(metric("moving_time", "Moving time", MetricKind.ACTIVITY, Better.HIGHER, "min"));
    if (anyElevation) {
      metrics.add(metric("elevation", "Elevation gain", MetricKind.ACTIVITY, Better.HIGHER, "m"));
    }
    List<ImportPlan.LogDraft> logs = new ArrayList<>();
    for (Activity a : activities) {
      Map<String, BigDecimal> values = new LinkedHashMap<>();
      boolean moved =
          a.km().filter(k -> k.signum() > 0).isPresent()
              && a.minutes().filter(m -> m.signum() > 0).isPresent();
      if (run && moved)
        values.put("pace", round(a.minutes().get().divide(a.km().get(), MathContext.DECIMAL64), 3));
      if (ride && moved) {
        values.put(
            "speed",
            round(
                a.km().get().multiply(SIXTY).divide(a.minutes().get(), MathContext.DECIMAL64), 2));
      }
      a.km().ifPresent(k -> values.put("distance", round(k, 3)));
      a.minutes().ifPresent(m -> values.put("moving_time", round(m, 2)));
      if (anyElevation) a.elevation().ifPresent(e -> values.put("elevation", round(e, 1)));
      logs.add(
          new ImportPlan.LogDraft(
              a.day(),
              a.id(),
              values,
              a.name().isEmpty() ? Optional.empty() : Optional.of(a.name()),
              a.description()));
    }
    logs.sort(
        (x, y) ->
            x.date().compareTo(y.date()) != 0
                ? x.date().compareTo(y.date())
                : x.key().compareTo(y.key()));
    ImportPlan.GoalDraft goal =
        new ImportPlan.GoalDraft(
            type, Optional.empty(), "active", metrics, "Imported from Strava.\n");
    return new ImportPlan.Series(type, goal, logs);
  }

  private static Metric metric(
      String id, String label, MetricKind kind, Better better, String unit) {
    return new Metric(
        id,
        label,
        kind,
        better,
        Metric.defaultAggregate(kind),
        Optional.of(unit),
        OptionalDouble.empty());
  }

  private static BigDecimal round(BigDecimal value, int places) {
    return value.setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
