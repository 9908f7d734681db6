package dev.pyxc.lex;

import dev.pyxc.diag.Pos;
import java.util.List;

/**
 * A piece of an f-string as the lexer leaves it: decoded literal text, or a replacement field
 * whose expression the lexer has already scanned into tokens (with their positions in the file,
 * ending with an EOF token where the expression ends), so the parser parses it like any other
 * expression and its errors point into the f-string.
 */
public sealed interface FStringPart {
  /** Literal characters, escapes decoded and {@code {{}}/{@code }}} halved; {@code pos} is the first one. */
  record Text(String value, Pos pos) implements FStringPart {}

  /**
   * {@code {expr=!c:spec}}: {@code tokens} covers everything between the brace and the {@code ':'}
   * or {@code '}'} that ends it (the {@code =} and {@code !c} included, as the parser reads them),
   * {@code source} the same span as written (the text the {@code =} form prints); {@code spec} is
   * null without a {@code ':'}, else the pieces of the format spec (which may hold fields).
   */
  record Field(Pos brace, List<Token> tokens, String source, List<FStringPart> spec, Pos specPos) implements FStringPart {}
}
