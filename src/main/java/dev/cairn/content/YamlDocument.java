package dev.cairn.content;

import dev.cairn.model.SourcePosition;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A composed YAML node tree of one file and the way back from SnakeYAML's 0-based marks to 1-based
 * file positions ({@code firstLine} is the file line the YAML text starts on).
 */
record YamlDocument(String path, int firstLine, LineIndex lines, Optional<Node> root) {

  /** Where problems with the file as a whole are reported. */
  SourcePosition origin() {
    return SourcePosition.startOf(path);
  }

  SourcePosition position(Node node) {
    return position(node.getStartMark());
  }

  SourcePosition position(Mark mark) {
    return mark == null ? origin() : positionOfOffset(mark.getIndex());
  }

  /** Position of a code-point offset into the YAML text. */
  SourcePosition positionOfOffset(int offset) {
    return new SourcePosition(path, firstLine - 1 + lines.line(offset), lines.column(offset));
  }
}
