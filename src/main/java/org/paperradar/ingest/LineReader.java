package org.paperradar.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an input line by line as bytes and decodes each line strictly as UTF-8, so one badly
 * encoded or overlong line is reported on its own instead of corrupting or aborting the stream.
 */
final class LineReader {
  /** Lines longer than this are skipped and reported: no real record comes close. */
  static final int MAX_LINE_BYTES = 8 << 20;

  interface LineHandler {
    void line(long number, String text);
  }

  interface BadLineHandler {
    void bad(long number, String reason);
  }

  private LineReader() {}

  static void forEachLine(InputStream in, LineHandler onLine, BadLineHandler onBad)
      throws IOException {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buf = new byte[1 << 16];
    ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
    long number = 1;
    boolean tooLong = false;
    int n;
    while ((n = in.read(buf)) > 0) {
      int start = 0;
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          if (!tooLong) {
            line.write(buf, start, i - start);
          }
          emit(number++, line, tooLong, decoder, onLine, onBad);
          line.reset();
          tooLong = false;
          start = i + 1;
        }
      }
      if (!tooLong) {
        line.write(buf, start, n - start);
        if (line.size() > MAX_LINE_BYTES) {
          tooLong = true;
          line.reset();
        }
      }
    }
    if (tooLong || line.size() > 0) {
      emit(number, line, tooLong, decoder, onLine, onBad);
    }
  }

  private static void emit(
      long number,
      ByteArrayOutputStream line,
      boolean tooLong,
      CharsetDecoder decoder,
      LineHandler onLine,
      BadLineHandler onBad) {
    if (tooLong) {
      onBad.bad(number, "line longer than " + MAX_LINE_BYTES + " bytes");
      return;
    }
    byte[] bytes = line.toByteArray();
    int len = bytes.length;
    if (len > 0 && bytes[len - 1] == '\r') {
      len--;
    }
    int off = 0;
    if (number == 1 && len >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB) {
      off = 3; // UTF-8 byte order mark
    }
    try {
      onLine.line(number, decoder.decode(ByteBuffer.wrap(bytes, off, len - off)).toString());
    } catch (CharacterCodingException e) {
      onBad.bad(number, "not valid UTF-8 (" + e.getClass().getSimpleName() + ")");
    }
  }
}
