package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.SourcePosition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Looks up a field of one note as a number: first in the front matter (a dotted path into nested
 * maps), then in Dataview inline fields ({@code key:: value}, {@code [key:: value]}, {@code (key::
 * value)}), then in Obsidian Tracker tags ({@code #key:value}); a unit suffix such as {@code kg} is
 * dropped.
 */
final class NoteFields {
  private static final Pattern LINE_FIELD =
      Pattern.compile(
          "(?m)^[ \\t]*(?:[-*+][ \\t]+|>[ \\t]*)?([^\\[\\]()\\n:`#][^\\[\\]()\\n:`]*?)::[ \\t]*(.*)$");
  private static final Pattern BRACKET_FIELD =
      Pattern.compile("[\\[(]([^\\[\\]()\\n:]+?)::[ \\t]*([^\\[\\]()\\n]*)[\\])]");
  private static final Pattern TAG =
      Pattern.compile(
          "(?<![^\\s(\\[])#([\\p{L}\\p{N}_/-]+):([+-]?[0-9]+(?:\\.[0-9]+)?)([\\p{L}%°/]*)(?![\\p{N}.])");
  private static final Pattern NUMBER_WITH_UNIT =
      Pattern.compile("([+-]?[0-9]+(?:\\.[0-9]+)?)[ \\t]*[\\p{L}%°/]*");

  private final String path;
  private final Optional<Node> frontMatter;
  private final List<Diagnostic> sink;
  private final Map<String, String> inline = new LinkedHashMap<>();
  private final Map<String, String> tags = new LinkedHashMap<>();

  NoteFields(String path, Optional<Node> frontMatter, String body, List<Diagnostic> sink) {
    this.path = path;
    this.frontMatter = frontMatter;
    this.sink = sink;
    Matcher line = LINE_FIELD.matcher(body);
    while (line.find()) inline.putIfAbsent(key(line.group(1)), line.group(2).strip());
    Matcher bracket = BRACKET_FIELD.matcher(body);
    while (bracket.find()) inline.putIfAbsent(key(bracket.group(1)), bracket.group(2).strip());
    Matcher tag = TAG.matcher(body);
    while (tag.find()) tags.putIfAbsent(key(tag.group(1)), tag.group(2));
  }

  /** The field's number, if the note has the field; a field that is not a number is warned of. */
  Optional<Double> value(String field) {
    Optional<String> fromFrontMatter = frontMatter.flatMap(root -> lookUp(root, field));
    if (fromFrontMatter.isPresent()) return number(field, fromFrontMatter.get());
    String k = key(field);
    if (inline.containsKey(k)) return number(field, inline.get(k));
    if (tags.containsKey(k)) return number(field, tags.get(k));
    return Optional.empty();
  }

  private Optional<Double> number(String field, String text) {
    Matcher m = NUMBER_WITH_UNIT.matcher(text.strip());
    if (m.matches()) {
      double v = Double.parseDouble(m.group(1));
      if (Double.isFinite(v)) return Optional.of(v == 0 ? 0.0 : v);
    }
    if (!text.isBlank()) {
      sink.add(
          Diagnostic.warning(
              SourcePosition.startOf(path),
              "field '" + field + "' is not a number, so it is left out of the log"));
    }
    return Optional.empty();
  }

  private static Optional<String> lookUp(Node root, String dottedPath) {
    Node node = root;
    for (String part : dottedPath.split("\\.", -1)) {
      if (!(node instanceof MappingNode mapping)) return Optional.empty();
      Node next = null;
      for (NodeTuple t : mapping.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(part)) {
          next = t.getValueNode();
          break;
        }
      }
      if (next == null) return Optional.empty();
      node = next;
    }
    return node instanceof ScalarNode s && !FieldReader.isNull(s)
        ? Optional.of(s.getValue())
        : Optional.empty();
  }

  /** Dataview's key rule: case does not matter, and spaces read as '-'. */
  private static String key(String raw) {
    return raw.strip().replace("*", "").toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
  }
}
