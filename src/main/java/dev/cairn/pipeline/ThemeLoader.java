package dev.cairn.pipeline;

import dev.cairn.render.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a theme into memory: the built-in default (packed in the jar) overlaid file by file with a
 * portfolio's own {@code themes/<name>/}. Symbolic links in a user theme are not followed.
 */
public final class ThemeLoader {

  private ThemeLoader() {}

  /** The built-in theme does not change while Cairn runs: read it once. */
  private static final class BuiltIn {
    static final Map<String, String> TEMPLATES = texts(files(builtInRoot().resolve("templates")));
    static final Map<String, byte[]> STATIC = files(builtInRoot().resolve("static"));
  }

  public static Theme builtIn() {
    return new Theme(
        "themes/default", BuiltIn.TEMPLATES, java.util.Set.of(), BuiltIn.STATIC, Map.of());
  }

  /** The theme {@code name} of the portfolio in {@code portfolioDir}, or the built-in one. */
  public static Theme load(Path portfolioDir, Optional<String> name) {
    if (name.isEmpty()) return builtIn();
    Path dir = portfolioDir.resolve("themes").resolve(name.get());
    Map<String, String> userTemplates = texts(files(dir.resolve("templates")));
    Map<String, String> templates = new TreeMap<>(BuiltIn.TEMPLATES);
    templates.putAll(userTemplates);
    Map<String, byte[]> statics = new TreeMap<>(BuiltIn.STATIC);
    statics.putAll(files(dir.resolve("static")));
    return new Theme(
        "themes/" + name.get(), templates, userTemplates.keySet(), statics, messages(dir));
  }

  /** The theme's {@code i18n/<lang>.properties} texts by language. */
  private static Map<String, String> messages(Path themeDir) {
    Map<String, String> byLanguage = new TreeMap<>();
    texts(files(themeDir.resolve("i18n")))
        .forEach(
            (name, text) -> {
              if (name.endsWith(".properties") && name.indexOf('/') < 0) {
                byLanguage.put(name.substring(0, name.length() - ".properties".length()), text);
              }
            });
    return byLanguage;
  }

  /** Every regular file below {@code dir} by its '/'-separated path, sorted; none if no folder. */
  private static Map<String, byte[]> files(Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) return files;
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read theme files in " + dir, e);
    }
    return files;
  }

  private static Map<String, String> texts(Map<String, byte[]> files) {
    Map<String, String> texts = new TreeMap<>();
    files.forEach((name, bytes) -> texts.put(name, new String(bytes, StandardCharsets.UTF_8)));
    return texts;
  }

  /** The built-in theme's folder, inside the jar or on the class path during development. */
  private static Path builtInRoot() {
    URL url = Theme.class.getResource(Theme.BUILT_IN_RESOURCE);
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
