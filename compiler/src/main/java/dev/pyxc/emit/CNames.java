package dev.pyxc.emit;

import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;

/** C spellings: types of registers and safe identifiers for Python names. */
final class CNames {
  private CNames() {}

  static String type(CType t) {
    return dev.pyxc.ir.CSpelling.of(t);
  }

  /** A C identifier for a Python identifier (which may be a C keyword or non-ASCII). */
  static String ident(String name) {
    return dev.pyxc.ir.CSymbols.ident(name);
  }

  static String reg(Register r) {
    return switch (r.kind()) {
      case TEMP -> "t" + r.id();
      case PARAM -> "a_" + ident(r.name());
      case LOCAL -> r.name().startsWith("$") ? "h_" + ident(r.name().substring(1)) : "v_" + ident(r.name());
    };
  }

  /** A C string literal for arbitrary text (UTF-8, escaped; see {@link #utf8}). */
  static String cString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (byte b : utf8(s)) appendByte(sb, b & 0xff);
    return sb.append('"').toString();
  }

  /**
   * The UTF-8 bytes of {@code s}, a lone surrogate (Python allows {@code '\\udc00'}) encoded as
   * its three bytes, as Python's "surrogatepass" error handler writes and reads it back.
   */
  static byte[] utf8(String s) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        out.write(cp);
      } else if (cp < 0x800) {
        out.write(0xc0 | cp >> 6);
        out.write(0x80 | cp & 0x3f);
      } else if (cp < 0x10000) {
        out.write(0xe0 | cp >> 12);
        out.write(0x80 | cp >> 6 & 0x3f);
        out.write(0x80 | cp & 0x3f);
      } else {
        out.write(0xf0 | cp >> 18);
        out.write(0x80 | cp >> 12 & 0x3f);
        out.write(0x80 | cp >> 6 & 0x3f);
        out.write(0x80 | cp & 0x3f);
      }
    }
    return out.toByteArray();
  }

  /** A C string literal whose bytes are the chars of {@code s} (each 0..255). */
  static String cBytes(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) appendByte(sb, s.charAt(i) & 0xff);
    return sb.append('"').toString();
  }

  private static void appendByte(StringBuilder sb, int b) {
    if (b == '"' || b == '\\') sb.append('\\').append((char) b);
    else if (b == '\n') sb.append("\\n");
    else if (b == '?') sb.append("\\?");
    else if (b >= 32 && b < 127) sb.append((char) b);
    else sb.append(String.format("\\%03o", b));
  }
}
