package dev.cairn.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.cairn.content.StrictUtf8Decoder.Malformed;
import dev.cairn.content.StrictUtf8Decoder.Text;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8DecoderTest {

  private static byte[] bytes(String before, int bad, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    out.write(bad);
    out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  @Test
  void decodesValidUtf8() {
    Text text =
        assertInstanceOf(
            Text.class, StrictUtf8Decoder.decode("Größe – 🎸".getBytes(StandardCharsets.UTF_8)));
    assertEquals("Größe – 🎸", text.text());
  }

  @Test
  void stripsLeadingByteOrderMark() {
    Text text =
        assertInstanceOf(
            Text.class, StrictUtf8Decoder.decode("\uFEFF---\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("---\n", text.text());
  }

  @Test
  void reportsLineAndColumnOfTheBadByte() {
    // Latin-1 "é" (0xE9) on line 3, after "win: caf" (8 characters).
    Malformed bad =
        assertInstanceOf(
            Malformed.class,
            StrictUtf8Decoder.decode(bytes("---\ngoal: x\nwin: caf", 0xE9, "\n---\n")));
    assertEquals(3, bad.line());
    assertEquals(9, bad.column());
    assertEquals("not valid UTF-8 (byte 0xE9); save the file with UTF-8 encoding", bad.message());
  }

  @Test
  void countsCrlfAndLoneCrAsOneLineBreakEach() {
    Malformed bad =
        assertInstanceOf(
            Malformed.class, StrictUtf8Decoder.decode(bytes("a\r\nb\rc\nä", 0xFF, "")));
    assertEquals(4, bad.line());
    assertEquals(2, bad.column());
  }

  @Test
  void reportsTruncatedSequenceAtEndOfFile() {
    Malformed bad =
        assertInstanceOf(Malformed.class, StrictUtf8Decoder.decode(bytes("ok\n", 0xC3, "")));
    assertEquals(2, bad.line());
    assertEquals(1, bad.column());
  }
}
