package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.List;

/**
 * Cython's counted loop header, in a for statement or a comprehension, after its target:
 * {@code from a <= x < b [by s]}, or the short form {@code for a <= x < b} whose "target" was
 * the first bound. Cython's errors for a target that is no name or not the name between the
 * relations, and for relations of opposite directions, are reported and parsing goes on.
 */
final class ForFromParser {
  /** The loop's target, its iter (the tuple of bound and step expressions) and its relations. */
  record Loop(Expr target, Expr iter, Stmt.FromBounds bounds) {}

  private ForFromParser() {}

  /** The relation at the cursor, or null. */
  static TokenKind relation(TokenCursor in) {
    TokenKind k = in.peek().kind();
    return k == TokenKind.LT || k == TokenKind.LE || k == TokenKind.GT || k == TokenKind.GE ? k : null;
  }

  // for_from: ['from' bit_expr] relation NAME relation bit_expr ['by' bit_expr]
  static Loop parse(TokenCursor in, ExpressionParser expr, Expr written) {
    Expr target = in.match(TokenKind.FROM) ? written : null;
    Expr first = target == null ? written : expr.bitOr();
    TokenKind rel1 = expectRelation(in);
    Token name = in.peek();
    if (name.kind() != TokenKind.NAME) throw in.error(name.pos(), "Expected an identifier");
    in.advance();
    Token rel2Token = in.peek();
    TokenKind rel2 = expectRelation(in);
    Expr bound = expr.bitOr();
    Expr step = null;
    if (in.checkName("by")) {
      in.advance();
      step = expr.bitOr();
    }
    if (target == null) {
      target = new Expr.Name(name.text(), name.pos());
    } else if (!(target instanceof Expr.Name n)) {
      in.report(target.pos(), "Target of for-from statement must be a variable name");
    } else if (!n.id().equals(name.text())) {
      in.report(name.pos(), "Variable name in for-from range does not match target");
    }
    boolean upward = rel1 == TokenKind.LT || rel1 == TokenKind.LE;
    if (upward != (rel2 == TokenKind.LT || rel2 == TokenKind.LE)) {
      in.report(rel2Token.pos(), "Relation directions in for-from do not match");
    }
    List<Expr> parts = step == null ? List.of(first, bound) : List.of(first, bound, step);
    Stmt.FromBounds bounds = new Stmt.FromBounds(rel1 == TokenKind.LT || rel1 == TokenKind.GT, upward,
        rel2 == TokenKind.LT || rel2 == TokenKind.GT);
    return new Loop(target, new Expr.TupleExpr(parts, first.pos()), bounds);
  }

  private static TokenKind expectRelation(TokenCursor in) {
    TokenKind k = relation(in);
    if (k == null) throw in.error(in.peek().pos(), "Expected one of '<', '<=', '>' '>='");
    in.advance();
    return k;
  }
}
