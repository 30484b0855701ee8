package dev.cairn.cli;

import dev.cairn.model.Diagnostic;
import dev.cairn.text.JsonText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Prints diagnostics for editors as one JSON object, {@code {"errors":[{"path","line","column",
 * "severity","message"}…],"ok":bool}}, with the same selection and sorting as the text output.
 */
final class DiagnosticJsonWriter {

  private DiagnosticJsonWriter() {}

  /**
   * Prints errors and warnings (hints and notes only when {@code strict}). Returns the number of
   * errors.
   */
  static int print(List<Diagnostic> diagnostics, boolean strict, PrintWriter out) {
    StringBuilder b = new StringBuilder("{\"errors\":[");
    int errors = 0;
    String separator = "\n  ";
    for (Diagnostic d : diagnostics.stream().sorted().toList()) {
      if (!strict && !d.isError() && d.severity() != Diagnostic.Severity.WARNING) continue;
      if (d.isError() || (strict && d.failsStrictCheck())) errors++;
      b.append(separator).append("{\"path\":");
      JsonText.string(b, d.position().path());
      b.append(",\"line\":")
          .append(d.position().line())
          .append(",\"column\":")
          .append(d.position().column())
          .append(",\"severity\":");
      JsonText.string(b, d.severity().name().toLowerCase(Locale.ROOT));
      b.append(",\"message\":");
      JsonText.string(b, d.message());
      b.append('}');
      separator = ",\n  ";
    }
    b.append(separator.equals("\n  ") ? "" : "\n")
        .append("],\"ok\":")
        .append(errors == 0)
        .append('}');
    out.println(b);
    out.flush();
    return errors;
  }
}
