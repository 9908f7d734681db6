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

  /** A C string literal for arbitrary text (UTF-8, escaped). */
  static String cString(String s) {
    StringBuilder sb = new StringBuilder("\"");
    byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (byte b : bytes) appendByte(sb, b & 0xff);
    return sb.append('"').toString();
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
