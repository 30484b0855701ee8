package dev.cairn.importer;

/**
 * An import that cannot start or finish for a reason outside the export's rows: the path is not an
 * export, an option names nothing, or a file cannot be written. The message is for the user.
 */
public final class ImportFailed extends Exception {
  private static final long serialVersionUID = 1L;

  public ImportFailed(String message) {
    super(message);
  }

  public ImportFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
