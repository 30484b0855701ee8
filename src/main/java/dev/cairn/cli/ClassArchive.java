package dev.cairn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An archive of the classes a build loads (AppCDS), kept in the user's cache folder: the tuned JVM
 * maps it instead of reading and verifying some 3,000 classes from the jar. Its name is made from
 * the jar (path, size, time) and the Java that runs it, so a new jar or Java gets a new archive.
 * The first build without one writes it when it exits, under a name of its own that is renamed into
 * place only after a clean exit; a missing, unreadable or foreign archive is skipped silently by
 * the JVM itself.
 */
final class ClassArchive {

  private static final List<String> QUIET = List.of("-Xlog:cds=off", "-Xlog:cds+dynamic=off");

  private final Path archive;
  private final Path pending;

  private ClassArchive(Path archive, Path pending) {
    this.archive = archive;
    this.pending = pending;
  }

  /** The archive for a JVM running {@code classPath}, if that is one jar and a cache folder. */
  static Optional<ClassArchive> of(String classPath, Optional<Path> cacheDir) {
    Path jar = Path.of(classPath);
    if (cacheDir.isEmpty() || !classPath.endsWith(".jar") || !Files.isRegularFile(jar)) {
      return Optional.empty();
    }
    try {
      String key =
          jar.toAbsolutePath()
              + "\n"
              + Files.size(jar)
              + "\n"
              + Files.getLastModifiedTime(jar).toMillis()
              + "\n"
              + System.getProperty("java.vm.version");
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      String name = "cairn-" + HexFormat.of().formatHex(digest, 0, 8) + ".jsa";
      Path dir = cacheDir.get();
      long pid = ProcessHandle.current().pid();
      return Optional.of(new ClassArchive(dir.resolve(name), dir.resolve(name + ".tmp-" + pid)));
    } catch (IOException | NoSuchAlgorithmException e) {
      return Optional.empty();
    }
  }

  /** Cairn's folder in the user's cache: {@code CAIRN_CACHE_DIR}, else XDG's, else ~/.cache. */
  static Optional<Path> cacheDir() {
    String own = System.getenv("CAIRN_CACHE_DIR");
    if (own != null && !own.isBlank()) return Optional.of(Path.of(own));
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) return Optional.of(Path.of(xdg, "cairn"));
    String home = System.getProperty("user.home");
    return home == null || home.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(home, ".cache", "cairn"));
  }

  /** The JVM options that use the archive, or write it at exit when there is none yet. */
  List<String> options() {
    if (Files.isRegularFile(archive)) {
      return concat("-XX:SharedArchiveFile=" + archive);
    }
    try {
      Files.createDirectories(archive.getParent());
    } catch (IOException e) {
      return List.of();
    }
    return concat("-XX:ArchiveClassesAtExit=" + pending);
  }

  /** After the JVM exited: a cleanly written archive takes its place; anything else goes. */
  void settle(int exitCode) {
    try {
      if (exitCode == 0 && Files.isRegularFile(pending) && Files.size(pending) > 0) {
        Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE);
        removeOthers();
      }
    } catch (IOException e) {
      // another build placed its archive first, or the folder went away: nothing is lost
    } finally {
      try {
        Files.deleteIfExists(pending);
      } catch (IOException e) {
        // left for the next clean-up
      }
    }
  }

  /** Archives of other jars or Javas: each is some 20 MB, and only the newest is used. */
  private void removeOthers() throws IOException {
    try (DirectoryStream<Path> others =
        Files.newDirectoryStream(archive.getParent(), "cairn-*.jsa")) {
      for (Path other : others) {
        if (!other.equals(archive)) Files.deleteIfExists(other);
      }
    }
  }

  private static List<String> concat(String option) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(option), QUIET.stream())
        .toList();
  }
}
