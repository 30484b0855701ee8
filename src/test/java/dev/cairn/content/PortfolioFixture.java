package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a small portfolio from one text: each file starts with a line {@code -- path --} and runs
 * to the next such line.
 */
final class PortfolioFixture {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final Pattern HEADER = Pattern.compile("(?m)^-- (.+) --\\n");

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
    Matcher m = HEADER.matcher(sections);
    int start = -1;
    String path = null;
    while (m.find()) {
      if (path != null) file(dir, path, sections.substring(start, m.start()));
      path = m.group(1);
      start = m.end();
    }
    if (path != null) file(dir, path, sections.substring(start));
    return dir;
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
