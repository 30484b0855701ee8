package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.testing.SiteFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a small portfolio from one text in the {@code -- path --} format of {@link SiteFixture},
 * and loads it.
 */
final class PortfolioFixture {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

  /** A goal every log fixture can point at. */
  static final String GUITAR =
      """
      -- content/goals/guitar.md --
      ---
      title: Play guitar with friends
      metrics:
        - id: changes
          label: Clean chord changes per minute
          target: 60
        - id: minutes
          kind: activity
      challenge:
        levels: [open chords, barre chords, Songs at 70 bpm]
      ---
      The story.
      """;

  private PortfolioFixture() {}

  static Path write(Path dir, String sections) {
    return SiteFixture.write(dir, sections);
  }

  static Path file(Path dir, String path, String text) {
    return bytes(dir, path, text.getBytes(StandardCharsets.UTF_8));
  }

  static Path bytes(Path dir, String path, byte[] content) {
    try {
      Path file = dir.resolve(path);
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LoadResult load(Path dir) {
    return new ContentLoader(TODAY).load(dir);
  }

  /** All diagnostics as printed, in order. */
  static List<String> formatted(LoadResult result) {
    return result.diagnostics().stream().map(Diagnostic::format).toList();
  }

  /** Only the errors, as printed. */
  static List<String> errors(LoadResult result) {
    return result.errors().stream().map(Diagnostic::format).toList();
  }
}
