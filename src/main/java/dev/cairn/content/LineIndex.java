package dev.cairn.content;

import java.util.Arrays;

/**
 * Maps code-point offsets of a text to 1-based lines and columns. A line ends at {@code \n}, at
 * {@code \r\n} or at a lone {@code \r}, the same rule the front-matter splitter and the UTF-8
 * decoder use, so every position in a file is counted one way.
 */
final class LineIndex {
  private final int[] lineStarts;
  private final int length;

  private LineIndex(int[] lineStarts, int length) {
    this.lineStarts = lineStarts;
    this.length = length;
  }

  static LineIndex of(CharSequence text) {
    int[] starts = new int[16];
    int count = 1;
    int cp = 0;
    for (int i = 0; i < text.length(); cp++) {
      char c = text.charAt(i);
      boolean lineBreak = false;
      if (c == '\n') {
        lineBreak = true;
        i++;
      } else if (c == '\r') {
        lineBreak = true;
        i++;
        if (i < text.length() && text.charAt(i) == '\n') {
          i++;
          cp++;
        }
      } else {
        i += Character.charCount(Character.codePointAt(text, i));
      }
      if (lineBreak) {
        if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
        starts[count++] = cp + 1;
      }
    }
    return new LineIndex(Arrays.copyOf(starts, count), cp);
  }

  /** 1-based line of a code-point offset (offsets past the end fall on the last line). */
  int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, length)));
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** 1-based column (in code points) of a code-point offset. */
  int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    return clamped - lineStarts[line(clamped) - 1] + 1;
  }
}
