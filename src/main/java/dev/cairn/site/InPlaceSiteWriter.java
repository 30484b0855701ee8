package dev.cairn.site;

import dev.cairn.model.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dev server's writer, for folders that only it owns and never serves while writing them: it
 * updates each folder in place, without a swap, and keeps what it wrote there, so a rebuild neither
 * re-reads unchanged files nor walks the folder to find what is gone.
 */
public final class InPlaceSiteWriter implements SiteWriter {

  private final PrintWriter messages;
  private final Map<Path, Map<String, byte[]>> contents = new ConcurrentHashMap<>();

  public InPlaceSiteWriter(PrintWriter messages) {
    this.messages = messages;
  }

  @Override
  public WriteSession open(Path outDir) throws SiteWriteFailed {
    return OutputLock.openSession(
        outDir,
        messages,
        (out, prev, lock, leftovers) -> {
          if (leftovers) contents.clear();
          return new InPlace(out, lock, contents.remove(out));
        });
  }

  /**
   * Makes {@code to} hold what this writer last wrote into {@code from}, with hard links where the
   * file system has them, and keeps that, so the next build into {@code to} writes only what
   * changed. Safe for a folder being served: files are never changed in place, a build writes a new
   * file and renames it over the old name. Does nothing unless this writer wrote {@code from}.
   */
  public void mirror(Path from, Path to) throws SiteWriteFailed {
    Path source = from.toAbsolutePath().normalize();
    Path target = to.toAbsolutePath().normalize();
    Map<String, byte[]> files = contents.get(source);
    if (files == null) return;
    contents.remove(target);
    try {
      FileTree.deleteTree(target);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path copy = target.resolve(f.getKey());
        Files.createDirectories(copy.getParent());
        try {
          Files.createLink(copy, source.resolve(f.getKey()));
        } catch (UnsupportedOperationException | IOException noLinks) {
          Files.write(copy, f.getValue());
        }
      }
    } catch (IOException e) {
      throw new SiteWriteFailed(
          "cannot copy " + source + " to " + target + ": " + FileTree.reason(e), e);
    }
    contents.put(target, new ConcurrentHashMap<>(files));
  }

  private final class InPlace extends WriteSession {
    // What the folder holds (null: unknown, e.g. the first build), and what it holds after this
    // one.
    private final Map<String, byte[]> before;
    private final Map<String, byte[]> now;

    InPlace(Path out, OutputLock lock, Map<String, byte[]> before) {
      super(out, out, lock);
      this.before = before;
      this.now = new ConcurrentHashMap<>(before == null ? 16 : before.size() * 2);
    }

    @Override
    byte[] known(String path) {
      return before == null ? null : before.get(path);
    }

    @Override
    boolean knowsFolder() {
      return before != null;
    }

    @Override
    boolean writesInPlace() {
      return false; // the other folder may share this file through a hard link
    }

    @Override
    void remember(OutputFile f) {
      now.put(f.path(), f.content());
    }

    @Override
    public void commit() throws SiteWriteFailed {
      try {
        if (before != null) {
          removeLeftovers();
        } else {
          FileTree.removeUnwanted(staging, written, madeDirs);
        }
      } catch (IOException e) {
        throw failed(e);
      }
      contents.put(out, now);
    }

    @Override
    void dropStaging() {
      // the folder stays for the next build to update
    }

    /** The files written there before and not now, and the folders they leave empty. */
    private void removeLeftovers() throws IOException {
      for (String path : before.keySet()) {
        if (now.containsKey(path)) continue;
        Path file = staging.resolve(path);
        Files.deleteIfExists(file);
        for (Path d = file.getParent();
            d != null && !d.equals(staging) && !madeDirs.contains(d);
            d = d.getParent()) {
          try (DirectoryStream<Path> entries = Files.newDirectoryStream(d)) {
            if (entries.iterator().hasNext()) break;
          }
          Files.delete(d);
        }
      }
    }
  }
}
