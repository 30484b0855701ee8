package dev.cairn.serve;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The paths reported changed since they were last taken, or "not known" once any report could not
 * name them (lost events, a folder replaced). Not thread-safe: each owner guards its own.
 */
final class ChangedPaths {

  private final Set<Path> paths = new HashSet<>();
  private boolean unknown;

  /** {@code unknown}: whether nothing is known yet, as before the first build. */
  ChangedPaths(boolean unknown) {
    this.unknown = unknown;
  }

  void add(Path path) {
    paths.add(path);
  }

  /** Adds the paths of a report, or makes them unknown if the report has none. */
  void add(Optional<Set<Path>> report) {
    if (report.isPresent()) {
      paths.addAll(report.get());
    } else {
      unknown = true;
    }
  }

  void markUnknown() {
    unknown = true;
  }

  /** The paths gathered so far (empty when not known), kept. */
  Optional<Set<Path>> peek() {
    return unknown ? Optional.empty() : Optional.of(Set.copyOf(paths));
  }

  /** The paths gathered (empty when not known), and a fresh start with none. */
  Optional<Set<Path>> take() {
    Optional<Set<Path>> taken = peek();
    paths.clear();
    unknown = false;
    return taken;
  }
}
