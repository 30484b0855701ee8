package dev.cairn.importer;

/**
 * An import that cannot start or finish for a reason outside the export's rows: the path is not an
 * export, an option names nothing, or a file cannot be written. The message is for the user.
 */
public final class ImportFailed extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean usage;

  /** The export cannot be read as a whole, or a file cannot be written (exit code 1). */
  public ImportFailed(String message) {
    this(message, null, false);
  }

  public ImportFailed(String message, Throwable cause) {
    this(message, cause, false);
  }

  private ImportFailed(String message, Throwable cause, boolean usage) {
    super(message, cause);
    this.usage = usage;
  }

  /** The command line names nothing there is: a path, a habit, a type, a goal (exit code 2). */
  public static ImportFailed usage(String message) {
    return new ImportFailed(message, null, true);
  }

  public boolean isUsage() {
    return usage;
  }
}
