package dev.cairn.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a raw request path into the names of the file it asks for, decoding percent escapes once
 * and strictly, and refusing anything that could step outside the site: dot segments (also
 * encoded), encoded slashes and backslashes, empty segments ({@code //}), NUL and other control
 * characters, and drive letters or colons.
 */
final class RequestPathDecoder {

  /** The longest raw path accepted; site paths are far shorter. */
  static final int MAX_LENGTH = 2048;

  /**
   * The decoded path: its segments, and whether the raw path ended with a slash (a folder). {@code
   * segments} is empty for {@code /}.
   */
  record RequestPath(List<String> segments, boolean trailingSlash) {
    RequestPath {
      segments = List.copyOf(segments);
    }

    String relative() {
      return String.join("/", segments);
    }
  }

  private RequestPathDecoder() {}

  /** The decoded path, or empty when the raw path is malformed or unsafe. */
  static Optional<RequestPath> decode(String rawPath) {
    if (rawPath == null
        || rawPath.isEmpty()
        || rawPath.length() > MAX_LENGTH
        || rawPath.charAt(0) != '/') {
      return Optional.empty();
    }
    String body = rawPath.substring(1);
    boolean trailingSlash = body.isEmpty() || body.endsWith("/");
    if (trailingSlash && !body.isEmpty()) body = body.substring(0, body.length() - 1);
    List<String> segments = new ArrayList<>();
    if (!body.isEmpty()) {
      for (String raw : body.split("/", -1)) {
        Optional<String> segment = decodeSegment(raw);
        if (segment.isEmpty() || !isSafe(segment.get())) return Optional.empty();
        segments.add(segment.get());
      }
    }
    return Optional.of(new RequestPath(segments, trailingSlash));
  }

  private static boolean isSafe(String segment) {
    if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) return false;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) return false;
    }
    return true;
  }

  private static Optional<String> decodeSegment(String raw) {
    if (raw.indexOf('%') < 0) return Optional.of(raw);
    ByteBuffer bytes = ByteBuffer.allocate(raw.length() * 4);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) return Optional.empty();
        int hi = Character.digit(raw.charAt(i + 1), 16);
        int lo = Character.digit(raw.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) return Optional.empty();
        bytes.put((byte) (hi * 16 + lo));
        i += 2;
      } else {
        int cp = raw.codePointAt(i);
        bytes.put(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
        i += Character.charCount(cp) - 1;
      }
    }
    bytes.flip();
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(bytes)
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
