package dev.cairn.site;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputGuardTest {

  @TempDir Path tmp;
  Path portfolio;

  @BeforeEach
  void portfolio() throws Exception {
    portfolio = tmp.resolve("p");
    Files.createDirectories(portfolio.resolve("content/goals"));
  }

  @Test
  void acceptsAMissingOrEmptyOrCairnFolder() throws Exception {
    assertDoesNotThrow(() -> OutputGuard.check(portfolio, portfolio.resolve("site")));
    Files.createDirectories(portfolio.resolve("empty"));
    assertDoesNotThrow(() -> OutputGuard.check(portfolio, portfolio.resolve("empty")));
    Path marked = Files.createDirectories(portfolio.resolve("old-site"));
    Files.writeString(marked.resolve("index.html"), "x");
    Files.writeString(marked.resolve(OutputGuard.MARKER), "");
    assertDoesNotThrow(() -> OutputGuard.check(portfolio, marked));
  }

  @Test
  void refusesThePortfolioItself() {
    OutputRefused e =
        assertThrows(
            OutputRefused.class, () -> OutputGuard.check(portfolio, portfolio.resolve(".")));
    assertTrue(e.getMessage().contains("portfolio folder itself"), e.getMessage());
  }

  @Test
  void refusesAFolderThatHoldsThePortfolio() {
    assertThrows(OutputRefused.class, () -> OutputGuard.check(portfolio, tmp));
    assertThrows(
        OutputRefused.class, () -> OutputGuard.check(portfolio, portfolio.resolve("content/..")));
  }

  @Test
  void refusesAFolderInsideContent() {
    assertThrows(
        OutputRefused.class, () -> OutputGuard.check(portfolio, portfolio.resolve("content/site")));
  }

  @Test
  void refusesANonEmptyFolderCairnDidNotCreate() throws Exception {
    Path foreign = Files.createDirectories(tmp.resolve("photos"));
    Files.writeString(foreign.resolve("holiday.jpg"), "precious");
    OutputRefused e =
        assertThrows(OutputRefused.class, () -> OutputGuard.check(portfolio, foreign));
    assertTrue(e.getMessage().contains("did not create"), e.getMessage());
  }

  @Test
  void refusesAFileAndAFolderHoldingContent() throws Exception {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    assertThrows(OutputRefused.class, () -> OutputGuard.check(portfolio, file));
    Path other = Files.createDirectories(tmp.resolve("other/content"));
    Files.writeString(other.getParent().resolve(OutputGuard.MARKER), "");
    assertThrows(OutputRefused.class, () -> OutputGuard.check(portfolio, other.getParent()));
  }

  @Test
  void refusesASymbolicLink() throws Exception {
    Path target = Files.createDirectories(tmp.resolve("elsewhere"));
    Path link = Files.createSymbolicLink(portfolio.resolve("site"), target);
    assertThrows(OutputRefused.class, () -> OutputGuard.check(portfolio, link));
  }
}
