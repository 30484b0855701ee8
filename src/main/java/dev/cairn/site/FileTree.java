package dev.cairn.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Set;

/** Small file-tree operations the site writers share; none follows a symbolic link. */
public final class FileTree {

  private FileTree() {}

  /** Deletes a folder and everything in it, without following symbolic links. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
            if (exc != null) throw exc;
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  static void deleteQuietly(Path p) {
    try {
      deleteTree(p);
    } catch (IOException ignored) {
      // a leftover is removed by the next build
    }
  }

  /** Deletes what a previous site held that this one does not: files, links, empty folders. */
  static void removeUnwanted(Path dir, Set<Path> wanted, Set<Path> wantedDirs) throws IOException {
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs)
              throws IOException {
            if (wantedDirs.contains(d)) return FileVisitResult.CONTINUE;
            if (wanted.contains(d)) {
              deleteTree(d); // a folder where a file must go
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            if (!attrs.isRegularFile() || !wanted.contains(file)) Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
            if (exc != null) throw exc;
            if (!wantedDirs.contains(d)) Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  static boolean sameBytes(Path file, byte[] content) {
    try {
      BasicFileAttributes attrs =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attrs.isRegularFile()
          && attrs.size() == content.length
          && Arrays.equals(Files.readAllBytes(file), content);
    } catch (IOException e) {
      return false; // missing or unreadable: write it
    }
  }

  static boolean isCairnFolder(Path dir) {
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(dir.resolve(OutputGuard.MARKER), LinkOption.NOFOLLOW_LINKS);
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void closeQuietly(FileChannel channel) {
    if (channel == null) return;
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing left to protect
    }
  }

  /** What went wrong, in words a person can act on. */
  static String reason(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    String kind =
        t instanceof AccessDeniedException
            ? "permission denied"
            : t instanceof FileSystemException fse && fse.getReason() != null
                ? fse.getReason()
                : t.getMessage();
    if (t instanceof FileSystemException fse && fse.getFile() != null) {
      return kind + " (" + fse.getFile() + ")";
    }
    return kind == null ? t.getClass().getSimpleName() : kind;
  }
}
