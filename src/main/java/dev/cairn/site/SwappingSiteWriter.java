package dev.cairn.site;

import dev.cairn.model.OutputFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Writes a site beside the output folder and swaps it in with renames, so the output folder is
 * never half-written. The folder written into is the site before the current one, kept as {@code
 * .site.prev}: only the files that differ from it are written and only the files that are gone are
 * deleted, so a build costs what changed rather than a whole new tree plus deleting the old one.
 * Then {@code site} becomes {@code .site.prev} and the updated folder becomes {@code site}.
 *
 * <p>A build killed mid-write leaves {@code .site.prev} half-updated, which the next build simply
 * updates again; one killed between the renames leaves {@code .site.old-…}, which the next build
 * restores. Without a kept previous site the build writes into a fresh {@code .site.tmp-<pid>};
 * leftover ones are removed. A lock file beside the output serialises concurrent builds.
 */
public final class SwappingSiteWriter implements SiteWriter {

  private final PrintWriter messages;

  public SwappingSiteWriter(PrintWriter messages) {
    this.messages = messages;
  }

  @Override
  public WriteSession open(Path outDir) throws SiteWriteFailed {
    return OutputLock.openSession(
        outDir,
        messages,
        (out, prev, lock, leftovers) -> {
          long pid = ProcessHandle.current().pid();
          Path parent = out.getParent();
          String name = out.getFileName().toString();
          Path staging =
              FileTree.isCairnFolder(prev) ? prev : parent.resolve("." + name + ".tmp-" + pid);
          return new Swap(out, prev, staging, parent.resolve("." + name + ".old-" + pid), lock);
        });
  }

  private static final class Swap extends WriteSession {
    private final Path prev;
    private final Path old;

    Swap(Path out, Path prev, Path staging, Path old, OutputLock lock) {
      super(out, staging, lock);
      this.prev = prev;
      this.old = old;
    }

    @Override
    byte[] known(String path) {
      return null; // a one-off build compares with the folder's files instead of keeping them
    }

    @Override
    boolean knowsFolder() {
      return false;
    }

    @Override
    void remember(OutputFile f) {}

    @Override
    boolean writesInPlace() {
      return true; // the folder is swapped in only after the commit
    }

    @Override
    public void commit() throws SiteWriteFailed {
      try {
        FileTree.removeUnwanted(staging, written, madeDirs);
      } catch (IOException e) {
        throw failed(e);
      }
      swap();
    }

    @Override
    void dropStaging() {
      if (!staging.equals(prev)) FileTree.deleteQuietly(staging);
    }

    private void swap() throws SiteWriteFailed {
      boolean hadOld = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
      try {
        if (hadOld) FileTree.move(out, old);
      } catch (IOException e) {
        throw new SiteWriteFailed(
            "cannot move the previous site aside: " + FileTree.reason(e) + "; it is unchanged", e);
      }
      try {
        FileTree.move(staging, out);
      } catch (IOException e) {
        try {
          if (hadOld) FileTree.move(old, out);
        } catch (IOException restore) {
          e.addSuppressed(restore);
        }
        throw new SiteWriteFailed("cannot move the new site into place: " + FileTree.reason(e), e);
      }
      if (hadOld) keepAsPrevious();
    }

    /** The replaced site becomes the folder the next build updates, if that name is free. */
    private void keepAsPrevious() {
      try {
        if (Files.exists(prev, LinkOption.NOFOLLOW_LINKS)) FileTree.deleteTree(prev);
        FileTree.move(old, prev);
      } catch (IOException e) {
        FileTree.deleteQuietly(old);
      }
    }
  }
}
