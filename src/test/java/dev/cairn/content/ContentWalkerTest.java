package dev.cairn.content;

import static dev.cairn.content.PortfolioFixture.GUITAR;
import static dev.cairn.content.PortfolioFixture.formatted;
import static dev.cairn.content.PortfolioFixture.load;
import static dev.cairn.content.PortfolioFixture.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.cairn.model.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ContentWalkerTest {
  @TempDir Path dir;
  @TempDir Path outside;

  private static final String LOG = "---\ngoal: guitar\ndate: 2026-11-20\n---\n";

  private List<String> logPaths(LoadResult result) {
    return result.portfolio().logs().stream().map(Log::sourcePath).toList();
  }

  @Test
  void readsLogsAtAnyDepthAndGoalsOneLevelDeep() {
    LoadResult result =
        load(
            write(
                dir,
                GUITAR
                    + "-- content/logs/2026/11/20/deep.md --\n"
                    + LOG
                    + "-- content/logs/top.md --\n"
                    + LOG
                    + "-- content/logs/notes.txt --\nnot a log\n"
                    + "-- content/logs/.obsidian/x.md --\nhidden\n"
                    + "-- content/goals/old/cooking.md --\n---\ntitle: x\n---\n"));
    assertEquals(
        List.of(
            "content/goals/old:1:1: warning: folder ignored: goals are read from"
                + " content/goals/<slug>.md only"),
        formatted(result));
    assertEquals(
        List.of("content/logs/2026/11/20/deep.md", "content/logs/top.md"), logPaths(result));
  }

  @Test
  void skipsSymbolicLinksThatLeaveThePortfolio() throws IOException {
    write(dir, GUITAR + "-- content/logs/inside.md --\n" + LOG);
    write(outside, "-- secret.md --\n" + LOG + "-- more/other.md --\n" + LOG);
    Files.createSymbolicLink(dir.resolve("content/logs/secret.md"), outside.resolve("secret.md"));
    Files.createSymbolicLink(dir.resolve("content/logs/more"), outside.resolve("more"));
    LoadResult result = load(dir);
    assertEquals(
        List.of(
            "content/logs/more:1:1: warning: symbolic link points outside the portfolio folder;"
                + " skipped",
            "content/logs/secret.md:1:1: warning: symbolic link points outside the portfolio"
                + " folder; skipped"),
        formatted(result));
    assertEquals(List.of("content/logs/inside.md"), logPaths(result));
  }

  @Test
  void followsSymbolicLinksInsideThePortfolio() throws IOException {
    write(dir, GUITAR + "-- archive/2025/old.md --\n" + LOG);
    Files.createDirectories(dir.resolve("content/logs"));
    Files.createSymbolicLink(dir.resolve("content/logs/2025"), dir.resolve("archive/2025"));
    LoadResult result = load(dir);
    assertEquals(List.of(), formatted(result));
    assertEquals(List.of("content/logs/2025/old.md"), logPaths(result));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void symbolicLinkLoopsEnd() throws IOException {
    write(dir, GUITAR + "-- content/logs/a/one.md --\n" + LOG);
    Files.createSymbolicLink(dir.resolve("content/logs/a/again"), dir.resolve("content/logs"));
    Files.createSymbolicLink(
        dir.resolve("content/logs/self.md"), dir.resolve("content/logs/self.md"));
    LoadResult result = load(dir);
    assertEquals(
        List.of(
            "content/logs/a/again:1:1: warning: symbolic link to a folder already read as"
                + " content/logs; skipped",
            "content/logs/self.md:1:1: warning: symbolic link is broken or loops; skipped"),
        formatted(result));
    assertEquals(List.of("content/logs/a/one.md"), logPaths(result));
  }

  @Test
  void unreadableFileIsADiagnosticNotAnException() throws IOException {
    Path file =
        write(dir, GUITAR + "-- content/logs/locked.md --\n" + LOG)
            .resolve("content/logs/locked.md");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(file), "running with permissions that ignore file modes");
    assertEquals(
        List.of("content/logs/locked.md:1:1: cannot read file: permission denied"),
        formatted(load(dir)));
  }
}
