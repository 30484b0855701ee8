package dev.cairn.model;

import java.util.Objects;

/** One file of the generated site: its path under the output folder ('/'-separated) and bytes. */
public record OutputFile(String path, byte[] content) {

  public OutputFile {
    Objects.requireNonNull(path);
    Objects.requireNonNull(content);
    if (path.isEmpty()
        || path.startsWith("/")
        || path.contains("\\")
        || path.contains("//")
        || ("/" + path + "/").contains("/../")
        || ("/" + path + "/").contains("/./")) {
      throw new IllegalArgumentException("not a safe relative output path: " + path);
    }
  }
}
