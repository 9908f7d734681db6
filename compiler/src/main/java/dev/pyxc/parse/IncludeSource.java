package dev.pyxc.parse;

import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import java.util.List;

/**
 * Where the parser gets the files {@code include "file.pxi"} names: the driver reads and lexes them.
 * The parser reads an included file's tokens in place of the statement, with the same compile-time
 * constants, as Cython's textual inclusion does: a {@code DEF} of the included file holds in the
 * including one, and an include may stand in any block.
 */
public interface IncludeSource {
  /** An included file: the name its positions give (how it is shown in errors) and its tokens, ending with EOF. */
  record Included(String file, List<Token> tokens) {}

  /** Why a file cannot be included, reported at {@code pos}. */
  final class Failure extends Exception {
    public final Pos pos;

    public Failure(Pos pos, String message) {
      super(message, null, false, false);
      this.pos = pos;
    }
  }

  /**
   * The file {@code path} names, as the file {@code includer} (null: the module's own) includes it
   * at {@code at}.
   */
  Included read(String path, String includer, Pos at) throws Failure;
}
