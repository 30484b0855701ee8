package dev.cairn.model;

/** One problem found in the content, printed as {@code path:line:column: message}. */
public record Diagnostic(Severity severity, SourcePosition position, String message)
    implements Comparable<Diagnostic> {

  /**
   * ERROR fails the build; WARNING is printed; HINT (e.g. an unknown front-matter key) is printed
   * only by {@code check --strict}, which treats warnings and hints as errors.
   */
  public enum Severity {
    ERROR,
    WARNING,
    HINT
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

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The line a user sees: warnings carry a "warning: " prefix before the message. */
  public String format() {
    return position + ": " + (isError() ? "" : "warning: ") + message;
  }

  @Override
  public int compareTo(Diagnostic o) {
    int c = position.compareTo(o.position);
    return c != 0 ? c : message.compareTo(o.message);
  }
}
