package dev.cairn.site;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.cairn.model.OutputFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

  @TempDir Path tmp;
  private final SiteWriter writer = new SiteWriter(new PrintWriter(new StringWriter()));

  private static OutputFile file(String path, String text) {
    return new OutputFile(path, text.getBytes(UTF_8));
  }

  @Test
  void writesFilesAndTheMarker() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(file("index.html", "home"), file("goals/a/index.html", "a")));
    assertEquals("home", Files.readString(out.resolve("index.html")));
    assertEquals("a", Files.readString(out.resolve("goals/a/index.html")));
    assertTrue(Files.exists(out.resolve(OutputGuard.MARKER)));
  }

  @Test
  void replacesThePreviousSiteWhole() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(file("old.html", "old"), file("index.html", "1")));
    writer.write(out, List.of(file("index.html", "2")));
    assertEquals("2", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("old.html")));
    assertEquals(List.of(".site.lock", "site"), siblings());
  }

  @Test
  void aFailedWriteLeavesThePreviousSiteByteForByte() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(file("index.html", "previous"), file("a/b.html", "b")));
    // "x" as a file and "x/y" beneath it cannot both exist: the second write fails midway.
    SiteWriteFailed e = assertThrows(SiteWriteFailed.class,
        () -> writer.write(out, List.of(file("x", "file"), file("x/y", "child"))));
    assertTrue(e.getMessage().contains("previous site is unchanged"), e.getMessage());
    assertEquals("previous", Files.readString(out.resolve("index.html")));
    assertEquals("b", Files.readString(out.resolve("a/b.html")));
    assertEquals(List.of(".site.lock", "site"), siblings());
  }

  @Test
  void cleansLeftoversOfAKilledBuild() throws Exception {
    Path out = tmp.resolve("site");
    Path leftover = Files.createDirectories(tmp.resolve(".site.tmp-99999/goals"));
    Files.writeString(leftover.resolve("half.html"), "half");
    writer.write(out, List.of(file("index.html", "new")));
    assertEquals(List.of(".site.lock", "site"), siblings());
  }

  @Test
  void restoresASiteMovedAsideWhenABuildDiedBetweenTheRenames() throws Exception {
    Path aside = Files.createDirectories(tmp.resolve(".site.old-12345"));
    Files.writeString(aside.resolve("index.html"), "previous");
    Path out = tmp.resolve("site");
    writer.write(out, List.of(file("index.html", "x"), file("x/y", "y")));
    assertEquals("x", Files.readString(out.resolve("index.html")));
    assertEquals(List.of(".site.lock", "site"), siblings());
  }

  @Test
  void linksUnchangedFilesAndWritesChangedOnes() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(file("same.html", "same"), file("changed.html", "v1")));
    Object sameInode = Files.getAttribute(out.resolve("same.html"), "unix:ino");
    Object changedInode = Files.getAttribute(out.resolve("changed.html"), "unix:ino");
    writer.write(out, List.of(file("same.html", "same"), file("changed.html", "v2")));
    assertEquals(sameInode, Files.getAttribute(out.resolve("same.html"), "unix:ino"));
    assertFalse(changedInode.equals(Files.getAttribute(out.resolve("changed.html"), "unix:ino")));
    assertEquals("v2", Files.readString(out.resolve("changed.html")));
    assertEquals("same", Files.readString(out.resolve("same.html")));
  }

  @Test
  void aFailedWriteAfterLinkingLeavesThePreviousSiteIntact() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(file("a.html", "a"), file("b.html", "b")));
    assertThrows(SiteWriteFailed.class,
        () -> writer.write(out, List.of(file("a.html", "a"), file("x", "f"), file("x/y", "g"))));
    assertEquals("a", Files.readString(out.resolve("a.html")));
    assertEquals("b", Files.readString(out.resolve("b.html")));
    assertEquals(List.of(".site.lock", "site"), siblings());
  }

  @Test
  void refusesPathsThatEscapeTheSite() {
    assertThrows(IllegalArgumentException.class, () -> file("../evil", "x"));
    assertThrows(IllegalArgumentException.class, () -> file("/abs", "x"));
    assertThrows(IllegalArgumentException.class, () -> file("a/../../b", "x"));
  }

  private List<String> siblings() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
