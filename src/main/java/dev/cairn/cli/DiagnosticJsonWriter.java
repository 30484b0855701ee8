package dev.cairn.cli;

import dev.cairn.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints diagnostics for editors as one JSON object, {@code {"errors":[{"path","line","column",
 * "severity","message"}…],"ok":bool}}, with the same selection and sorting as the text output.
 */
final class DiagnosticJsonWriter {

  private DiagnosticJsonWriter() {}

  /** Prints errors and warnings (hints only when {@code strict}). Returns the number of errors. */
  static int print(List<Diagnostic> diagnostics, boolean strict, PrintWriter out) {
    StringBuilder b = new StringBuilder("{\"errors\":[");
    int errors = 0;
    String separator = "\n  ";
    for (Diagnostic d : diagnostics.stream().sorted().toList()) {
      if (d.severity() == Diagnostic.Severity.HINT && !strict) continue;
      if (d.isError() || strict) errors++;
      b.append(separator).append("{\"path\":");
      string(b, d.position().path());
      b.append(",\"line\":").append(d.position().line())
          .append(",\"column\":").append(d.position().column())
          .append(",\"severity\":");
      string(b, d.severity().name().toLowerCase(Locale.ROOT));
      b.append(",\"message\":");
      string(b, d.message());
      b.append('}');
      separator = ",\n  ";
    }
    b.append(separator.equals("\n  ") ? "" : "\n").append("],\"ok\":").append(errors == 0).append('}');
    out.println(b);
    out.flush();
    return errors;
  }

  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029'
              || (Character.isSurrogate(c) && !isPaired(s, i))) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static boolean isPaired(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
