package dev.cairn.cli;

import dev.cairn.model.Goal;
import dev.cairn.model.Metric;
import dev.cairn.text.YamlScalars;
import java.util.Optional;

/**
 * The front matter {@code cairn new log} writes: the goal's metric keys to fill in, commented. In
 * an Obsidian vault the metrics are top-level keys and the goal a wiki link, the form Obsidian's
 * Properties panel can edit and its graph can follow; elsewhere they sit under {@code metrics:}.
 */
final class LogTemplate {
  private LogTemplate() {}

  static String of(Goal goal, Optional<String> lastLevel, boolean obsidian) {
    StringBuilder b = new StringBuilder("---\n");
    b.append("goal: ")
        .append(obsidian ? YamlScalars.string("[[" + goal.slug() + "]]") : goal.slug())
        .append('\n');
    b.append(
        "win:            # what you can do now that you could not before (leave empty if none)\n");
    if (!obsidian) b.append("metrics:\n");
    String indent = obsidian ? "" : "  ";
    // Flat keys line their comments up with win's; the map form keeps its own column.
    int commentColumn = obsidian ? 16 : 17;
    for (Metric m : goal.metricsMasteryFirst()) {
      b.append(indent)
          .append(m.id())
          .append(":")
          .append(" ".repeat(Math.max(1, commentColumn - indent.length() - m.id().length() - 1)))
          .append("# ")
          .append(m.label())
          .append(m.unit().map(u -> " (" + u + ")").orElse(""))
          .append(m.isMastery() ? "" : ", activity")
          .append('\n');
    }
    if (!goal.challengeLevels().isEmpty()) {
      b.append("challenge: ")
          .append(lastLevel.map(YamlScalars::string).orElse("1"))
          .append("   # level: ")
          .append(String.join(" | ", goal.challengeLevels()))
          .append('\n');
    }
    b.append("min_step: false # true on a low-energy day when the first step was all you did");
    goal.firstStep().ifPresent(s -> b.append(" (").append(s).append(")"));
    b.append('\n');
    b.append("tags: []\n");
    b.append("---\n\n");
    return b.toString();
  }
}
