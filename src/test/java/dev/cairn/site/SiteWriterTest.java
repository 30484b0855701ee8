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
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {

  @TempDir Path tmp;
  private final SiteWriter writer = new SwappingSiteWriter(new PrintWriter(new StringWriter()));

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
    assertEquals(List.of(".site.lock", ".site.prev", "site"), siblings());
  }

  @Test
  void aFailedWriteLeavesThePreviousSiteByteForByte() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(file("index.html", "previous"), file("a/b.html", "b")));
    // "x" as a file and "x/y" beneath it cannot both exist: the second write fails midway.
    SiteWriteFailed e =
        assertThrows(
            SiteWriteFailed.class,
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
    assertEquals(List.of(".site.lock", ".site.prev", "site"), siblings());
  }

  @Test
  void updatesThePreviousSiteInsteadOfWritingEverything() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(
        out,
        List.of(file("same.html", "same"), file("changed.html", "v1"), file("gone/x.html", "x")));
    Object firstSame = Files.getAttribute(out.resolve("same.html"), "unix:ino");
    writer.write(
        out,
        List.of(file("same.html", "same"), file("changed.html", "v2"), file("gone/x.html", "x")));
    // the third build updates the first build's folder: same.html is not written again
    writer.write(
        out,
        List.of(file("same.html", "same"), file("changed.html", "v3"), file("new/y.html", "y")));
    assertEquals(firstSame, Files.getAttribute(out.resolve("same.html"), "unix:ino"));
    assertEquals("v3", Files.readString(out.resolve("changed.html")));
    assertEquals("y", Files.readString(out.resolve("new/y.html")));
    assertFalse(Files.exists(out.resolve("gone")), "folders of removed pages go too");
    assertEquals(List.of(".cairn-site", "changed.html", "new/y.html", "same.html"), files(out));
    assertEquals(List.of(".site.lock", ".site.prev", "site"), siblings());
  }

  @Test
  void aStrayFileInThePreviousSiteIsRemoved() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(file("a.html", "a")));
    writer.write(out, List.of(file("a.html", "b")));
    Files.writeString(
        tmp.resolve(".site.prev/index.html.cairn-partial"), "half-written by a killed build");
    Files.createDirectories(tmp.resolve(".site.prev/b.html"));
    writer.write(out, List.of(file("a.html", "c"), file("b.html", "b")));
    assertEquals(List.of(".cairn-site", "a.html", "b.html"), files(out));
    assertEquals("b", Files.readString(out.resolve("b.html")));
  }

  @Test
  void aFailedUpdateLeavesThePreviousSiteIntact() throws Exception {
    Path out = tmp.resolve("site");
    writer.write(out, List.of(file("a.html", "a"), file("b.html", "b")));
    writer.write(out, List.of(file("a.html", "a"), file("b.html", "b")));
    assertThrows(
        SiteWriteFailed.class,
        () -> writer.write(out, List.of(file("a.html", "a"), file("x", "f"), file("x/y", "g"))));
    assertEquals("a", Files.readString(out.resolve("a.html")));
    assertEquals("b", Files.readString(out.resolve("b.html")));
    assertEquals(List.of(".site.lock", ".site.prev", "site"), siblings());
  }

  @Test
  void refusesPathsThatEscapeTheSite() {
    assertThrows(IllegalArgumentException.class, () -> file("../evil", "x"));
    assertThrows(IllegalArgumentException.class, () -> file("/abs", "x"));
    assertThrows(IllegalArgumentException.class, () -> file("a/../../b", "x"));
  }

  @Test
  void aMirroredFolderCanBeRewrittenWithoutTouchingTheOriginal() throws Exception {
    InPlaceSiteWriter remembering = new InPlaceSiteWriter(new PrintWriter(new StringWriter()));
    Path a = tmp.resolve("site-a");
    Path b = tmp.resolve("site-b");
    remembering.write(
        a,
        List.of(file("index.html", "1"), file("goals/x/index.html", "x"), file("gone.html", "g")));
    remembering.mirror(a, b);
    assertEquals(files(a), files(b));
    assertEquals("x", Files.readString(b.resolve("goals/x/index.html")));

    // b's files may be links to a's: a build into b must change b alone.
    remembering.write(b, List.of(file("index.html", "2"), file("goals/x/index.html", "x")));
    assertEquals("2", Files.readString(b.resolve("index.html")));
    assertFalse(Files.exists(b.resolve("gone.html")));
    assertEquals("1", Files.readString(a.resolve("index.html")));
    assertEquals("g", Files.readString(a.resolve("gone.html")));
    assertEquals(
        List.of(OutputGuard.MARKER, "goals/x/index.html", "gone.html", "index.html"), files(a));
  }

  private static List<String> files(Path dir) {
    return dev.cairn.testing.SiteFixture.files(dir);
  }

  @Test
  void aRememberingWriterUpdatesItsFolderInPlaceAndTouchesOnlyWhatChanged() throws Exception {
    InPlaceSiteWriter remembering = new InPlaceSiteWriter(new PrintWriter(new StringWriter()));
    Path out = tmp.resolve("site");
    remembering.write(
        out, List.of(file("index.html", "1"), file("same.html", "same"), file("a/b.html", "b")));
    FileTime long_ago = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(out.resolve("same.html"), long_ago);

    remembering.write(out, List.of(file("index.html", "2"), file("same.html", "same")));
    assertEquals("2", Files.readString(out.resolve("index.html")));
    assertEquals(long_ago, Files.getLastModifiedTime(out.resolve("same.html")));
    assertFalse(Files.exists(out.resolve("a")));
    assertEquals(List.of(".site.lock", "site"), siblings());

    // A failed build leaves the folder for the next one, which no longer trusts its memory.
    assertThrows(
        SiteWriteFailed.class,
        () -> remembering.write(out, List.of(file("x", "file"), file("x/y", "child"))));
    remembering.write(out, List.of(file("index.html", "3")));
    assertEquals(List.of(OutputGuard.MARKER, "index.html"), files(out));
    assertEquals("3", Files.readString(out.resolve("index.html")));
  }

  private List<String> siblings() throws Exception {
    try (Stream<Path> s = Files.list(tmp)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
