package dev.cairn.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes file bytes as UTF-8 and refuses to guess: a malformed byte is reported with its line and
 * column instead of turning into U+FFFD. A leading byte-order mark is dropped.
 */
final class StrictUtf8Decoder {

  /** The outcome of decoding: either the text or where it went wrong. */
  sealed interface Result permits Text, Malformed {}

  record Text(String text) implements Result {}

  /** The first bad byte, at a 1-based line and column (columns count decoded code points). */
  record Malformed(int line, int column, int badByte) implements Result {
    String message() {
      return String.format(
          Locale.ROOT,
          "not valid UTF-8 (byte 0x%02X); save the file with UTF-8 encoding",
          badByte & 0xFF);
    }
  }

  private StrictUtf8Decoder() {}

  static Result decode(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) result = decoder.flush(out);
    out.flip();
    if (result.isError()) {
      int badByte = in.position() < bytes.length ? bytes[in.position()] : 0;
      String prefix = withoutBom(out.toString());
      LineIndex lines = LineIndex.of(prefix);
      int offset = prefix.codePointCount(0, prefix.length());
      return new Malformed(lines.line(offset), lines.column(offset), badByte);
    }
    return new Text(withoutBom(out.toString()));
  }

  private static String withoutBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
