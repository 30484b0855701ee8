package dev.cairn.content;

import dev.cairn.model.Aggregate;
import dev.cairn.model.Better;
import dev.cairn.model.Diagnostic;
import dev.cairn.model.Goal;
import dev.cairn.model.GoalStatus;
import dev.cairn.model.Metric;
import dev.cairn.model.MetricKind;
import dev.cairn.model.SourcePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads and validates one goal file ({@code content/goals/<slug>.md}). */
final class GoalReader {
  static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]*");
  static final Pattern METRIC_ID = Pattern.compile("[a-z][a-z0-9_]*");
  static final int MAX_METRICS = 5;
  // More than this many metrics gets a tracking-budget note under check --strict.
  static final int BUDGET_METRICS = 3;
  // Known keys; docs/content.md documents each one (checked by ContentDocTest).
  static final List<String> KEYS =
      List.of(
          "title",
          "why",
          "capability",
          "started",
          "first_step",
          "status",
          "private",
          "metrics",
          "challenge");
  // Known keys; docs/content.md documents each one (checked by ContentDocTest).
  static final List<String> METRIC_KEYS =
      List.of("id", "label", "kind", "better", "aggregate", "unit", "target", "min", "max");
  // Known keys; docs/content.md documents each one (checked by ContentDocTest).
  static final List<String> CHALLENGE_KEYS = List.of("levels");

  private final List<Diagnostic> sink;

  private final Map<String, GoalLines> lines = new HashMap<>();

  GoalReader(List<Diagnostic> sink) {
    this.sink = sink;
  }

  /** Where each goal read so far declares its metrics, by slug. */
  Map<String, GoalLines> lines() {
    return Map.copyOf(lines);
  }

  /** The goal, or empty when the file has errors; every problem is added to the sink. */
  Optional<Goal> read(String path, String slug, String text) {
    int before = sink.size();
    if (!SLUG.matcher(slug).matches()) {
      sink.add(
          Diagnostic.error(
              SourcePosition.startOf(path),
              "goal file name '"
                  + slug
                  + ".md' is not a valid slug; rename it to "
                  + LogSlugs.slugify(slug, "goal")
                  + ".md (lowercase letters, digits, '-' and '_', starting with a letter or"
                  + " digit)"));
    }
    Optional<FrontMatterReader.Document> document =
        FrontMatterReader.read(path, text, "goal", sink);
    if (document.isEmpty()) return Optional.empty();
    FieldReader r = document.get().reader();
    Fields f = document.get().fields();

    Optional<Node> titleNode = f.find("title");
    Optional<String> title = titleNode.flatMap(n -> r.text(n, "title"));
    if (titleNode.isEmpty()) {
      r.error(null, "title is required: add a line `title: ...`");
    } else if (title.isEmpty() && titleNode.get() instanceof ScalarNode) {
      r.error(titleNode.get(), "title is empty; give the goal a title");
    }
    Optional<String> why = f.find("why").flatMap(n -> r.text(n, "why"));
    Optional<String> capability = f.find("capability").flatMap(n -> r.text(n, "capability"));
    Optional<LocalDate> started = f.find("started").flatMap(n -> r.date(n, "started"));
    Optional<String> firstStep = f.find("first_step").flatMap(n -> r.text(n, "first_step"));
    GoalStatus status =
        f.find("status")
            .flatMap(n -> r.choice(n, "status", GoalStatus.values()))
            .orElse(GoalStatus.ACTIVE);
    boolean isPrivate = f.find("private").flatMap(n -> r.bool(n, "private")).orElse(false);
    Map<String, SourcePosition> idLines = new HashMap<>();
    List<Metric> metrics = readMetrics(r, f, idLines);
    Fields.Entry metricsEntry = f.entries().get("metrics");
    lines.put(
        slug, new GoalLines(r.position(metricsEntry == null ? null : metricsEntry.key()), idLines));
    List<String> levels =
        f.find("challenge").map(n -> ChallengeLevels.read(r, n)).orElse(List.of());
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Fields.Entry entry : r.unknownKeys(f, KEYS, "is kept for templates")) {
      String key = entry.key().getValue();
      r.plain(entry.value(), key).ifPresent(value -> extra.put(key, value));
    }

    if (hasErrorSince(before) || title.isEmpty()) return Optional.empty();
    return Optional.of(
        new Goal(
            slug,
            path,
            title.get(),
            why,
            capability,
            started,
            firstStep,
            status,
            isPrivate,
            metrics,
            levels,
            document.get().body(),
            extra));
  }

  private List<Metric> readMetrics(FieldReader r, Fields f, Map<String, SourcePosition> idLines) {
    Fields.Entry entry = f.entries().get("metrics");
    Optional<List<Node>> items =
        entry == null ? Optional.of(List.of()) : r.list(entry.value(), "metrics");
    if (items.isEmpty()) return List.of();
    if (items.get().isEmpty()) {
      r.error(
          entry == null ? null : entry.key(),
          "metrics: at least one metric is required, e.g. `metrics: [{ id: minutes, kind: activity"
              + " }]`");
      return List.of();
    }
    List<Metric> metrics = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    for (int i = 0; i < items.get().size(); i++) {
      Node item = items.get().get(i);
      int number = i + 1;
      Optional<Fields> fields = r.fields(item, "metric " + number);
      if (fields.isEmpty()) continue;
      Fields m = fields.get();
      if (m.entries().isEmpty()) {
        r.error(item, "metric " + number + ": id is required");
        continue;
      }
      Optional<Node> idNode = m.find("id");
      Optional<String> id = idNode.flatMap(n -> r.text(n, "metric " + number + " id"));
      String name = id.map(s -> "metric '" + s + "'").orElse("metric " + number);
      if (id.isEmpty()) {
        r.error(idNode.orElse(item), name + ": id is required");
      } else if (!METRIC_ID.matcher(id.get()).matches()) {
        r.error(
            idNode.get(),
            "metric id '"
                + id.get()
                + "' is not valid; use lowercase letters, digits and '_', starting with a letter"
                + suggestion(id.get()));
        id = Optional.empty();
      } else if (LogReader.RESERVED_METRIC_IDS.contains(id.get())) {
        r.error(
            idNode.get(),
            "metric id '"
                + id.get()
                + "' is a log key, so logs could not give its value as `"
                + id.get()
                + ": <number>`; choose another id, e.g. "
                + id.get()
                + "_count (reserved: "
                + String.join(", ", LogReader.RESERVED_METRIC_IDS)
                + ")");
        id = Optional.empty();
      } else if (seen.containsKey(id.get())) {
        r.error(
            idNode.get(),
            "metric id '"
                + id.get()
                + "' is defined twice (first on line "
                + r.position(seen.get(id.get())).line()
                + ")");
        id = Optional.empty();
      } else {
        seen.put(id.get(), idNode.get());
        idLines.put(id.get(), r.position(idNode.get()));
      }
      Optional<String> label = m.find("label").flatMap(n -> r.text(n, name + " label"));
      MetricKind kind =
          m.find("kind")
              .flatMap(n -> r.choice(n, name + " kind", MetricKind.values()))
              .orElse(MetricKind.MASTERY);
      Better better =
          m.find("better")
              .flatMap(n -> r.choice(n, name + " better", Better.values()))
              .orElse(Better.HIGHER);
      Aggregate aggregate =
          m.find("aggregate")
              .flatMap(n -> r.choice(n, name + " aggregate", Aggregate.values()))
              .orElse(Metric.defaultAggregate(kind));
      Optional<String> unit = m.find("unit").flatMap(n -> r.text(n, name + " unit"));
      OptionalDouble target =
          m.find("target").map(n -> r.number(n, name + " target")).orElse(OptionalDouble.empty());
      OptionalDouble min =
          m.find("min").map(n -> r.number(n, name + " min")).orElse(OptionalDouble.empty());
      OptionalDouble max =
          m.find("max").map(n -> r.number(n, name + " max")).orElse(OptionalDouble.empty());
      if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
        r.error(
            m.find("max").orElseThrow(),
            name + " max is below its min; use a max of at least the min, or leave one out");
        max = OptionalDouble.empty();
      }
      r.unknownKeys(m, METRIC_KEYS, "is ignored");
      if (id.isPresent()) {
        metrics.add(
            new Metric(
                id.get(), label.orElse(id.get()), kind, better, aggregate, unit, target, min, max));
      }
    }
    if (metrics.size() > MAX_METRICS) {
      r.warning(
          entry.key(),
          metrics.size()
              + " metrics: track evidence, not everything; keep "
              + MAX_METRICS
              + " or fewer");
    } else if (metrics.size() > BUDGET_METRICS) {
      r.note(
          entry.key(),
          metrics.size()
              + " metrics to fill in at every log; a tracking budget of "
              + BUDGET_METRICS
              + " or fewer keeps logging light and the evidence clear");
    }
    // The goal page already says so plainly; the terminal repeats it only under check --strict.
    if (!metrics.isEmpty() && metrics.stream().noneMatch(Metric::isMastery)) {
      r.hint(
          entry.key(),
          "this goal measures participation only; add a mastery metric (kind: mastery) that shows"
              + " growing skill");
    }
    return metrics;
  }

  private static String suggestion(String id) {
    String fixed =
        id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]+", "_").replaceAll("^[^a-z]+", "");
    return fixed.isEmpty() || fixed.equals(id) ? "" : ", e.g. " + fixed;
  }

  private boolean hasErrorSince(int before) {
    return sink.subList(before, sink.size()).stream().anyMatch(Diagnostic::isError);
  }
}
