package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;

/**
 * Cython's C forms at the level of a factor: a cast {@code <T>x} (or {@code <T?>x}), an address
 * {@code &x} and {@code sizeof(T)}. Apart from {@link ExpressionParser} because they are not
 * Python's and each reads a C type (through the {@link TypeRefParser}) where Python has none;
 * their operands are factors again, counted against the same nesting limit.
 */
final class CExpressionParser {
  private final TokenCursor in;
  private final ExpressionParser expr;

  CExpressionParser(TokenCursor in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  // address_of: '&' factor
  Expr addressOf(Token t) {
    in.advance();
    if (expr.nesting >= ExpressionParser.MAX_NESTING) throw in.error(t.pos(), "too many nested unary operators");
    expr.nesting++;
    try {
      return new Expr.AddressOf(expr.factor(), t.pos());
    } finally {
      expr.nesting--;
    }
  }

  // typecast: '<' cast_type ['?'] '>' factor
  // As in Cython the operand is a factor: `<int>x ** 2` casts the power, `<int>x + 1` adds after.
  Expr typecast() {
    Token lt = in.advance();
    dev.pyxc.ast.TypeRef type = expr.typeRefs.castType(lt);
    boolean checked = in.match(TokenKind.QUESTION);
    in.expect(TokenKind.GT);
    if (expr.nesting >= ExpressionParser.MAX_NESTING) throw in.error(lt.pos(), "too many nested casts");
    expr.nesting++;
    try {
      return new Expr.Cast(type, checked, expr.factor(), lt.pos());
    } finally {
      expr.nesting--;
    }
  }

  // sizeof: 'sizeof' '(' (type '*'* | test) ')'
  // As in Cython, what starts with a C type word is a type; a name alone is an expression,
  // which sema reads as a type when it names one.
  Expr sizeof() {
    Token kw = in.advance();
    in.expect(TokenKind.LPAREN);
    Expr e;
    if (expr.typeRefs != null && looksLikeType()) {
      dev.pyxc.ast.TypeRef type = expr.typeRefs.pointers(expr.typeRefs.typeRef());
      if (expr.typeRefs.atFunctionPointer() && in.peek(2).kind() == TokenKind.RPAREN) type = expr.typeRefs.functionPointer(type).type();
      e = new Expr.SizeOf(type, null, kw.pos());
    } else {
      e = new Expr.SizeOf(null, expr.test(), kw.pos());
    }
    in.expect(TokenKind.RPAREN);
    return e;
  }

  private boolean looksLikeType() {
    if (!in.check(TokenKind.NAME)) return false;
    Token next = in.peek(1);
    // `Spam (*)()`: a pointer to a function returning Spam
    if (next.kind() == TokenKind.LPAREN && in.peek(2).kind() == TokenKind.STAR && in.peek(3).kind() == TokenKind.RPAREN) return true;
    if (next.kind() == TokenKind.STAR || next.kind() == TokenKind.DSTAR) {
      return in.peek(2).kind() == TokenKind.RPAREN || in.peek(2).kind() == TokenKind.STAR || in.peek(2).kind() == TokenKind.DSTAR;
    }
    return switch (in.peek().text()) {
      case "char", "short", "int", "long", "float", "double", "unsigned", "signed", "void", "bint", "Py_ssize_t", "size_t",
          "Py_hash_t", "ptrdiff_t", "const" -> true;
      default -> false;
    };
  }
}
