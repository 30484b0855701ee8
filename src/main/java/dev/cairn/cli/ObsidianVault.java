package dev.cairn.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a folder lies inside an Obsidian vault, which keeps its settings in {@code .obsidian/}.
 */
final class ObsidianVault {
  private ObsidianVault() {}

  /** True when {@code folder} or any folder above it holds a {@code .obsidian/} folder. */
  static boolean encloses(Path folder) {
    for (Path p = folder.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve(".obsidian"))) return true;
    }
    return false;
  }
}
