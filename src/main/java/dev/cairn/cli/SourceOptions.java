package dev.cairn.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --source} and {@code --today}, shared by the commands that read a portfolio. */
final class SourceOptions {

  @Option(
      names = "--source",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "The portfolio folder holding content/ (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      description = "Reference date for continuity and reviews (default: today).")
  LocalDate today;

  Path dir() {
    return source.toAbsolutePath().normalize();
  }

  LocalDate today() {
    return today != null ? today : LocalDate.now();
  }
}
