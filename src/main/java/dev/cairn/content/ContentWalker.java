package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds the content files of a portfolio in sorted order: {@code content/site.yaml}, {@code
 * content/goals/*.md} and {@code content/logs/**}{@code /*.md}. Symbolic links are followed only
 * while they stay inside the portfolio folder; each folder and file is read once, so link loops
 * end. Names starting with '.' are skipped (editor and system files).
 */
final class ContentWalker {

  private final Path portfolio;
  private final List<Diagnostic> sink;
  private final Map<Path, String> seenFolders = new HashMap<>();
  private final Map<Path, String> seenFiles = new HashMap<>();
  private Path root;

  ContentWalker(Path portfolio, List<Diagnostic> sink) {
    this.portfolio = portfolio;
    this.sink = sink;
  }

  /**
   * The files, with every problem the walk met (also put in the sink), or empty after an error when
   * there is no {@code content/} folder.
   */
  Optional<ContentFiles> walk() {
    try {
      root = portfolio.toRealPath();
    } catch (IOException e) {
      return missingContent();
    }
    Optional<Path> content = inside(portfolio.resolve("content"), "content");
    if (content.isEmpty() || !Files.isDirectory(content.get())) return missingContent();
    visitFolder(content.get(), "content");

    Optional<SourceFile> site = file(content.get().resolve("site.yaml"), "content/site.yaml");
    if (site.isEmpty()
        && Files.exists(content.get().resolve("site.yml"), LinkOption.NOFOLLOW_LINKS)) {
      sink.add(
          Diagnostic.warning(
              SourcePosition.startOf("content/site.yml"),
              "this file is not read; rename it to site.yaml"));
    }
    List<SourceFile> goals = new ArrayList<>();
    folder(content.get().resolve("goals"), "content/goals")
        .ifPresent(dir -> collectGoals(dir, "content/goals", goals));
    List<SourceFile> logs = new ArrayList<>();
    folder(content.get().resolve("logs"), "content/logs")
        .ifPresent(dir -> collectLogs(dir, "content/logs", logs));
    goals.sort(Comparator.comparing(SourceFile::path));
    logs.sort(Comparator.comparing(SourceFile::path));
    return Optional.of(
        new ContentFiles(
            site,
            goals,
            logs,
            LogSlugs.assign(logs.stream().map(SourceFile::path).toList()),
            List.copyOf(sink)));
  }

  private Optional<ContentFiles> missingContent() {
    sink.add(
        Diagnostic.error(
            SourcePosition.startOf("content"),
            "no content/ folder in the portfolio folder; create content/goals/ and content/logs/"));
    return Optional.empty();
  }

  private void collectGoals(Path dir, String rel, List<SourceFile> out) {
    for (Path entry : list(dir, rel)) {
      String name = entry.getFileName().toString();
      String entryRel = rel + "/" + name;
      if (Files.isDirectory(entry)) {
        sink.add(
            Diagnostic.hint(
                SourcePosition.startOf(entryRel),
                "folder ignored: goals are read from content/goals/<slug>.md only"));
      } else if (name.endsWith(".md")) {
        file(entry, entryRel).ifPresent(out::add);
      }
    }
  }

  private void collectLogs(Path dir, String rel, List<SourceFile> out) {
    Optional<Path> realDir = realPath(dir);
    List<Path> entries = list(dir, rel);
    // One status call per entry, thousands of them in a log folder: in parallel.
    List<Optional<BasicFileAttributes>> attributes =
        entries.parallelStream().map(ContentWalker::attributes).toList();
    for (int i = 0; i < entries.size(); i++) {
      Path entry = entries.get(i);
      String name = entry.getFileName().toString();
      String entryRel = rel + "/" + name;
      Optional<BasicFileAttributes> attrs = attributes.get(i);
      if (realDir.isPresent()
          && name.endsWith(".md")
          && attrs.isPresent()
          && attrs.get().isRegularFile()) {
        // A plain file in a known folder (the common case, thousands of times): no link to resolve.
        if (seenFiles.putIfAbsent(realDir.get().resolve(name), entryRel) == null) {
          out.add(new SourceFile(entryRel, entry, attrs));
        }
      } else if (Files.isDirectory(entry)) {
        folder(entry, entryRel).ifPresent(sub -> collectLogs(sub, entryRel, out));
      } else if (name.endsWith(".md")) {
        file(entry, entryRel).ifPresent(out::add);
      }
    }
  }

  private static Optional<BasicFileAttributes> attributes(Path p) {
    try {
      return Optional.of(
          Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Path> realPath(Path dir) {
    try {
      return Optional.of(dir.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The entries of a folder, sorted by name, without hidden ones. */
  private List<Path> list(Path dir, String rel) {
    try (Stream<Path> entries = Files.list(dir)) {
      // Each name is taken once: a log folder has thousands of entries.
      TreeMap<String, Path> byName = new TreeMap<>();
      entries.forEach(
          p -> {
            String name = p.getFileName().toString();
            if (!name.startsWith(".")) byName.put(name, p);
          });
      return List.copyOf(byName.values());
    } catch (IOException e) {
      sink.add(Diagnostic.error(SourcePosition.startOf(rel), "cannot read folder: " + reason(e)));
      return List.of();
    } catch (UncheckedIOException e) {
      sink.add(
          Diagnostic.error(
              SourcePosition.startOf(rel), "cannot read folder: " + reason(e.getCause())));
      return List.of();
    }
  }

  /** A folder to descend into, unless it leaves the portfolio or was visited already. */
  private Optional<Path> folder(Path path, String rel) {
    Optional<Path> target = inside(path, rel);
    if (target.isEmpty() || !Files.isDirectory(target.get())) return Optional.empty();
    return visitFolder(target.get(), rel) ? target : Optional.empty();
  }

  private boolean visitFolder(Path dir, String rel) {
    try {
      String first = seenFolders.putIfAbsent(dir.toRealPath(), rel);
      if (first == null) return true;
      sink.add(
          Diagnostic.warning(
              SourcePosition.startOf(rel),
              "symbolic link to a folder already read as " + first + "; skipped"));
    } catch (IOException e) {
      sink.add(Diagnostic.error(SourcePosition.startOf(rel), "cannot read folder: " + reason(e)));
    }
    return false;
  }

  /** A regular file to read, unless it leaves the portfolio or was found already. */
  private Optional<SourceFile> file(Path path, String rel) {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
    Optional<Path> target = inside(path, rel);
    if (target.isEmpty() || !Files.isRegularFile(target.get())) return Optional.empty();
    try {
      String first = seenFiles.putIfAbsent(target.get().toRealPath(), rel);
      if (first != null) {
        sink.add(
            Diagnostic.warning(
                SourcePosition.startOf(rel),
                "symbolic link to a file already read as " + first + "; skipped"));
        return Optional.empty();
      }
    } catch (IOException e) {
      sink.add(Diagnostic.error(SourcePosition.startOf(rel), "cannot read file: " + reason(e)));
      return Optional.empty();
    }
    return Optional.of(new SourceFile(rel, target.get()));
  }

  /** The path itself, or the target of a symbolic link that stays inside the portfolio. */
  private Optional<Path> inside(Path path, String rel) {
    if (!Files.isSymbolicLink(path)) return Optional.of(path);
    try {
      Path target = path.toRealPath();
      if (target.startsWith(root)) return Optional.of(target);
      sink.add(
          Diagnostic.warning(
              SourcePosition.startOf(rel),
              "symbolic link points outside the portfolio folder; skipped"));
    } catch (IOException e) {
      sink.add(
          Diagnostic.warning(
              SourcePosition.startOf(rel), "symbolic link is broken or loops; skipped"));
    }
    return Optional.empty();
  }

  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied";
    if (e instanceof NoSuchFileException) return "it no longer exists";
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
