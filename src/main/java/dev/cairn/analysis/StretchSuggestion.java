package dev.cairn.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * What a goal on a plateau should try: the next challenge level by name, or, past the last level,
 * raising the bar beyond {@code lastLevel}. Pages and the data export put it into words.
 */
public record StretchSuggestion(Optional<String> nextLevel, String lastLevel) {

  public StretchSuggestion {
    Objects.requireNonNull(nextLevel);
    Objects.requireNonNull(lastLevel);
  }
}
