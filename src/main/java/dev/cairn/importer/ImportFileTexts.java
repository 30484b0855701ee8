package dev.cairn.importer;

import dev.cairn.model.Metric;
import dev.cairn.model.Slugs;
import dev.cairn.text.YamlScalars;
import java.math.BigDecimal;
import java.util.Locale;

/** The paths and Markdown texts of the files an import writes: goals and logs. */
final class ImportFileTexts {
  private ImportFileTexts() {}

  /** The log's file, relative to the portfolio. */
  static String logPath(String tool, String slug, ImportPlan.LogDraft log) {
    String key = log.key().isEmpty() ? "" : "-" + Slugs.of(log.key(), "log");
    return "content/logs/imported/"
        + tool
        + "/"
        + log.date().getYear()
        + "/"
        + log.date()
        + "-"
        + slug
        + key
        + ".md";
  }

  static String goalText(ImportPlan.GoalDraft g) {
    StringBuilder b = new StringBuilder("---\n");
    b.append("title: ").append(YamlScalars.string(g.title())).append('\n');
    g.why().ifPresent(w -> b.append("why: ").append(YamlScalars.string(w)).append('\n'));
    b.append("status: ").append(g.status()).append('\n');
    b.append("metrics:\n");
    for (Metric m : g.metrics()) {
      b.append("  - id: ").append(m.id()).append('\n');
      b.append("    label: ").append(YamlScalars.string(m.label())).append('\n');
      b.append("    kind: ").append(m.kind().name().toLowerCase(Locale.ROOT)).append('\n');
      b.append("    better: ").append(m.better().name().toLowerCase(Locale.ROOT)).append('\n');
      b.append("    aggregate: ")
          .append(m.aggregate().name().toLowerCase(Locale.ROOT))
          .append('\n');
      m.unit().ifPresent(u -> b.append("    unit: ").append(YamlScalars.string(u)).append('\n'));
      if (m.target().isPresent()) {
        b.append("    target: ")
            .append(number(BigDecimal.valueOf(m.target().getAsDouble())))
            .append('\n');
      }
    }
    b.append("---\n");
    b.append(g.body());
    return b.toString();
  }

  static String logText(String slug, ImportPlan.LogDraft log) {
    StringBuilder b = new StringBuilder("---\n");
    b.append("goal: ").append(slug).append('\n');
    b.append("date: ").append(log.date()).append('\n');
    log.title().ifPresent(t -> b.append("title: ").append(YamlScalars.string(t)).append('\n'));
    if (!log.metrics().isEmpty()) {
      b.append("metrics:\n");
      log.metrics()
          .forEach(
              (id, v) -> b.append("  ").append(id).append(": ").append(number(v)).append('\n'));
    }
    b.append("---\n");
    if (!log.body().isBlank()) b.append(log.body().strip()).append('\n');
    return b.toString();
  }

  private static String number(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}
