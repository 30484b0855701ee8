package dev.cairn.content;

import dev.cairn.model.Diagnostic;
import dev.cairn.model.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** Reads a content file as strict UTF-8; unreadable or malformed files become diagnostics. */
final class SourceReader {
  static final long MAX_BYTES = 8L * 1024 * 1024;

  private SourceReader() {}

  static Optional<String> read(SourceFile source, List<Diagnostic> sink) {
    byte[] bytes;
    try {
      if (Files.size(source.file()) > MAX_BYTES) {
        sink.add(
            Diagnostic.error(
                SourcePosition.startOf(source.path()),
                "file is larger than "
                    + MAX_BYTES / (1024 * 1024)
                    + " MB; split it or move media out of content/"));
        return Optional.empty();
      }
      bytes = Files.readAllBytes(source.file());
    } catch (IOException e) {
      sink.add(
          Diagnostic.error(
              SourcePosition.startOf(source.path()),
              "cannot read file: " + ContentWalker.reason(e)));
      return Optional.empty();
    }
    return decode(source, bytes, sink);
  }

  /**
   * The text of {@code bytes}, the content of {@code source} as read; malformed text is reported.
   */
  static Optional<String> decode(SourceFile source, byte[] bytes, List<Diagnostic> sink) {
    StrictUtf8Decoder.Result result = StrictUtf8Decoder.decode(bytes);
    if (result instanceof StrictUtf8Decoder.Malformed bad) {
      sink.add(
          Diagnostic.error(
              new SourcePosition(source.path(), bad.line(), bad.column()), bad.message()));
      return Optional.empty();
    }
    return Optional.of(((StrictUtf8Decoder.Text) result).text());
  }
}
