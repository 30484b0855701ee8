package dev.cairn.importer;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of an export: a ZIP archive, an unzipped folder, or a single file. Names are
 * '/'-separated and relative; {@link #displayName} is what error messages show ({@code
 * export.zip!/Habits.csv}). A ZIP is read with bounds: at most {@value #MAX_ENTRIES} entries and
 * {@value #MAX_BYTES} bytes uncompressed in all, and no entry may climb out with {@code ..}, be an
 * absolute path or be a link.
 */
public final class ExportSource implements Closeable {
  static final int MAX_ENTRIES = 10_000;
  static final long MAX_BYTES = 200L * 1024 * 1024;

  private final String shownAs;
  private final String separator;
  private final List<String> names;
  private final Optional<Path> folder;
  private final Optional<ZipFile> zip;
  private final Optional<String> singleName;
  private long bytesRead;

  private ExportSource(
      String shownAs,
      String separator,
      List<String> names,
      Optional<Path> folder,
      Optional<ZipFile> zip,
      Optional<String> singleName) {
    this.singleName = singleName;
    this.shownAs = shownAs;
    this.separator = separator;
    this.names = List.copyOf(names);
    this.folder = folder;
    this.zip = zip;
  }

  /**
   * Opens a ZIP archive, a folder or a single file; {@code shownAs} is the path as the user typed
   * it.
   */
  public static ExportSource open(Path path, String shownAs) throws ImportFailed {
    if (Files.isDirectory(path)) return openFolder(path, shownAs);
    if (!Files.isRegularFile(path)) {
      throw ImportFailed.usage(shownAs + ": no such file or folder");
    }
    if (isZip(path)) return openZip(path, shownAs);
    String name = path.getFileName().toString();
    return new ExportSource(
        shownAs,
        "",
        List.of(name),
        Optional.of(path.toAbsolutePath().getParent()),
        Optional.empty(),
        Optional.of(name));
  }

  /** Every file, sorted. */
  public List<String> names() {
    return names;
  }

  /**
   * How an entry appears in messages: {@code export.zip!/Habits.csv}, {@code folder/Habits.csv}.
   */
  public String displayName(String name) {
    if (singleName.isPresent()) return shownAs;
    return shownAs + separator + name;
  }

  /**
   * The first file whose name is {@code fileName} or ends with {@code /fileName}, shallowest first.
   */
  public Optional<String> find(String fileName) {
    return names.stream()
        .filter(n -> n.equals(fileName) || n.endsWith("/" + fileName))
        .min(
            (a, b) ->
                Integer.compare(depth(a), depth(b)) != 0
                    ? Integer.compare(depth(a), depth(b))
                    : a.compareTo(b));
  }

  /**
   * The one file of a single-file export, or else the file {@code fileName} as {@link #find} finds
   * it.
   *
   * @param howToGetIt where the file comes from, for the message when the export lacks it
   * @throws ImportFailed when the export holds no such file
   */
  String singleFileOr(String fileName, String howToGetIt) throws ImportFailed {
    if (singleName.isPresent()) return singleName.get();
    return find(fileName)
        .orElseThrow(
            () ->
                ImportFailed.usage(displayName("") + ": no " + fileName + " in it; " + howToGetIt));
  }

  private static int depth(String name) {
    return (int) name.chars().filter(c -> c == '/').count();
  }

  /** The bytes of one file; reading beyond the export's byte budget fails with a message. */
  public InputStream open(String name) throws IOException {
    InputStream raw;
    if (zip.isPresent()) {
      ZipEntry entry = zip.get().getEntry(name);
      if (entry == null) throw new IOException(displayName(name) + ": no such entry");
      raw = zip.get().getInputStream(entry);
    } else {
      raw = Files.newInputStream(folder.get().resolve(name));
    }
    return zip.isPresent() ? new Bounded(raw, name) : raw;
  }

  @Override
  public void close() throws IOException {
    if (zip.isPresent()) zip.get().close();
  }

  private static ExportSource openFolder(Path dir, String shownAs) throws ImportFailed {
    List<String> names = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        BasicFileAttributes a =
            Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (a.isRegularFile()) names.add(dir.relativize(p).toString().replace('\\', '/'));
      }
    } catch (IOException e) {
      throw new ImportFailed(shownAs + ": cannot read the folder: " + e.getMessage(), e);
    }
    names.sort(null);
    String sep = shownAs.endsWith("/") || shownAs.endsWith("\\") ? "" : "/";
    return new ExportSource(
        shownAs, sep, names, Optional.of(dir), Optional.empty(), Optional.empty());
  }

  private static boolean isZip(Path path) throws ImportFailed {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] magic = in.readNBytes(4);
      // A local file header, or the end record of an empty archive.
      return magic.length == 4
          && magic[0] == 'P'
          && magic[1] == 'K'
          && ((magic[2] == 3 && magic[3] == 4) || (magic[2] == 5 && magic[3] == 6));
    } catch (IOException e) {
      throw new ImportFailed("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static ExportSource openZip(Path path, String shownAs) throws ImportFailed {
    List<String> names = new ArrayList<>();
    for (ZipDirectory.Entry e : ZipDirectory.entries(path, shownAs)) {
      String name = e.name();
      String problem = null;
      if (e.isLink()) problem = "is a link";
      else if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
        problem = "is an absolute path";
      } else if (("/" + name.replace('\\', '/') + "/").contains("/../"))
        problem = "climbs out with ..";
      if (problem != null) {
        throw new ImportFailed(
            shownAs
                + "!/"
                + name
                + ": refused, the entry "
                + problem
                + "; this is not a plain export");
      }
      if (!name.endsWith("/")) names.add(name);
    }
    names.sort(null);
    try {
      ZipFile file = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
      return new ExportSource(
          shownAs, "!/", names, Optional.empty(), Optional.of(file), Optional.empty());
    } catch (ZipException | IllegalArgumentException e) {
      throw new ImportFailed(shownAs + ": not a readable ZIP archive (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new ImportFailed(shownAs + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** Counts uncompressed bytes across the whole archive, whatever the entry headers claim. */
  private final class Bounded extends FilterInputStream {
    private final String name;

    Bounded(InputStream in, String name) {
      super(in);
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) count(1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) count(n);
      return n;
    }

    private void count(int n) throws IOException {
      bytesRead += n;
      if (bytesRead > MAX_BYTES) {
        throw new IOException(
            "refused, the archive unpacks to more than "
                + (MAX_BYTES >> 20)
                + " MB (reading "
                + displayName(name)
                + ")");
      }
    }
  }
}
