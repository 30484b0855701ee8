package dev.cairn.content;

import dev.cairn.model.Goal;
import dev.cairn.model.Metric;
import dev.cairn.model.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a log's metric values, given under {@code metrics:}, as top-level keys named by the goal's
 * metric ids (the flat form Obsidian's Properties panel can edit), or both. Values keep the order
 * they are written in; an id given in both places is an error.
 */
final class LogMetricsReader {
  private LogMetricsReader() {}

  /** One value as written: its key, and the name it is reported under. */
  private record Given(String id, Fields.Entry entry, String field) {
    boolean flat() {
      return !field.startsWith("metrics.");
    }
  }

  /** The metric ids of the goal, which a log may also write as top-level keys. */
  static List<String> ids(Optional<Goal> goal) {
    return goal.map(g -> g.metrics().stream().map(Metric::id).toList()).orElse(List.of());
  }

  static Map<String, Double> read(FieldReader r, Fields f, Optional<Goal> goal) {
    List<Given> given = new ArrayList<>();
    Optional<Fields> nested = f.find("metrics").flatMap(n -> r.fields(n, "metrics"));
    nested.ifPresent(m -> m.entries().values().forEach(e -> given.add(inMap(e))));
    for (String id : ids(goal)) {
      Fields.Entry entry = f.entries().get(id);
      if (entry != null) given.add(new Given(id, entry, id));
    }
    given.sort(Comparator.comparingInt(g -> g.entry().key().getStartMark().getIndex()));

    Map<String, Double> values = new LinkedHashMap<>();
    Map<String, Given> seen = new HashMap<>();
    for (Given g : given) {
      if (goal.isPresent() && !ids(goal).contains(g.id())) {
        reportUnknown(r, g, goal.get());
        continue;
      }
      Given first = seen.putIfAbsent(g.id(), g);
      if (first != null) {
        reportTwice(r, g, first);
        continue;
      }
      if (FieldReader.isNull(g.entry().value())) continue;
      OptionalDouble value = r.number(g.entry().value(), g.field());
      if (value.isPresent()) values.put(g.id(), value.getAsDouble());
    }
    return values;
  }

  private static Given inMap(Fields.Entry entry) {
    String id = entry.key().getValue();
    return new Given(id, entry, "metrics." + id);
  }

  private static void reportUnknown(FieldReader r, Given g, Goal goal) {
    List<String> ids = ids(Optional.of(goal));
    String hint =
        KeySuggester.closest(g.id(), ids).map(s -> "; did you mean '" + s + "'?").orElse("");
    r.error(
        g.entry().key(),
        "metrics: '"
            + g.id()
            + "' is not a metric of goal '"
            + goal.slug()
            + "'; valid ids: "
            + String.join(", ", ids)
            + hint);
  }

  private static void reportTwice(FieldReader r, Given second, Given first) {
    SourcePosition at = r.position(first.entry().key());
    r.error(
        second.entry().key(),
        second.field()
            + ": given twice, here and "
            + (first.flat() ? "as the top-level key `" + first.id() + ":`" : "under `metrics:`")
            + " on line "
            + at.line()
            + ", column "
            + at.column()
            + "; keep one");
  }
}
