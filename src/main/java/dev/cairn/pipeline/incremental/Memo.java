package dev.cairn.pipeline.incremental;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the previous build of a long-running process (the dev server) computed, per key, with the
 * inputs it was computed from. While the inputs are the same, {@link #get} returns the same
 * instance as last time. Stages compare with {@link Objects#equals}, which tests identity first, so
 * an unchanged goal or log passes through analysis, charts and pages at the cost of a few reference
 * comparisons, and only what an edit touched is computed again.
 */
final class Memo<K, V> {

  private static final class Entry<V> {
    final List<?> inputs;
    final V value;
    volatile long usedIn;

    Entry(List<?> inputs, V value, long usedIn) {
      this.inputs = inputs;
      this.value = value;
      this.usedIn = usedIn;
    }
  }

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private volatile long build;

  /**
   * The value kept for {@code key} if it was computed from inputs equal to {@code inputs},
   * otherwise {@code compute}'s result, kept for next time. Keys must be unique within a build.
   */
  V get(K key, List<?> inputs, Supplier<V> compute) {
    Entry<V> e = entries.get(key);
    if (e != null && sameInputs(e.inputs, inputs)) {
      e.usedIn = build;
      return e.value;
    }
    V value = compute.get();
    entries.put(key, new Entry<>(inputs, value, build));
    return value;
  }

  /** Forgets the keys not asked for since the last call: what a build no longer has. */
  void forgetUnused() {
    long current = build;
    entries.values().removeIf(e -> e.usedIn != current);
    build = current + 1;
  }

  void clear() {
    entries.clear();
  }

  private static boolean sameInputs(List<?> kept, List<?> now) {
    if (kept.size() != now.size()) return false;
    for (int i = 0; i < kept.size(); i++) {
      if (!Objects.equals(kept.get(i), now.get(i))) return false;
    }
    return true;
  }
}
