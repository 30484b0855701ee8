package dev.cairn.render;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.function.Supplier;

/**
 * A file of the site that is not a page (data export, chart, theme file): its path, the values it
 * is made from, and how to make its bytes.
 */
public record FileJob(String path, List<?> inputs, Supplier<byte[]> content) {

  /** A file whose bytes are already at hand; its inputs are those bytes. */
  public static FileJob ready(String path, byte[] bytes) {
    return new FileJob(path, List.of(ByteBuffer.wrap(bytes)), () -> bytes);
  }
}
