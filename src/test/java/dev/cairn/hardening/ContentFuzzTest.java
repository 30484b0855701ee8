package dev.cairn.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cairn.content.ContentLoader;
import dev.cairn.content.LoadResult;
import dev.cairn.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the content stage end to end on a one-goal portfolio: arbitrary bytes as a log, a goal or
 * {@code site.yaml}. Nothing may escape as an exception, and every diagnostic must point into the
 * file it blames. Without {@code JAZZER_FUZZ} only the seed corpus runs (see docs/security.md).
 */
class ContentFuzzTest {

  private static final String GOAL =
      """
      ---
      title: Guitar
      started: 2026-06-01
      metrics:
        - id: changes
          target: 60
        - id: minutes
          kind: activity
      challenge:
        levels: [open, barre, songs]
      ---
      Story.
      """;

  private static final String LOG =
      """
      ---
      goal: guitar
      win: A win
      metrics: { changes: 3, minutes: 10 }
      ---
      Notes.
      """;

  private static Path portfolio;

  @BeforeAll
  static void createPortfolio() throws IOException {
    portfolio = Files.createTempDirectory("cairn-fuzz");
    Files.createDirectories(portfolio.resolve("content/goals"));
    Files.createDirectories(portfolio.resolve("content/logs"));
  }

  @AfterAll
  static void removePortfolio() throws IOException {
    try (var walk = Files.walk(portfolio)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void loadsAnyLog(FuzzedDataProvider data) {
    loadWith("content/logs/2026-11-20-guitar.md", data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "5m")
  void loadsAnyGoal(FuzzedDataProvider data) {
    loadWith("content/goals/guitar.md", data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "5m")
  void loadsAnySiteConfig(FuzzedDataProvider data) {
    loadWith("content/site.yaml", data.consumeRemainingAsBytes());
  }

  private static void loadWith(String fuzzedPath, byte[] bytes) {
    write("content/goals/guitar.md", GOAL.getBytes(StandardCharsets.UTF_8));
    write("content/logs/2026-11-20-guitar.md", LOG.getBytes(StandardCharsets.UTF_8));
    write("content/site.yaml", "title: Fuzz\n".getBytes(StandardCharsets.UTF_8));
    write(fuzzedPath, bytes);
    LoadResult result = new ContentLoader(LocalDate.of(2026, 11, 28)).load(portfolio);
    int lines = lineCount(bytes);
    for (Diagnostic d : result.diagnostics()) {
      assertTrue(d.message() != null && !d.message().isBlank(), "a diagnostic says something");
      if (d.isError()) {
        assertTrue(
            d.position().path().equals(fuzzedPath) || fuzzedPath.endsWith("guitar.md"),
            "an error blames the fuzzed file or, for a broken goal, its log: " + d.format());
      }
      if (d.position().path().equals(fuzzedPath)) {
        assertTrue(
            d.position().line() <= lines, "line inside the file: " + d.format() + " of " + lines);
        assertTrue(
            d.position().column() <= bytes.length + 1, "column inside the file: " + d.format());
      }
    }
  }

  /** Lines as the loader counts them: LF, CRLF or a lone CR end a line; an empty file has one. */
  private static int lineCount(byte[] bytes) {
    int lines = 1;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines++;
      } else if (bytes[i] == '\r') {
        lines++;
        if (i + 1 < bytes.length && bytes[i + 1] == '\n') i++;
      }
    }
    return lines;
  }

  private static void write(String rel, byte[] bytes) {
    try {
      Files.write(portfolio.resolve(rel), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
