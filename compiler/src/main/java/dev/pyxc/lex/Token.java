package dev.pyxc.lex;

import dev.pyxc.diag.Pos;

/**
 * One token. {@code text} is the source spelling; for STRING/BYTES {@code value} is the decoded
 * content (bytes as Latin-1 chars), otherwise {@code value} equals {@code text}.
 */
public record Token(TokenKind kind, String text, String value, int line, int col) {
  public Pos pos() {
    return new Pos(line, col);
  }

  @Override
  public String toString() {
    return line + ":" + col + " " + kind + (kind.text == null && !text.isEmpty() ? " " + text : "");
  }
}
