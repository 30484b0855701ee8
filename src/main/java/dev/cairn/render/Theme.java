package dev.cairn.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme in use: the built-in default (packed in the jar) overlaid file by file with a
 * portfolio's own {@code themes/<name>/}. {@code label} is how positions name the user theme.
 */
public record Theme(Optional<Path> userDir, String label) {

  static final String BUILT_IN_RESOURCE = "/cairn/themes/default";

  public static Theme builtIn() {
    return new Theme(Optional.empty(), "themes/default");
  }

  public static Theme of(Path portfolioDir, Optional<String> name) {
    return name.map(
            n -> new Theme(Optional.of(portfolioDir.resolve("themes").resolve(n)), "themes/" + n))
        .orElseGet(Theme::builtIn);
  }

  public Optional<Path> userTemplates() {
    return userDir.map(d -> d.resolve("templates")).filter(Files::isDirectory);
  }

  /**
   * Every static file of the theme by its path under {@code static/}, sorted; a user file replaces
   * the built-in one of the same path. Symbolic links are not followed.
   */
  public Map<String, Path> staticFiles() {
    Map<String, Path> files = new TreeMap<>();
    collect(builtInRoot().resolve("static"), files);
    userDir.map(d -> d.resolve("static")).ifPresent(d -> collect(d, files));
    return files;
  }

  private static void collect(Path dir, Map<String, Path> into) {
    if (!Files.isDirectory(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(p -> Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS))
          .forEach(p -> into.put(dir.relativize(p).toString().replace('\\', '/'), p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Names, sizes and modification times of the user theme's templates: changes when any template is
   * edited, added or removed, so caches of rendered pages know to start over.
   */
  public List<String> templatesFingerprint() {
    List<String> entries = new ArrayList<>();
    userTemplates()
        .ifPresent(
            dir -> {
              try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile)
                    .sorted()
                    .forEach(
                        p -> {
                          try {
                            entries.add(
                                p
                                    + " "
                                    + Files.size(p)
                                    + " "
                                    + Files.getLastModifiedTime(p).toMillis());
                          } catch (IOException e) {
                            entries.add(p + " unreadable");
                          }
                        });
              } catch (IOException e) {
                entries.add(dir + " unreadable");
              }
            });
    return entries;
  }

  /** The built-in theme's folder, inside the jar or on the class path during development. */
  static Path builtInRoot() {
    URL url = Theme.class.getResource(BUILT_IN_RESOURCE);
    if (url == null) throw new IllegalStateException("built-in theme missing from the class path");
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) return Path.of(uri);
      return jarFileSystem(uri).provider().getPath(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot open the built-in theme: " + e.getMessage(), e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.getFileSystem(uri);
    } catch (FileSystemNotFoundException e) {
      try {
        return FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException raced) {
        return FileSystems.getFileSystem(uri);
      }
    }
  }
}
