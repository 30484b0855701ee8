package dev.cairn.pipeline;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Runs the stages of a build one after the other: measures each one's wall time and names the stage
 * in any failure that escapes it.
 */
final class StageClock {

  private final Map<String, Long> laps = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** Runs {@code stage}; a failure comes out as a {@link StageFailed} naming it. */
  <T> T run(String stage, Supplier<T> work) {
    try {
      T result = work.get();
      lap(stage);
      return result;
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new StageFailed(stage, e.getMessage(), e);
    }
  }

  void lap(String stage) {
    long now = System.nanoTime();
    laps.put(stage, (now - last) / 1_000_000);
    last = now;
  }

  Map<String, Long> laps() {
    return laps;
  }
}
