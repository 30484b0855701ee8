package dev.cairn.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes strict UTF-8 and knows where it failed: readers further up read ahead, so the place of a
 * malformed byte is counted here, over the characters decoded before it (lines end at LF, CR or
 * CRLF; columns count characters).
 */
final class Utf8Reader extends Reader {

  /** A malformed byte at a 1-based line and column. */
  static final class Malformed extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    Malformed(int line, int column) {
      this.line = line;
      this.column = column;
    }

    @Override
    public String getMessage() {
      return "not valid UTF-8 at line " + line + ", column " + column;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 14);
  private final CharBuffer chars = CharBuffer.allocate(1 << 14);
  private boolean eof;
  private Malformed pending;
  private int line = 1;
  private int column = 1;
  private boolean afterCr;

  Utf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    if (len == 0) return 0;
    while (!chars.hasRemaining()) {
      if (pending != null) throw pending;
      if (!fill()) return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    for (int i = off; i < off + n; i++) track(buf[i]);
    return n;
  }

  private void track(char c) {
    if (c == '\n') {
      if (!afterCr) line++;
      column = 1;
      afterCr = false;
    } else if (c == '\r') {
      line++;
      column = 1;
      afterCr = true;
    } else {
      if (!Character.isLowSurrogate(c)) column++;
      afterCr = false;
    }
  }

  /** Decodes more characters; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.compact();
    try {
      while (chars.position() == 0) {
        if (!eof && bytes.remaining() < 4) {
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) eof = true;
          else bytes.position(bytes.position() + n);
          bytes.flip();
        }
        CoderResult r = decoder.decode(bytes, chars, eof);
        if (r.isError()) {
          // Deliver what came before the bad byte first; its place is known once that is read.
          pending = new Malformed(0, 0);
          break;
        }
        if (eof && !bytes.hasRemaining()) {
          if (chars.position() == 0) {
            decoder.flush(chars);
          }
          break;
        }
      }
    } finally {
      chars.flip();
    }
    if (pending != null && pending.line == 0) {
      // Count the good characters now waiting, then report the place after them.
      int l = line;
      int c = column;
      boolean cr = afterCr;
      for (int i = chars.position(); i < chars.limit(); i++) {
        char ch = chars.get(i);
        if (ch == '\n') {
          if (!cr) l++;
          c = 1;
          cr = false;
        } else if (ch == '\r') {
          l++;
          c = 1;
          cr = true;
        } else {
          if (!Character.isLowSurrogate(ch)) c++;
          cr = false;
        }
      }
      pending = new Malformed(l, c);
      if (!chars.hasRemaining()) throw pending;
    }
    return chars.hasRemaining();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
