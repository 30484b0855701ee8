package dev.cairn.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The lock file beside an output folder ({@code .site.lock}), which serialises concurrent builds,
 * and the clean-up after builds that were killed.
 */
final class OutputLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private OutputLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Makes the session of a writer once the lock is held and leftovers are cleaned up. */
  @FunctionalInterface
  interface SessionFactory<S extends WriteSession> {
    S create(Path out, Path prev, OutputLock lock, boolean leftoversFound) throws IOException;
  }

  /**
   * Opens a write session for {@code outDir}: creates its parent, takes the lock, cleans up after
   * killed builds, lets {@code factory} make the session and puts the marker file into it.
   */
  static <S extends WriteSession> S openSession(
      Path outDir, PrintWriter messages, SessionFactory<S> factory) throws SiteWriteFailed {
    Path out = outDir.toAbsolutePath().normalize();
    Path parent = out.getParent();
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new SiteWriteFailed("cannot create " + parent + ": " + FileTree.reason(e), e);
    }
    OutputLock lock = null;
    try {
      lock = acquire(out, messages);
      Path prev = parent.resolve("." + out.getFileName() + ".prev");
      S session = factory.create(out, prev, lock, recoverAndClean(out, prev));
      Files.createDirectories(session.staging);
      session.putMarker();
      return session;
    } catch (IOException | java.io.UncheckedIOException e) {
      if (lock != null) lock.close();
      throw new SiteWriteFailed(
          "cannot prepare " + out + ": " + FileTree.reason(e) + "; the previous site is unchanged",
          e);
    }
  }

  /** Takes the lock of {@code out}, waiting (with a message) while another build holds it. */
  static OutputLock acquire(Path out, PrintWriter messages) throws IOException {
    Path lockFile = out.getParent().resolve("." + out.getFileName() + ".lock");
    FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      return new OutputLock(channel, lock(channel, out, messages));
    } catch (IOException | RuntimeException e) {
      FileTree.closeQuietly(channel);
      throw e;
    }
  }

  private static FileLock lock(FileChannel channel, Path out, PrintWriter messages)
      throws IOException {
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) return lock;
    } catch (OverlappingFileLockException e) {
      // another build in this JVM holds it; wait below like for another process
    }
    messages.println("Another build is writing " + out + "; waiting for it to finish…");
    messages.flush();
    while (true) {
      try {
        return channel.lock();
      } catch (OverlappingFileLockException e) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for the lock", ie);
        }
      }
    }
  }

  /**
   * Leftovers of builds that were killed: a site moved aside is restored (or kept as the previous
   * site when a new one is in place), temporary folders are dropped. True if there were any.
   */
  static boolean recoverAndClean(Path out, Path prev) throws IOException {
    Path parent = out.getParent();
    String name = out.getFileName().toString();
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> siblings =
        Files.newDirectoryStream(parent, "." + name + ".{tmp,old}-*")) {
      siblings.forEach(leftovers::add);
    }
    for (Path p : leftovers) {
      boolean movedAside = p.getFileName().toString().startsWith("." + name + ".old-");
      if (movedAside && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
        FileTree.move(p, out);
      } else if (movedAside && !Files.exists(prev, LinkOption.NOFOLLOW_LINKS)) {
        FileTree.move(p, prev);
      } else {
        FileTree.deleteTree(p);
      }
    }
    return !leftovers.isEmpty();
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel releases it too
    }
    FileTree.closeQuietly(channel);
  }
}
