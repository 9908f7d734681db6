package dev.pyxc.lex;

import dev.pyxc.diag.Pos;
import java.util.List;

/**
 * One token. {@code text} is the source spelling; for STRING/BYTES {@code value} is the decoded
 * content (bytes as Latin-1 chars), otherwise {@code value} equals {@code text}. An FSTRING token
 * carries its pieces in {@code fstring} (null for every other kind); {@code file} is the included
 * file the token is in, null in the module's own source.
 */
public record Token(TokenKind kind, String text, String value, int line, int col, List<FStringPart> fstring, String file) {
  public Token(TokenKind kind, String text, String value, int line, int col) {
    this(kind, text, value, line, col, null, null);
  }

  public Token(TokenKind kind, String text, String value, int line, int col, List<FStringPart> fstring) {
    this(kind, text, value, line, col, fstring, null);
  }

  /** The same token of an included file (its positions name that file). */
  public Token inFile(String f) {
    return new Token(kind, text, value, line, col, fstring, f);
  }

  public Pos pos() {
    return new Pos(line, col, file);
  }

  @Override
  public String toString() {
    return line + ":" + col + " " + kind + (kind.text == null && !text.isEmpty() ? " " + text : "");
  }
}
