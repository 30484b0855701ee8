package dev.cairn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cairn.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
  @TempDir Path dir;

  @Test
  void fileThatCannotBeReadBecomesADiagnostic() {
    List<Diagnostic> sink = new ArrayList<>();
    Optional<String> text =
        SourceReader.read(new SourceFile("content/logs/gone.md", dir.resolve("gone.md")), sink);
    assertEquals(Optional.empty(), text);
    assertEquals(
        List.of("content/logs/gone.md:1:1: cannot read file: it no longer exists"),
        sink.stream().map(Diagnostic::format).toList());
  }

  @Test
  void readsUtf8WithoutTheByteOrderMark() {
    Path file = PortfolioFixture.file(dir, "a.md", "\uFEFF---\nwin: Größe\n---\n");
    List<Diagnostic> sink = new ArrayList<>();
    assertEquals(
        Optional.of("---\nwin: Größe\n---\n"),
        SourceReader.read(new SourceFile("a.md", file), sink));
    assertEquals(List.of(), sink);
  }
}
