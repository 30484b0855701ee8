package dev.cairn.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The entries of a ZIP archive as its central directory lists them, read byte by byte. */
final class ZipDirectory {
  private ZipDirectory() {}

  /** One entry of the central directory: its name and whether it is a symbolic link. */
  record Entry(String name, boolean isLink) {}

  /**
   * Reads the archive's central directory itself: {@link ZipFile} does not say which entries are
   * symbolic links (Unix mode bits in the external attributes).
   */
  static List<Entry> entries(Path path, String shownAs) throws ImportFailed {
    try (SeekableByteChannel ch = Files.newByteChannel(path)) {
      long size = ch.size();
      int tail = (int) Math.min(size, 22 + 65_535);
      ByteBuffer end = read(ch, size - tail, tail);
      int eocd = -1;
      for (int i = tail - 22; i >= 0; i--) {
        if (end.getInt(i) == 0x06054b50) {
          eocd = i;
          break;
        }
      }
      if (eocd < 0)
        throw new ImportFailed(shownAs + ": not a readable ZIP archive (no end record)");
      int total = Short.toUnsignedInt(end.getShort(eocd + 10));
      long cdSize = Integer.toUnsignedLong(end.getInt(eocd + 12));
      long cdOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
      if (total == 0xFFFF || cdSize == 0xFFFFFFFFL || cdOffset == 0xFFFFFFFFL) {
        throw new ImportFailed(
            shownAs + ": ZIP64 archives are not read; unzip it and import the folder");
      }
      if (total > ExportSource.MAX_ENTRIES) {
        throw new ImportFailed(
            shownAs
                + ": refused, "
                + total
                + " entries (at most "
                + ExportSource.MAX_ENTRIES
                + ")");
      }
      if (cdOffset + cdSize > size || cdSize > 64L * 1024 * 1024) {
        throw new ImportFailed(shownAs + ": not a readable ZIP archive (bad central directory)");
      }
      ByteBuffer cd = read(ch, cdOffset, (int) cdSize);
      List<Entry> entries = new ArrayList<>();
      int at = 0;
      for (int n = 0; n < total; n++) {
        if (at + 46 > cd.limit() || cd.getInt(at) != 0x02014b50) {
          throw new ImportFailed(shownAs + ": not a readable ZIP archive (bad central directory)");
        }
        int madeBy = Short.toUnsignedInt(cd.getShort(at + 4)) >>> 8;
        int nameLength = Short.toUnsignedInt(cd.getShort(at + 28));
        int extraLength = Short.toUnsignedInt(cd.getShort(at + 30));
        int commentLength = Short.toUnsignedInt(cd.getShort(at + 32));
        long external = Integer.toUnsignedLong(cd.getInt(at + 38));
        if (at + 46 + nameLength > cd.limit()) {
          throw new ImportFailed(shownAs + ": not a readable ZIP archive (bad central directory)");
        }
        byte[] nameBytes = new byte[nameLength];
        cd.get(at + 46, nameBytes);
        boolean link = madeBy == 3 && ((external >>> 16) & 0170000) == 0120000;
        entries.add(new Entry(new String(nameBytes, StandardCharsets.UTF_8), link));
        at += 46 + nameLength + extraLength + commentLength;
      }
      return entries;
    } catch (IOException e) {
      throw new ImportFailed(shownAs + ": cannot read: " + e.getMessage(), e);
    }
  }

  private static ByteBuffer read(SeekableByteChannel ch, long position, int length)
      throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    ch.position(position);
    while (buf.hasRemaining()) {
      if (ch.read(buf) < 0) throw new IOException("unexpected end of file");
    }
    buf.flip();
    return buf;
  }
}
