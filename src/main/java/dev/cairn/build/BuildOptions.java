package dev.cairn.build;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/** What to build: the portfolio folder, the output folder, drafts or not, the reference date. */
public record BuildOptions(Path source, Path out, boolean drafts, LocalDate today) {

  public BuildOptions {
    Objects.requireNonNull(source);
    Objects.requireNonNull(out);
    Objects.requireNonNull(today);
  }
}
