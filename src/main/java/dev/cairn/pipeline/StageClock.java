package dev.cairn.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Measures the wall time of consecutive pipeline stages. */
final class StageClock {

  private final Map<String, Long> laps = new LinkedHashMap<>();
  private long last = System.nanoTime();

  void lap(String stage) {
    long now = System.nanoTime();
    laps.put(stage, (now - last) / 1_000_000);
    last = now;
  }

  Map<String, Long> laps() {
    return laps;
  }
}
