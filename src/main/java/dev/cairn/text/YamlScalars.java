package dev.cairn.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes strings as YAML scalars for the files Cairn writes ({@code cairn new}, {@code cairn
 * import}): plain where a plain scalar reads back as the same string, else double-quoted with every
 * character that needs it escaped, so that any text round-trips through the loader unchanged.
 */
public final class YamlScalars {

  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z][A-Za-z0-9 _.-]*[A-Za-z0-9_.]|[A-Za-z]");
  private static final Pattern SPECIAL_WORD =
      Pattern.compile("(?i)(yes|no|on|off|true|false|null|y|n|~)");

  private YamlScalars() {}

  /** The string as a YAML scalar: {@code Meditate} stays plain, {@code "a: b"} is quoted. */
  public static String string(String s) {
    if (PLAIN.matcher(s).matches() && !SPECIAL_WORD.matcher(s).matches() && !s.contains("  ")) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                  boolean control =
                      cp < 0x20
                          || (cp >= 0x7F && cp <= 0x9F)
                          || cp == 0x2028
                          || cp == 0x2029
                          || cp == 0xFEFF
                          || (cp >= 0xD800 && cp <= 0xDFFF);
                  if (control) {
                    b.append(String.format(Locale.ROOT, "\\u%04X", cp));
                  } else {
                    b.appendCodePoint(cp);
                  }
                }
              }
            });
    return b.append('"').toString();
  }
}
