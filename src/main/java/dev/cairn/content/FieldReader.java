package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.SourcePosition;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads typed fields from the nodes of one {@link YamlDocument}. Every value keeps its node's
 * position; every problem is added to the shared diagnostics list and the field is treated as
 * missing. An empty plain value ({@code key:}, {@code ~} or {@code null}) means "not given".
 */
final class FieldReader {
  private final YamlDocument doc;
  private final List<Diagnostic> sink;

  FieldReader(YamlDocument doc, List<Diagnostic> sink) {
    this.doc = doc;
    this.sink = sink;
  }

  SourcePosition position(Node node) {
    return node == null ? doc.origin() : doc.position(node);
  }

  void error(Node at, String message) {
    sink.add(Diagnostic.error(position(at), message));
  }

  void warning(Node at, String message) {
    sink.add(Diagnostic.warning(position(at), message));
  }

  void note(Node at, String message) {
    sink.add(Diagnostic.note(position(at), message));
  }

  void hint(Node at, String message) {
    sink.add(Diagnostic.hint(position(at), message));
  }

  /** Whether a node is an unquoted empty value, {@code ~} or {@code null}. */
  static boolean isNull(Node node) {
    if (!(node instanceof ScalarNode scalar) || scalar.getScalarStyle() != ScalarStyle.PLAIN) {
      return false;
    }
    return switch (scalar.getValue()) {
      case "", "~", "null", "Null", "NULL" -> true;
      default -> false;
    };
  }

  /** The top-level mapping; an empty document gives no fields. */
  Optional<Fields> root(String what) {
    if (doc.root().isEmpty() || isNull(doc.root().get())) return Optional.of(Fields.empty());
    Node root = doc.root().get();
    if (!(root instanceof MappingNode)) {
      error(root, what + " must be key: value lines, not " + describe(root));
      return Optional.empty();
    }
    return fields(root, what);
  }

