package dev.cairn.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page of {@code docs/}, read for tests: its sections by heading, the keys of its
 * tables, and the code blocks marked with an HTML comment such as {@code <!-- file: PATH -->}.
 */
public final class DocFile {
  private static final Pattern MARKER = Pattern.compile("<!--\\s*(\\w+):\\s*(.+?)\\s*-->");
  private static final Pattern TABLE_KEY = Pattern.compile("^\\|\\s*`([^`]+)`\\s*\\|");

  private final String name;
  private final List<String> lines;

  private DocFile(String name, List<String> lines) {
    this.name = name;
    this.lines = lines;
  }

  /** {@code docs/<name>} of the repository the tests run in. */
  public static DocFile read(String name) {
    Path path = Path.of("docs", name);
    try {
      return new DocFile(path.toString(), Files.readAllLines(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public String text() {
    return String.join("\n", lines) + "\n";
  }

  /**
   * The lines under the first heading that starts with {@code heading} (e.g. {@code "###
   * Metrics"}), up to the next heading of any level.
   */
  public List<String> section(String heading) {
    int start = -1;
    boolean fenced = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) fenced = !fenced;
      if (fenced) continue;
      if (start < 0) {
        if (line.startsWith(heading)) start = i + 1;
      } else if (line.startsWith("#")) {
        return lines.subList(start, i);
      }
    }
    if (start < 0) throw new AssertionError(name + " has no heading starting with " + heading);
    return lines.subList(start, lines.size());
  }

  /** The first cell of every table row in {@code section} that is a single `code` span. */
  public static List<String> tableKeys(List<String> section) {
    List<String> keys = new ArrayList<>();
    for (String line : section) {
      Matcher m = TABLE_KEY.matcher(line);
      if (m.find()) keys.add(m.group(1));
    }
    return keys;
  }

  /**
   * The code blocks that directly follow a marker comment {@code <!-- kind: value -->}, by value,
   * in page order.
   */
  public Map<String, String> markedBlocks(String kind) {
    Map<String, String> blocks = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = MARKER.matcher(lines.get(i).strip());
      if (!m.matches() || !m.group(1).equals(kind)) continue;
      if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith("```")) {
        throw new AssertionError(
            name + ":" + (i + 1) + ": a code block must follow the marker " + lines.get(i));
      }
      StringBuilder body = new StringBuilder();
      int j = i + 2;
      for (; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
        body.append(lines.get(j)).append('\n');
      }
      if (j >= lines.size()) throw new AssertionError(name + ":" + (i + 2) + ": unclosed block");
      if (blocks.put(m.group(2), body.toString()) != null) {
        throw new AssertionError(name + ": two blocks marked " + kind + ": " + m.group(2));
      }
      i = j;
    }
    return blocks;
  }

  /** Writes each block to {@code root}/its path. */
  public static void writeFiles(Path root, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path target = root.resolve(f.getKey());
        Files.createDirectories(target.getParent());
        Files.writeString(target, f.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
