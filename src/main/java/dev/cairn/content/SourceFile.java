package dev.cairn.content;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * A file found in the portfolio: its '/'-separated path relative to the portfolio folder, where to
 * read it, and its size and times if the search for files already read them.
 */
public record SourceFile(String path, Path file, Optional<BasicFileAttributes> attributes) {

  SourceFile(String path, Path file) {
    this(path, file, Optional.empty());
  }

  /** The file name without a {@code .md} ending. */
  String stem() {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
