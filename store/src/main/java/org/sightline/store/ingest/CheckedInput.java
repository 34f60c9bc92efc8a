package org.sightline.store.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes and lines read and checks that they are well-formed UTF-8, so that an encoding
 * problem is reported with the exact line of the first bad byte (a decoder reads ahead and cannot
 * say where it is).
 */
final class CheckedInput extends FilterInputStream {
  /** Thrown for the first byte that is not valid UTF-8. */
  static final class EncodingException extends IOException {
    final long line;

    EncodingException(long line) {
      super("line " + line + ": the file is not valid UTF-8 (save it as UTF-8 and retry)");
      this.line = line;
    }
  }

  private long bytes;
  private long newlines;
  private int pending; // continuation bytes still expected
  private int lower = 0x80; // allowed range of the next continuation byte
  private int upper = 0xBF;

  CheckedInput(InputStream in) {
    super(in);
  }

  long bytesRead() {
    return bytes;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      endOfInput();
    } else {
      check(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n < 0) {
      endOfInput();
      return n;
    }
    for (int i = off; i < off + n; i++) {
      check(buf[i] & 0xFF);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("skipping is not supported");
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void endOfInput() throws EncodingException {
    if (pending > 0) {
      pending = 0;
      throw new EncodingException(newlines + 1);
    }
  }

  private void check(int b) throws EncodingException {
    bytes++;
    if (pending > 0) {
      if (b < lower || b > upper) {
        throw new EncodingException(newlines + 1);
      }
      pending--;
      lower = 0x80;
      upper = 0xBF;
      return;
    }
    if (b < 0x80) {
      if (b == '\n') {
        newlines++;
      }
    } else if (b >= 0xC2 && b <= 0xDF) {
      pending = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      pending = 2;
      if (b == 0xE0) {
        lower = 0xA0; // no overlong forms
      } else if (b == 0xED) {
        upper = 0x9F; // no surrogates
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      pending = 3;
      if (b == 0xF0) {
        lower = 0x90;
      } else if (b == 0xF4) {
        upper = 0x8F;
      }
    } else {
      throw new EncodingException(newlines + 1);
    }
  }
}
