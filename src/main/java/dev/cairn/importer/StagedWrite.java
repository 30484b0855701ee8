package dev.cairn.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes files into a portfolio all or nothing: each is first written to a staging folder beside
 * {@code content/}, and they are moved into place only when every one is ready; if a move fails,
 * the files already moved and the folders made for them are taken back. No existing file is
 * replaced.
 */
final class StagedWrite {
  private final Path portfolio;

  /**
   * @param portfolio the folder the files' relative paths start from
   */
  StagedWrite(Path portfolio) {
    this.portfolio = portfolio;
  }

  /** Writes each path (relative to the portfolio) with its text. */
  void write(Map<String, String> files) throws ImportFailed {
    if (files.isEmpty()) return;
    Path staging = portfolio.resolve(".cairn-import-" + UUID.randomUUID());
    Deque<Path> moved = new ArrayDeque<>();
    Deque<Path> createdDirs = new ArrayDeque<>();
    try {
      Files.createDirectory(staging);
      int n = 0;
      Map<String, Path> staged = new LinkedHashMap<>();
      for (Map.Entry<String, String> f : files.entrySet()) {
        Path file = staging.resolve(n++ + ".md");
        Files.writeString(
            file, f.getValue(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        staged.put(f.getKey(), file);
      }
      for (Map.Entry<String, Path> f : staged.entrySet()) {
        Path target = portfolio.resolve(f.getKey());
        createParents(target.getParent(), createdDirs);
        // Without REPLACE_EXISTING a file that appeared meanwhile is left alone and the move fails.
        Files.move(f.getValue(), target);
        moved.push(target);
      }
    } catch (IOException e) {
      while (!moved.isEmpty()) deleteQuietly(moved.pop());
      while (!createdDirs.isEmpty()) deleteQuietly(createdDirs.pop());
      throw new ImportFailed(
          "could not write the import (" + e.getMessage() + "); nothing was written", e);
    } finally {
      deleteTree(staging);
    }
  }

  private static void createParents(Path dir, Deque<Path> created) throws IOException {
    if (dir == null || Files.isDirectory(dir)) return;
    createParents(dir.getParent(), created);
    Files.createDirectory(dir);
    created.push(dir);
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // best effort: the folder may hold a file someone else wrote meanwhile
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted((a, b) -> b.getNameCount() - a.getNameCount())
          .forEach(StagedWrite::deleteQuietly);
    } catch (IOException e) {
      // the staging folder holds nothing that reaches the site
    }
  }
}
