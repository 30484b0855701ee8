package dev.cairn.content;

import java.nio.file.Path;

/**
 * A file found in the portfolio: its '/'-separated path relative to the portfolio folder, and where
 * to read it.
 */
record SourceFile(String path, Path file) {

  /** The file name without a {@code .md} ending. */
  String stem() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
