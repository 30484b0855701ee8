package dev.cairn.analysis;

import java.util.Optional;

/** Whether the challenge has stopped rising, with the next level to try (or "raise the bar"). */
public record Plateau(boolean plateau, Optional<StretchSuggestion> suggestion) {

  public static Plateau none() {
    return new Plateau(false, Optional.empty());
  }
}
