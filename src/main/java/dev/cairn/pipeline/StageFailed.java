package dev.cairn.pipeline;

/**
 * A stage of the pipeline could not finish for a reason outside the content (an unreadable theme
 * file, a missing built-in resource): the message names the stage, e.g. {@code templates: …}.
 */
public final class StageFailed extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StageFailed(String stage, String message, Throwable cause) {
    super(stage + ": " + message, cause);
  }
}
