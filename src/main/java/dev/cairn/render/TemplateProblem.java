package dev.cairn.render;

import dev.cairn.model.SourcePosition;

/** A template that failed to parse or render, with its position in the template file. */
public final class TemplateProblem extends Exception {

  private final SourcePosition position;

  public TemplateProblem(SourcePosition position, String message, Throwable cause) {
    super(message, cause);
    this.position = position;
  }

  public SourcePosition position() {
    return position;
  }
}
