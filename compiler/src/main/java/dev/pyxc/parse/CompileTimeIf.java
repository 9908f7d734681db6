package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Module;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.List;
import java.util.function.Supplier;

/**
 * Cython's compile-time {@code IF} over any kind of block (statements, or the declarations of a
 * {@code cdef extern from} block): every branch is parsed, DEF statements count only in the one
 * taken (the first whose condition holds, in a taken context), and that branch's contents stand in
 * the IF's place.
 */
final class CompileTimeIf {
  private CompileTimeIf() {}

  static final String DEPRECATED = "The 'IF' statement is deprecated and will be removed in a future Cython version. "
      + "Consider using runtime conditions or C macros instead. See https://github.com/cython/cython/issues/4310";

  // IF_stmt: 'IF' test ':' block ('ELIF' test ':' block)* ['ELSE' ':' block]
  /** The contents of the branch taken (none when none is), each branch read by {@code block} after its colon. */
  static <T> List<T> parse(TokenCursor in, ExpressionParser expr, Supplier<List<T>> block) {
    Token kw = in.peek();
    in.warnings.add(new Module.Warning(kw.pos(), DEPRECATED));
    boolean outer = expr.constants.active();
    boolean open = outer;
    List<T> taken = List.of();
    do {
      Token branch = in.advance();
      Expr cond = expr.test();
      boolean holds;
      try {
        holds = open && expr.constants.condition(cond);
      } catch (CompileTimeConstants.NotConstant e) {
        throw in.unsupported(branch, "IF of a condition other than constants, arithmetic and comparisons");
      }
      in.expect(TokenKind.COLON);
      expr.constants.activate(holds);
      List<T> body = block.get();
      if (holds) {
        taken = body;
        open = false;
      }
    } while (in.check(TokenKind.NAME) && in.peek().text().equals("ELIF"));
    if (in.check(TokenKind.NAME) && in.peek().text().equals("ELSE") && in.peek(1).kind() == TokenKind.COLON) {
      in.advance();
      in.advance();
      expr.constants.activate(open);
      List<T> body = block.get();
      if (open) taken = body;
    }
    expr.constants.activate(outer);
    return taken;
  }
}
