package dev.cairn.model;

/** One problem found in the content, printed as {@code path:line:column: message}. */
public record Diagnostic(Severity severity, SourcePosition position, String message)
    implements Comparable<Diagnostic> {

  /**
   * ERROR fails the build; WARNING is printed; HINT (e.g. an unknown front-matter key) is printed
   * only by {@code check --strict}, which treats warnings and hints as errors; NOTE (advice on the
   * tracking budget) is printed only by {@code check --strict} and never fails anything.
   */
  public enum Severity {
    ERROR,
    WARNING,
    HINT,
    NOTE
  }

  public static Diagnostic error(SourcePosition at, String message) {
    return new Diagnostic(Severity.ERROR, at, message);
  }

  public static Diagnostic warning(SourcePosition at, String message) {
    return new Diagnostic(Severity.WARNING, at, message);
  }

  public static Diagnostic hint(SourcePosition at, String message) {
    return new Diagnostic(Severity.HINT, at, message);
  }

  public static Diagnostic note(SourcePosition at, String message) {
    return new Diagnostic(Severity.NOTE, at, message);
  }

  /** Whether {@code check --strict} counts it as an error: all but notes. */
  public boolean failsStrictCheck() {
    return severity != Severity.NOTE;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The line a user sees: warnings carry a "warning: " prefix, notes "hint: ". */
  public String format() {
    String prefix =
        switch (severity) {
          case ERROR -> "";
          case NOTE -> "hint: ";
          default -> "warning: ";
        };
    return position + ": " + prefix + message;
  }

  @Override
  public int compareTo(Diagnostic o) {
    int c = position.compareTo(o.position);
    return c != 0 ? c : message.compareTo(o.message);
  }
}