  /**
   * A nested mapping; a null value gives empty fields. Bad and repeated keys are reported and left
   * out, so the rest of the mapping is still checked.
   */
  Optional<Fields> fields(Node node, String field) {
    if (isNull(node)) return Optional.of(Fields.empty());
    if (!(node instanceof MappingNode mapping)) {
      error(node, field + ": expected key: value pairs, not " + describe(node));
      return Optional.empty();
    }
    Map<String, Fields.Entry> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (keyNode.getTag().equals(Tag.MERGE)) {
        error(keyNode, "YAML merge keys (<<) are not supported; write the keys out");
        continue;
      }
      if (!(keyNode instanceof ScalarNode key) || isNull(keyNode)) {
        error(keyNode, "keys must be plain text, not " + describe(keyNode));
        continue;
      }
      Fields.Entry first = entries.get(key.getValue());
      if (first != null) {
        error(
            key,
            "duplicate key '"
                + key.getValue()
                + "' (first given on line "
                + position(first.key()).line()
                + ")");
        continue;
      }
      entries.put(key.getValue(), new Fields.Entry(key, tuple.getValueNode()));
    }
    return Optional.of(new Fields(Optional.of(node), entries));
  }

  /** A sequence's items; a null value gives an empty list. */
  Optional<List<Node>> list(Node node, String field) {
    if (isNull(node)) return Optional.of(List.of());
    if (!(node instanceof SequenceNode sequence)) {
      error(node, field + ": expected a list, not " + describe(node));
      return Optional.empty();
    }
    return Optional.of(List.copyOf(sequence.getValue()));
  }

  Optional<ScalarNode> scalar(Node node, String field, String expected) {
    if (isNull(node)) return Optional.empty();
    if (!(node instanceof ScalarNode scalar)) {
      error(node, field + ": expected " + expected + ", not " + describe(node));
      return Optional.empty();
    }
    return Optional.of(scalar);
  }

  /** Text exactly as written ({@code no} is the text "no"); blank text counts as not given. */
  Optional<String> text(Node node, String field) {
    return scalar(node, field, "text").map(ScalarNode::getValue).filter(s -> !s.isBlank());
  }

  Optional<LocalDate> date(Node node, String field) {
    return typed(node, field, "a date YYYY-MM-DD", s -> ScalarParser.date(s.getValue()));
  }

  Optional<Boolean> bool(Node node, String field) {
    return typed(node, field, "true or false", s -> ScalarParser.bool(s.getValue(), isPlain(s)));
  }

  OptionalDouble number(Node node, String field) {
    Optional<Double> value =
        typed(node, field, "a number", s -> ScalarParser.number(s.getValue(), isPlain(s)));
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  OptionalInt wholeNumber(Node node, String field, int min) {
    Optional<Integer> value =
        typed(
            node,
            field,
            "a whole number",
            s -> ScalarParser.wholeNumber(s.getValue(), isPlain(s), min));
    return value.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  /** One of an enum's constants, written in lower case. */
  <E extends Enum<E>> Optional<E> choice(Node node, String field, E[] values) {
    Optional<String> text = text(node, field);
    if (text.isEmpty()) return Optional.empty();
    for (E value : values) {
      if (value.name().toLowerCase(Locale.ROOT).equals(text.get().strip())) {
        return Optional.of(value);
      }
    }
    List<String> names = Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    error(
        node,
        field + ": " + ScalarParser.quote(text.get()) + " is not valid; use " + orList(names));
    return Optional.empty();
  }

  private <T> Optional<T> typed(
      Node node,
      String field,
      String expected,
      Function<ScalarNode, ScalarParser.Parsed<T>> parse) {
    Optional<ScalarNode> scalar = scalar(node, field, expected);
    if (scalar.isEmpty()) return Optional.empty();
    ScalarParser.Parsed<T> parsed = parse.apply(scalar.get());
    if (!parsed.isOk()) {
      error(node, field + ": " + parsed.problem());
      return Optional.empty();
    }
    return Optional.of(parsed.value());
  }

  /** Reports each key not in {@code known} as a hint, with a suggestion when one is close. */
  List<Fields.Entry> unknownKeys(Fields fields, Collection<String> known, String consequence) {
    List<Fields.Entry> unknown = new ArrayList<>();
    for (Fields.Entry entry : fields.entries().values()) {
      String key = entry.key().getValue();
      if (known.contains(key)) continue;
      unknown.add(entry);
      String suggestion =
          KeySuggester.closest(key, known).map(k -> "; did you mean '" + k + "'?").orElse("");
      hint(entry.key(), "unknown key '" + key + "' " + consequence + suggestion);
    }
    return unknown;
  }

  /**
   * The node as plain Java values for templates: text as written (empty values as ""), lists and
   * maps unmodifiable. Empty after an error (a recursive alias, a bad key).
   */
  Optional<Object> plain(Node node, String field) {
    return plain(node, field, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private Optional<Object> plain(Node node, String field, Set<Node> open) {
    if (node instanceof ScalarNode scalar)
      return Optional.of(isNull(scalar) ? "" : scalar.getValue());
    if (!open.add(node)) {
      error(node, field + ": a recursive alias is not allowed here");
      return Optional.empty();
    }
    try {
      if (node instanceof SequenceNode sequence) {
        List<Object> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
          Optional<Object> value = plain(item, field, open);
          if (value.isEmpty()) return Optional.empty();
          items.add(value.get());
        }
        return Optional.of(List.copyOf(items));
      }
      Optional<Fields> fields = fields(node, field);
      if (fields.isEmpty()) return Optional.empty();
      Map<String, Object> map = new LinkedHashMap<>();
      for (Fields.Entry entry : fields.get().entries().values()) {
        Optional<Object> value = plain(entry.value(), field + "." + entry.key().getValue(), open);
        if (value.isEmpty()) return Optional.empty();
        map.put(entry.key().getValue(), value.get());
      }
      return Optional.of(Collections.unmodifiableMap(map));
    } finally {
      open.remove(node);
    }
  }

  static boolean isPlain(ScalarNode scalar) {
    return scalar.getScalarStyle() == ScalarStyle.PLAIN;
  }

  static String describe(Node node) {
    if (node instanceof SequenceNode) return "a list";
    if (node instanceof MappingNode) return "key: value pairs";
    if (isNull(node)) return "an empty value";
    return node instanceof ScalarNode scalar ? ScalarParser.quote(scalar.getValue()) : "a value";
  }

  /** "a, b or c". */
  static String orList(List<String> items) {
    if (items.size() <= 1) return String.join("", items);
    return items.subList(0, items.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + items.get(items.size() - 1);
  }
}
