package dev.cairn.model;

/** A place in a source file: path relative to the portfolio folder, 1-based line and column. */
public record SourcePosition(String path, int line, int column)
    implements Comparable<SourcePosition> {
  public SourcePosition {
    if (path == null || path.isEmpty()) throw new IllegalArgumentException("path is required");
    if (line < 1 || column < 1) throw new IllegalArgumentException("line and column are 1-based");
  }

  public static SourcePosition startOf(String path) {
    return new SourcePosition(path, 1, 1);
  }

  @Override
  public int compareTo(SourcePosition o) {
    int c = path.compareTo(o.path);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return path + ":" + line + ":" + column;
  }
}
