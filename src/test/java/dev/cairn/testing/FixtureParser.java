package dev.cairn.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of the {@code -- path --} fixture format, as in Hugo's integration tests: a line
 * {@code -- path --} starts a file, whose text is everything up to the next such line or the end,
 * exactly as written. Text before the first header belongs to no file.
 *
 * <p>A header {@code -- path -- escaped} starts a file whose lines are joined with nothing and
 * whose only line breaks and special bytes are the escapes {@code \n \r \t \\ \xHH}: for byte order
 * marks, CRLF and broken UTF-8.
 */
public final class FixtureParser {

  private static final String ESCAPED = " -- escaped";

  private FixtureParser() {}

  /** One file of a fixture: its path, relative to the fixture's root, and its text as written. */
  public record Section(String path, String text, boolean escaped) {

    /** The file's content: the text in UTF-8, or for an escaped section the bytes it spells. */
    public byte[] bytes() {
      return escaped ? unescape(text.replace("\n", "")) : text.getBytes(StandardCharsets.UTF_8);
    }

    /** The same file with its trailing blank lines dropped: an all-blank text becomes empty. */
    public Section withoutTrailingBlankLines() {
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
        lines.remove(lines.size() - 1);
      }
      return new Section(path, lines.isEmpty() ? "" : String.join("\n", lines) + "\n", escaped);
    }
  }

  /** Whether a line (without its line break) starts a file. */
  public static boolean isHeader(String line) {
    return line.startsWith("-- ")
        && (line.endsWith(ESCAPED) ? line.length() > ESCAPED.length() + 3 : line.endsWith(" --"))
        && !path(line).isEmpty();
  }

  /** The files of a fixture, in the order written. */
  public static List<Section> parse(String fixture) {
    List<Section> sections = new ArrayList<>();
    String header = null;
    int bodyStart = 0;
    int lineStart = 0;
    while (lineStart <= fixture.length()) {
      int newline = fixture.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? fixture.length() : newline;
      String line = fixture.substring(lineStart, lineEnd);
      if (isHeader(line)) {
        if (header != null) sections.add(section(header, fixture.substring(bodyStart, lineStart)));
        header = line;
        bodyStart = newline < 0 ? fixture.length() : newline + 1;
      }
      if (newline < 0) break;
      lineStart = newline + 1;
    }
    if (header != null) sections.add(section(header, fixture.substring(bodyStart)));
    return sections;
  }

  private static Section section(String header, String text) {
    return new Section(path(header), text, header.endsWith(ESCAPED));
  }

  private static String path(String header) {
    int end = header.endsWith(ESCAPED) ? header.length() - ESCAPED.length() : header.length() - 3;
    return end <= 3 ? "" : header.substring(3, end).strip();
  }

  private static byte[] unescape(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        int cp = s.codePointAt(i);
        out.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp) - 1;
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> out.write('\n');
        case 'r' -> out.write('\r');
        case 't' -> out.write('\t');
        case '\\' -> out.write('\\');
        case 'x' -> {
          out.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
          i += 2;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + n);
      }
    }
    return out.toByteArray();
  }
}
