package dev.pyxc.lex;

import dev.pyxc.diag.Pos;
import java.util.List;

/**
 * One token. {@code text} is the source spelling; for STRING/BYTES {@code value} is the decoded
 * content (bytes as Latin-1 chars), otherwise {@code value} equals {@code text}. An FSTRING token
 * carries its pieces in {@code fstring} (null for every other kind).
 */
public record Token(TokenKind kind, String text, String value, int line, int col, List<FStringPart> fstring) {
  public Token(TokenKind kind, String text, String value, int line, int col) {
    this(kind, text, value, line, col, null);
  }

  public Pos pos() {
    return new Pos(line, col);
  }

  @Override
  public String toString() {
    return line + ":" + col + " " + kind + (kind.text == null && !text.isEmpty() ? " " + text : "");
  }
}
