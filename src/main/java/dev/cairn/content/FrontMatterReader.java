package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.SourcePosition;
import java.util.List;
import java.util.Optional;

/** Splits a goal or log file and composes its front matter: the first step for both. */
final class FrontMatterReader {

  /** A file whose front matter is a well-formed mapping, with a reader for its fields. */
  record Document(FieldReader reader, Fields fields, String body) {}

  private FrontMatterReader() {}

  /** The document, or empty after adding its error to {@code sink}. */
  static Optional<Document> read(String path, String text, String kind, List<Diagnostic> sink) {
    FrontMatterSplitter.Split split = FrontMatterSplitter.split(text);
    if (split instanceof FrontMatterSplitter.Absent) {
      sink.add(
          Diagnostic.error(
              SourcePosition.startOf(path),
              "no front matter: a "
                  + kind
                  + " file starts with a line `---`, then its YAML fields, then a line `---`"));
      return Optional.empty();
    }
    if (split instanceof FrontMatterSplitter.Unclosed) {
      sink.add(
          Diagnostic.error(
              SourcePosition.startOf(path),
              "front matter opened here is never closed; add a line `---` after it"));
      return Optional.empty();
    }
    FrontMatterSplitter.Present present = (FrontMatterSplitter.Present) split;
    Optional<YamlDocument> yaml =
        YamlComposer.compose(path, present.yaml(), present.yamlLine(), sink);
    if (yaml.isEmpty()) return Optional.empty();
    FieldReader reader = new FieldReader(yaml.get(), sink);
    return reader.root("front matter").map(fields -> new Document(reader, fields, present.body()));
  }
}
