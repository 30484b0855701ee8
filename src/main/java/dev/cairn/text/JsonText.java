package dev.cairn.text;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Encodes a tree of maps (key order kept), lists, strings, numbers, booleans, dates and nulls as
 * JSON, pretty-printed with a 2-space indent and a final newline.
 *
 * <p>Strings escape {@code <}, {@code >}, {@code &}, U+2028, U+2029, control characters and lone
 * surrogates as {@code \}{@code uXXXX}, so the text is safe inside HTML {@code <script>} too.
 */
public final class JsonText {

  private static final String INDENT = "  ";

  private JsonText() {}

  /** Already encoded JSON, written as it is: a part kept from an earlier encoding. */
  public record Raw(String json) {}

  public static String encode(Object value) {
    return part(value, 0).json() + "\n";
  }

  /** {@code value} encoded to stand at nesting {@code depth} of a larger document. */
  public static Raw part(Object value, int depth) {
    StringBuilder out = new StringBuilder();
    write(out, value, depth);
    return new Raw(out.toString());
  }

  private static void write(StringBuilder out, Object value, int depth) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Raw raw) {
      out.append(raw.json());
    } else if (value instanceof String s) {
      string(out, s);
    } else if (value instanceof LocalDate d) {
      string(out, d.toString());
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Double d) {
      out.append(UnroundedNumbers.format(d).orElse("null"));
    } else if (value instanceof Integer || value instanceof Long) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      object(out, map, depth);
    } else if (value instanceof List<?> list) {
      array(out, list, depth);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void object(StringBuilder out, Map<?, ?> map, int depth) {
    if (map.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> e : map.entrySet()) {
      out.append(separator);
      indent(out, depth + 1);
      string(out, (String) e.getKey());
      out.append(": ");
      write(out, e.getValue(), depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(out, depth);
    out.append('}');
  }

  private static void array(StringBuilder out, List<?> list, int depth) {
    if (list.isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    String separator = "\n";
    for (Object item : list) {
      out.append(separator);
      indent(out, depth + 1);
      write(out, item, depth + 1);
      separator = ",\n";
    }
    out.append('\n');
    indent(out, depth);
    out.append(']');
  }

  private static void indent(StringBuilder out, int depth) {
    out.append(INDENT.repeat(depth));
  }

  /** Appends {@code s} as a JSON string, safe to embed in HTML too. */
  public static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20
              || c == 0x7f
              || c == '<'
              || c == '>'
              || c == '&'
              || c == '\u2028'
              || c == '\u2029') {
            unicodeEscape(out, c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicodeEscape(out, c); // a lone surrogate has no UTF-8 form
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void unicodeEscape(StringBuilder out, char c) {
    out.append(String.format("\\u%04x", (int) c));
  }
}
