package dev.cairn.site;

/** Writing the new site failed (disk full, permissions); the previous site is untouched. */
public final class SiteWriteFailed extends Exception {
  public SiteWriteFailed(String message, Throwable cause) {
    super(message, cause);
  }
}
