package dev.cairn.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ExportSourceTest {
  @TempDir Path tmp;

  @Test
  void listsAFolderAndAZipAlike() throws Exception {
    Path dir = ExportFixtures.folder(tmp.resolve("x"), ExportFixtures.loopNew());
    Path zip = ExportFixtures.zip(tmp.resolve("x.zip"), ExportFixtures.loopNew());
    try (ExportSource a = ExportSource.open(dir, "x");
        ExportSource b = ExportSource.open(zip, "x.zip")) {
      assertEquals(a.names(), b.names());
      assertEquals("x/Habits.csv", a.displayName("Habits.csv"));
      assertEquals("x.zip!/Habits.csv", b.displayName("Habits.csv"));
    }
  }

  @Test
  void refusesEntriesThatClimbOutOrAreAbsolute() {
    for (String name : List.of("../evil.csv", "a/../../evil.csv", "/etc/evil.csv", "C:/evil.csv")) {
      Path zip = ExportFixtures.zip(tmp.resolve("bad.zip"), Map.of(name, "x"));
      ImportFailed e = assertThrows(ImportFailed.class, () -> ExportSource.open(zip, "bad.zip"));
      assertTrue(e.getMessage().startsWith("bad.zip!/" + name + ": refused"), e.getMessage());
    }
  }

  @Test
  void refusesLinks() throws Exception {
    Path zip = ExportFixtures.zip(tmp.resolve("link.zip"), Map.of("Habits.csv", "/etc/passwd"));
    markFirstEntryAsUnixLink(zip);
    ImportFailed e = assertThrows(ImportFailed.class, () -> ExportSource.open(zip, "link.zip"));
    assertEquals(
        "link.zip!/Habits.csv: refused, the entry is a link; this is not a plain export",
        e.getMessage());
  }

  @Test
  void refusesTooManyEntries() throws Exception {
    Path zip = tmp.resolve("many.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i <= ExportSource.MAX_ENTRIES; i++) {
        z.putNextEntry(new ZipEntry("f" + i));
        z.closeEntry();
      }
    }
    ImportFailed e = assertThrows(ImportFailed.class, () -> ExportSource.open(zip, "many.zip"));
    assertEquals("many.zip: refused, 10001 entries (at most 10000)", e.getMessage());
  }

  @Test
  @Timeout(60)
  void stopsReadingPastTheUncompressedBudget() throws Exception {
    Path zip = tmp.resolve("bomb.zip");
    byte[] zeros = new byte[1 << 20];
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("Habits.csv"));
      for (long written = 0; written <= ExportSource.MAX_BYTES; written += zeros.length) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    try (ExportSource source = ExportSource.open(zip, "bomb.zip");
        InputStream in = source.open("Habits.csv")) {
      IOException e =
          assertThrows(IOException.class, () -> in.transferTo(OutputStream.nullOutputStream()));
      assertTrue(e.getMessage().contains("more than 200 MB"), e.getMessage());
    }
  }

  @Test
  void refusesAFileThatIsNoZip() throws Exception {
    Path fake = tmp.resolve("fake.zip");
    Files.write(fake, new byte[] {'P', 'K', 3, 4, 0, 0});
    ImportFailed e = assertThrows(ImportFailed.class, () -> ExportSource.open(fake, "fake.zip"));
    assertTrue(e.getMessage().startsWith("fake.zip: not a readable ZIP archive"), e.getMessage());
  }

  /** Sets "made by Unix" and the mode 0120777 (a symbolic link) in the central directory. */
  static void markFirstEntryAsUnixLink(Path zip) throws IOException {
    byte[] bytes = Files.readAllBytes(zip);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i + 46 < bytes.length; i++) {
      if (b.getInt(i) == 0x02014b50) {
        b.put(i + 5, (byte) 3);
        b.putInt(i + 38, 0120777 << 16);
        break;
      }
    }
    Files.write(zip, bytes);
  }
}
