package dev.cairn.pipeline.incremental;

import dev.cairn.content.ContentFiles;
import dev.cairn.content.ContentLoader;
import dev.cairn.content.SourceFile;
import dev.cairn.model.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The content files of the previous load. When the caller knows every path that changed since (the
 * dev server's watcher does), and each is a file the listing already holds, or a file the walk
 * would not read, the listing is handed on with those files' sizes and times read again, instead of
 * walking a folder of thousands of logs. Anything else (a file created, deleted or renamed, a new
 * folder, events lost) walks the folder as a one-off build does.
 */
final class ContentListing {

  private Path dir;
  private ContentFiles last;
  private Map<Path, Integer> logIndex = Map.of();
  private Set<Path> otherFiles = Set.of();
  private NavigableSet<String> knownPaths = new TreeSet<>();
  private Optional<Set<Path>> changes = Optional.empty();

  /**
   * The paths changed since the last load, for the next load only; empty when not known, which
   * makes the next load walk the folder.
   */
  synchronized void expect(Optional<Set<Path>> changed) {
    changes = changed.map(Set::copyOf);
  }

  synchronized Optional<ContentFiles> walk(Path portfolioDir, List<Diagnostic> sink) {
    Path root = portfolioDir.toAbsolutePath().normalize();
    Optional<Set<Path>> changed = changes;
    changes = Optional.empty();
    if (last != null && root.equals(dir) && changed.isPresent()) {
      Optional<ContentFiles> kept = patched(root, changed.get());
      if (kept.isPresent()) {
        sink.addAll(kept.get().diagnostics());
        last = kept.get();
        return kept;
      }
    }
    Optional<ContentFiles> files = ContentLoader.walk(portfolioDir, sink);
    remember(root, files.orElse(null));
    return files;
  }

  /** The last listing with the changed files' attributes read again, if nothing else changed. */
  private Optional<ContentFiles> patched(Path root, Set<Path> changed) {
    Path content = root.resolve("content");
    List<SourceFile> logs = null;
    for (Path raw : changed) {
      Path path = raw.toAbsolutePath().normalize();
      if (path.startsWith(root.resolve("themes")) || hidden(content, path)) continue;
      if (!path.startsWith(content)) return Optional.empty();
      Integer log = logIndex.get(path);
      if (log != null) {
        Optional<BasicFileAttributes> attrs = regularFile(path);
        if (attrs.isEmpty()) return Optional.empty(); // deleted or replaced by a folder or link
        if (logs == null) logs = new ArrayList<>(last.logs());
        SourceFile before = logs.get(log);
        logs.set(log, new SourceFile(before.path(), before.file(), attrs));
      } else if (otherFiles.contains(path)) {
        if (regularFile(path).isEmpty()) return Optional.empty(); // goals are read on every load
      } else if (!ignoredByWalk(content, path)) {
        return Optional.empty();
      }
    }
    return Optional.of(logs == null ? last : last.withLogs(logs));
  }

  /**
   * Whether the walk would pass over {@code path} whatever it is now: a file other than Markdown in
   * the goals or logs folder, or a path that no longer exists and held no content file.
   */
  private boolean ignoredByWalk(Path content, Path path) {
    Path rel = content.relativize(path);
    boolean inFolders =
        rel.getNameCount() >= 2
            && (rel.getName(0).toString().equals("goals")
                || rel.getName(0).toString().equals("logs"));
    if (!inFolders) return false;
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) return false;
    if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return !path.getFileName().toString().endsWith(".md") && !Files.isSymbolicLink(path);
    }
    String prefix = "content/" + rel.toString().replace('\\', '/') + "/";
    String next = knownPaths.ceiling(prefix);
    return next == null || !next.startsWith(prefix);
  }

  private static boolean hidden(Path content, Path path) {
    if (!path.startsWith(content)) return false;
    for (Path name : content.relativize(path)) {
      if (name.toString().startsWith(".")) return true;
    }
    return false;
  }

  private static Optional<BasicFileAttributes> regularFile(Path path) {
    try {
      BasicFileAttributes attrs =
          Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attrs.isRegularFile() ? Optional.of(attrs) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void remember(Path root, ContentFiles files) {
    dir = root;
    last = files;
    logIndex = new HashMap<>();
    otherFiles = new HashSet<>();
    knownPaths = new TreeSet<>();
    if (files == null) return;
    for (int i = 0; i < files.logs().size(); i++) {
      SourceFile f = files.logs().get(i);
      // Only plain files found by name under the folder: a log reached through a link is walked.
      if (f.attributes().isPresent()) logIndex.put(f.file().toAbsolutePath().normalize(), i);
      knownPaths.add(f.path());
    }
    List<SourceFile> others = new ArrayList<>(files.goals());
    files.site().ifPresent(others::add);
    for (SourceFile f : others) {
      otherFiles.add(root.resolve(f.path()));
      knownPaths.add(f.path());
    }
  }
}
