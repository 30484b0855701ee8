package dev.cairn.content;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a log's {@code goal:}: a goal's slug, or a wiki link to the goal's file as Obsidian writes
 * it. {@code "[[guitar]]"} and {@code "[[goals/guitar|Guitar]]"} are text; the unquoted {@code
 * [[guitar]]} is, to YAML, a list holding a list holding {@code guitar}. A link's alias and heading
 * are ignored; a link with a folder names a goal only when that folder is {@code goals}.
 */
final class LogGoalReader {
  private final Set<String> slugs;

  /**
   * @param slugs every goal's slug, with or without errors of its own
   */
  LogGoalReader(Collection<String> slugs) {
    this.slugs = new TreeSet<>(slugs);
  }

  /** What the log wrote after {@code goal:}; {@code link} when it was a wiki link. */
  private record Written(String text, boolean link) {
    String shown() {
      return link ? "[[" + text + "]]" : text;
    }

    /** The goal's slug this names, or empty when it cannot be a goal (a link to another folder). */
    Optional<String> slug() {
      if (!link) return Optional.of(text);
      String target = target();
      int slash = target.lastIndexOf('/');
      if (slash < 0) return Optional.of(target);
      String folder = target.substring(0, slash);
      boolean inGoals = folder.equals("goals") || folder.endsWith("/goals");
      return inGoals ? Optional.of(target.substring(slash + 1)) : Optional.empty();
    }

    /** The name of the file linked to, without folder: what a suggestion is measured against. */
    String name() {
      if (!link) return text;
      String target = target();
      return target.substring(target.lastIndexOf('/') + 1);
    }

    /** The link's path, without alias, heading or {@code .md}. */
    private String target() {
      String target = text;
      int alias = target.indexOf('|');
      if (alias >= 0) target = target.substring(0, alias);
      int heading = target.indexOf('#');
      if (heading >= 0) target = target.substring(0, heading);
      target = target.strip();
      return target.endsWith(".md") ? target.substring(0, target.length() - 3) : target;
    }
  }

  /** The goal's slug when it names a known goal; every problem reported. */
  Optional<String> read(FieldReader r, Fields f) {
    Optional<Node> node = f.find("goal");
    if (node.isEmpty()) {
      r.error(null, "goal is required: add a line `goal: <slug>`" + validGoals("; goals: "));
      return Optional.empty();
    }
    Optional<Written> written = written(r, node.get());
    if (written.isEmpty()) return Optional.empty();
    Optional<String> slug = written.get().slug();
    if (slug.isPresent() && slug.get().isEmpty()) {
      r.error(node.get(), "goal is empty; name a goal" + validGoals(": "));
      return Optional.empty();
    }
    if (slug.isPresent() && slugs.contains(slug.get())) return slug;
    String hint =
        KeySuggester.closest(written.get().name(), slugs)
            .map(s -> "; did you mean '" + new Written(s, written.get().link()).shown() + "'?")
            .orElse("");
    r.error(
        node.get(),
        "goal: unknown goal '"
            + written.get().shown()
            + "'"
            + (slugs.isEmpty()
                ? "; no goals are defined yet (add content/goals/<slug>.md)"
                : validGoals("; valid goals: "))
            + hint);
    return Optional.empty();
  }

  private Optional<Written> written(FieldReader r, Node node) {
    Optional<String> link = unquotedLink(node);
    if (link.isPresent()) return Optional.of(new Written(link.get().strip(), true));
    if (node instanceof SequenceNode) {
      r.error(
          node,
          "goal: expected a goal's slug or a wiki link such as [[guitar]], not "
              + FieldReader.describe(node));
      return Optional.empty();
    }
    Optional<ScalarNode> scalar = r.scalar(node, "goal", "a goal's slug or a wiki link");
    if (scalar.isEmpty()) {
      if (FieldReader.isNull(node)) {
        r.error(node, "goal is empty; name a goal" + validGoals(": "));
      }
      return Optional.empty();
    }
    String text = scalar.get().getValue().strip();
    if (text.isEmpty()) {
      r.error(node, "goal is empty; name a goal" + validGoals(": "));
      return Optional.empty();
    }
    boolean isLink = text.startsWith("[[") && text.endsWith("]]") && text.length() >= 4;
    return Optional.of(
        isLink
            ? new Written(text.substring(2, text.length() - 2).strip(), true)
            : new Written(text, false));
  }

  /** The text of {@code [[...]]} written without quotes: a list of one list of one value. */
  private static Optional<String> unquotedLink(Node node) {
    if (!(node instanceof SequenceNode outer) || outer.getValue().size() != 1) {
      return Optional.empty();
    }
    if (!(outer.getValue().get(0) instanceof SequenceNode inner)) return Optional.empty();
    List<Node> items = inner.getValue();
    if (items.isEmpty()) return Optional.of("");
    if (items.size() != 1 || !(items.get(0) instanceof ScalarNode scalar)) return Optional.empty();
    return Optional.of(FieldReader.isNull(scalar) ? "" : scalar.getValue());
  }

  private String validGoals(String prefix) {
    return slugs.isEmpty() ? "" : prefix + String.join(", ", slugs);
  }
}
