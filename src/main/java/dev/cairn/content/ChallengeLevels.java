package dev.cairn.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A goal's {@code challenge: levels:}, each named once; every problem goes to the reader's sink.
 */
final class ChallengeLevels {

  private ChallengeLevels() {}

  static List<String> read(FieldReader r, Node challenge) {
    if (challenge instanceof SequenceNode) {
      r.error(
          challenge,
          "challenge: put the levels under `levels:`, e.g. `challenge: { levels: [easy, hard] }`");
      return List.of();
    }
    Optional<Fields> fields = r.fields(challenge, "challenge");
    if (fields.isEmpty()) return List.of();
    r.unknownKeys(fields.get(), GoalReader.CHALLENGE_KEYS, "is ignored");
    Optional<List<Node>> items =
        fields.get().find("levels").flatMap(n -> r.list(n, "challenge levels"));
    if (items.isEmpty()) return List.of();
    List<String> levels = new ArrayList<>();
    Map<String, Node> seen = new HashMap<>();
    int number = 0;
    for (Node item : items.get()) {
      number++;
      Optional<String> level = r.text(item, "challenge level " + number);
      if (level.isEmpty()) {
        if (item instanceof ScalarNode) {
          r.error(item, "challenge level " + number + " is empty; give it a name");
        }
        continue;
      }
      String name = level.get().strip();
      Node first = seen.putIfAbsent(name, item);
      if (first != null) {
        r.error(
            item,
            "challenge level '"
                + name
                + "' is listed twice (first on line "
                + r.position(first).line()
                + ")");
        continue;
      }
      levels.add(name);
    }
    return levels;
  }
}
