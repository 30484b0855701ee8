package dev.cairn.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The keys of one YAML mapping in written order, each with its key and value node, duplicates
 * already rejected. {@code node} is empty for an empty document.
 */
record Fields(Optional<Node> node, Map<String, Entry> entries) {

  /** One {@code key: value} pair. */
  record Entry(ScalarNode key, Node value) {}

  Fields {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  static Fields empty() {
    return new Fields(Optional.empty(), Map.of());
  }

  Optional<Node> find(String key) {
    return Optional.ofNullable(entries.get(key)).map(Entry::value);
  }
}
