package dev.cairn.serve;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the server shows after build number {@code build}: the folder of the last good site (none
 * when no build has succeeded yet) and the problems of the latest build as {@code path:line:column:
 * message} lines (empty when it succeeded).
 */
record SiteState(long build, Optional<Path> root, List<String> problems) {

  SiteState {
    problems = List.copyOf(problems);
  }

  boolean failed() {
    return !problems.isEmpty();
  }
}
