package dev.cairn.content;

/**
 * Splits a Markdown file into YAML front matter and body. The first line must be {@code ---}
 * (trailing blanks tolerated); the front matter ends at the next line that is exactly {@code ---}.
 * Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, mixed freely.
 */
final class FrontMatterSplitter {

  /** What the splitter found. */
  sealed interface Split permits Present, Absent, Unclosed {}

  /**
   * Front matter found: {@code yaml} is the text between the fence lines with its line endings
   * kept, starting on 1-based line {@code yamlLine} of the file; {@code body} is everything after
   * the closing line.
   */
  record Present(String yaml, int yamlLine, String body) implements Split {}

  /** The file does not start with a {@code ---} line. */
  record Absent() implements Split {}

  /** The opening {@code ---} on line 1 has no closing line. */
  record Unclosed() implements Split {}

  private FrontMatterSplitter() {}

  static Split split(String text) {
    int firstEnd = lineEnd(text, 0);
    if (!isFence(text, 0, firstEnd)) return new Absent();
    int yamlStart = afterBreak(text, firstEnd);
    if (yamlStart == firstEnd) return new Unclosed();
    int start = yamlStart;
    while (start < text.length()) {
      int end = lineEnd(text, start);
      if (isFence(text, start, end)) {
        return new Present(
            text.substring(yamlStart, start), 2, text.substring(afterBreak(text, end)));
      }
      if (end == text.length()) break;
      start = afterBreak(text, end);
    }
    return new Unclosed();
  }

  private static int lineEnd(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') return i;
    }
    return text.length();
  }

  private static int afterBreak(String text, int lineEnd) {
    if (lineEnd >= text.length()) return lineEnd;
    if (text.charAt(lineEnd) == '\r'
        && lineEnd + 1 < text.length()
        && text.charAt(lineEnd + 1) == '\n') {
      return lineEnd + 2;
    }
    return lineEnd + 1;
  }

  private static boolean isFence(String text, int start, int end) {
    int e = end;
    while (e > start && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) e--;
    return e - start == 3 && text.startsWith("---", start);
  }
}
