package dev.cairn.cli;

import dev.cairn.model.Diagnostic;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics as {@code path:line:column: message}, sorted by file, and a count. */
final class DiagnosticPrinter {

  private DiagnosticPrinter() {}

  /**
   * Prints errors and warnings; hints and notes only when {@code strict}, which counts all but
   * notes as errors. Returns the number of errors.
   */
  static int print(List<Diagnostic> diagnostics, boolean strict, PrintWriter err) {
    int errors = 0;
    int warnings = 0;
    for (Diagnostic d : diagnostics.stream().sorted().toList()) {
      boolean asError = d.isError() || (strict && d.failsStrictCheck());
      if (!strict && !d.isError() && d.severity() != Diagnostic.Severity.WARNING) continue;
      if (asError) {
        errors++;
        err.println(d.position() + ": " + d.message());
      } else if (d.severity() == Diagnostic.Severity.NOTE) {
        err.println(d.format());
      } else {
        warnings++;
        err.println(d.format());
      }
    }
    if (errors > 0) {
      err.println(
          errors
              + (errors == 1 ? " error" : " errors")
              + (warnings > 0 ? ", " + warnings + (warnings == 1 ? " warning" : " warnings") : ""));
    }
    err.flush();
    return errors;
  }
}
