package dev.pyxc.lex;

import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostic;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Source bytes to text as Cython reads them (PEP 263 and 3120): UTF-8 unless the first or second
 * line declares another encoding ({@code # -*- coding: latin-1 -*-}); a UTF-8 byte order mark
 * is skipped. Bytes the encoding cannot decode are a positioned error worded as Cython's, with
 * Python's reason ({@code invalid start byte}, ...), so a test of the message can compare them.
 */
public final class SourceDecoding {
  private SourceDecoding() {}

  /** What Cython matches anywhere in either of the first two lines (not only in a comment). */
  private static final Pattern CODING = Pattern.compile("(\\w*coding)[:=]\\s*([-\\w.]+)");

  /** Python codec names (after lower-casing, '_' as '-') that Java names differently. */
  private static final Map<String, Charset> ALIASES = Map.of(
      "latin-1", StandardCharsets.ISO_8859_1, "latin1", StandardCharsets.ISO_8859_1, "l1", StandardCharsets.ISO_8859_1,
      "iso8859-1", StandardCharsets.ISO_8859_1, "utf8", StandardCharsets.UTF_8, "u8", StandardCharsets.UTF_8,
      "utf-8-sig", StandardCharsets.UTF_8, "ascii", StandardCharsets.US_ASCII, "646", StandardCharsets.US_ASCII);

  public static String decode(byte[] bytes, String file) throws CompileError {
    int start = 0;
    String encoding = declaredEncoding(bytes);
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
      start = 3;
      encoding = "utf-8";
    }
    Charset charset = charset(encoding);
    if (charset == null) {
      throw new CompileError(List.of(Diagnostic.error(file, 1, 0, "unknown encoding: " + encoding)));
    }
    CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) throw decodingError(bytes, in.position(), charset, file);
    r = decoder.flush(out);
    if (r.isError()) throw decodingError(bytes, in.position(), charset, file);
    return out.flip().toString();
  }

  /** The encoding named on line 1 or 2, in Python's spelling; UTF-8 when there is none. */
  static String declaredEncoding(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2000), StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\n", 3);
    for (int i = 0; i < Math.min(2, lines.length); i++) {
      Matcher m = CODING.matcher(lines[i]);
      if (m.find() && !(i == 0 && m.group(1).equals("c_string_encoding"))) return m.group(2);
    }
    return "utf-8";
  }

  static Charset charset(String pythonName) {
    String n = pythonName.toLowerCase(Locale.ROOT).replace('_', '-');
    Charset alias = ALIASES.get(n);
    if (alias != null) return alias;
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Cython reports the line of the failing byte and its column counted from 1 (the byte's 0-based
   * offset in its line plus one), and Python's codec name and reason. A sequence cut off by the end
   * of the file is reported at 1:1, as Cython does: Python's decoder reports it relative to the
   * bytes left over at the end.
   */
  private static CompileError decodingError(byte[] bytes, int at, Charset charset, String file) {
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    String reason;
    if (!utf8) {
      reason = charset.equals(StandardCharsets.US_ASCII) ? "ordinal not in range(128)" : "character maps to <undefined>";
    } else if (!isLead(bytes[at])) {
      reason = "invalid start byte";
    } else if (cutOffByTheEnd(bytes, at)) {
      reason = "unexpected end of data";
    } else {
      reason = "invalid continuation byte";
    }
    int line = 1;
    int col = 1;
    if (!reason.equals("unexpected end of data")) {
      int lineStart = 0;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      col = at - lineStart + 1;
    }
    String name = utf8 ? "utf-8" : charset.equals(StandardCharsets.US_ASCII) ? "ascii" : charset.name().toLowerCase(Locale.ROOT);
    return new CompileError(List.of(Diagnostic.error(file, line, col,
        "Decoding error, missing or incorrect coding=<encoding-name> at top of source (cannot decode with encoding '"
            + name + "': " + reason + ")")));
  }

  /** A byte that can start a UTF-8 sequence of two or more bytes (Python rejects C0, C1 and F5 up). */
  private static boolean isLead(byte b) {
    int v = b & 0xff;
    return v >= 0xc2 && v <= 0xf4;
  }

  /** Whether the sequence led by {@code bytes[at]} is sound so far but the file ends inside it. */
  private static boolean cutOffByTheEnd(byte[] bytes, int at) {
    int v = bytes[at] & 0xff;
    int length = v >= 0xf0 ? 4 : v >= 0xe0 ? 3 : 2;
    if (at + length <= bytes.length) return false;
    for (int i = at + 1; i < bytes.length; i++) {
      if ((bytes[i] & 0xc0) != 0x80) return false;
    }
    return true;
  }
}
