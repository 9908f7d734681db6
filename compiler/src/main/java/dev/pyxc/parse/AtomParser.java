package dev.pyxc.parse;

import dev.pyxc.ast.ComprehensionVariables;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Atoms, the operands at the bottom of the precedence levels: names (and DEF constants),
 * numbers, characters, strings (adjacent literals joined, f-strings handed to the
 * {@link FStringParser}), the parenthesised, list, set and dict displays, and the comprehensions
 * and generator expressions written in them or as a call's one argument. Apart from
 * {@link ExpressionParser} because none of this is about precedence; the nesting limit on
 * brackets stays there, in {@code atom()}, which calls this class.
 */
final class AtomParser {
  private final TokenCursor in;
  private final ExpressionParser expr;
  private final FStringParser fstrings;
  private final ComprehensionVariables comprehensionVariables = new ComprehensionVariables();

  AtomParser(TokenCursor in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
    this.fstrings = new FStringParser(in, expr);
  }

  /** Operands of Cython's C level and of unpacking that pyxc does not compile, by name. */
  private String unsupportedOperand(Token t) {
    return switch (t.kind()) {
      case STAR -> "starred expression";
      default -> null;
    };
  }

  // atom: '(' [namedexpr_test | testlist] ')' | '[' [testlist] ']' | '{' [dictmaker] '}'
  //     | NAME | NUMBER | STRING+ | '...' | 'None' | 'True' | 'False'
  Expr atomInner(Token t) {
    String unsupported = unsupportedOperand(t);
    if (unsupported != null) throw in.unsupported(t, unsupported);
    switch (t.kind()) {
      case BACKQUOTE -> {
        // Python 2's `x, y` (repr of x, or of the tuple), which Cython parses at every language level.
        in.advance();
        List<Expr> items = new ArrayList<>(List.of(expr.test()));
        while (in.match(TokenKind.COMMA)) items.add(expr.test());
        in.expect(TokenKind.BACKQUOTE);
        Expr arg = items.size() == 1 ? items.get(0) : new Expr.TupleExpr(List.copyOf(items), t.pos());
        return new Expr.Call(new Expr.Name("repr", t.pos()), List.of(new Expr.Arg(null, arg, arg.pos())), t.pos());
      }
      case LPAREN -> {
        in.advance();
        if (in.match(TokenKind.RPAREN)) return new Expr.TupleExpr(List.of(), t.pos());
        Expr first = expr.starOr(expr::namedExprTest);
        if (first instanceof Expr.Starred && in.check(TokenKind.FOR)) {
          throw in.error(first.pos(), "iterable unpacking cannot be used in comprehension");
        }
        if (in.check(TokenKind.FOR)) {
          Expr gen = comprehension(Expr.ComprehensionKind.GENERATOR, first, null, t.pos());
          in.expect(TokenKind.RPAREN);
          return gen;
        }
        if (in.match(TokenKind.RPAREN)) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        if (first instanceof Expr.Starred && !in.check(TokenKind.COMMA)) {
          throw in.error(first.pos(), "starred expression is not allowed here");
        }
        while (in.match(TokenKind.COMMA)) {
          if (in.check(TokenKind.RPAREN)) break;
          elts.add(expr.starOr(expr::namedExprTest));
        }
        in.expect(TokenKind.RPAREN);
        return new Expr.TupleExpr(List.copyOf(elts), t.pos());
      }
      case LBRACKET -> {
        in.advance();
        List<Expr> elts = new ArrayList<>();
        while (!in.check(TokenKind.RBRACKET)) {
          elts.add(expr.starOr(expr::namedExprTest));
          if (elts.size() == 1 && in.check(TokenKind.FOR) && elts.get(0) instanceof Expr.Starred) {
            throw in.error(elts.get(0).pos(), "iterable unpacking cannot be used in comprehension");
          }
          if (elts.size() == 1 && in.check(TokenKind.FOR)) {
            Expr comp = comprehension(Expr.ComprehensionKind.LIST, elts.get(0), null, t.pos());
            in.expect(TokenKind.RBRACKET);
            return comp;
          }
          if (!in.match(TokenKind.COMMA)) break;
        }
        in.expect(TokenKind.RBRACKET);
        return new Expr.ListExpr(List.copyOf(elts), t.pos());
      }
      case LBRACE -> {
        in.advance();
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!in.check(TokenKind.RBRACE)) {
          if (in.check(TokenKind.DSTAR)) {
            // {**m, k: v}: the entries of a mapping, as a key marked by a double star (no value of its own).
            Token star = in.advance();
            Expr m = expr.bitOr();
            if (keys.isEmpty() && in.check(TokenKind.FOR)) throw in.error(star.pos(), "dict unpacking cannot be used in dict comprehension");
            keys.add(new Expr.Starred(m, star.pos()));
            values.add(new Expr.NoneLit(star.pos()));
            if (!in.match(TokenKind.COMMA)) break;
            continue;
          }
          Expr k = keys.isEmpty() ? expr.starOr(expr::test) : expr.test();
          if (k instanceof Expr.Starred && in.check(TokenKind.FOR)) {
            throw in.error(k.pos(), "iterable unpacking cannot be used in comprehension");
          }
          if (keys.isEmpty() && in.check(TokenKind.FOR)) {
            Expr comp = comprehension(Expr.ComprehensionKind.SET, k, null, t.pos());
            in.expect(TokenKind.RBRACE);
            return comp;
          }
          if (keys.isEmpty() && !in.check(TokenKind.COLON)) return setDisplay(t, k);
          in.expect(TokenKind.COLON);
          keys.add(k);
          values.add(expr.test());
          if (keys.size() == 1 && in.check(TokenKind.FOR)) {
            Expr comp = comprehension(Expr.ComprehensionKind.DICT, k, values.get(0), t.pos());
            in.expect(TokenKind.RBRACE);
            return comp;
          }
          if (!in.match(TokenKind.COMMA)) break;
        }
        in.expect(TokenKind.RBRACE);
        return new Expr.DictExpr(List.copyOf(keys), List.copyOf(values), t.pos());
      }
      case NAME -> {
        in.advance();
        if (t.text().equals("NULL")) return new Expr.NullLit(t.pos());
        if (expr.constants.defines(t.text())) return expr.constants.use(t.text(), t.pos());
        return new Expr.Name(expr.rename.apply(t.text()), t.pos());
      }
      case INT -> {
        in.advance();
        return new Expr.IntLit(t.text(), parseInt(t), t.pos());
      }
      case FLOAT -> {
        in.advance();
        return new Expr.FloatLit(t.text(), Double.parseDouble(t.text().replace("_", "")), t.pos());
      }
      case IMAG -> {
        in.advance();
        return new Expr.ImagLit(t.text(), t.pos());
      }
      case CHAR -> {
        in.advance();
        if (in.check(TokenKind.STRING) || in.check(TokenKind.BYTES) || in.check(TokenKind.FSTRING) || in.check(TokenKind.CHAR)) {
          throw in.error(t.pos(), "Cannot concatenate char literal with another string or char literal");
        }
        if (t.value().length() != 1) throw in.error(t.pos(), "Only single-character string literals can be coerced into ints.");
        return new Expr.CharLit(t.value().charAt(0), t.pos());
      }
      case STRING, BYTES, FSTRING -> {
        return strings();
      }
      case ELLIPSIS -> {
        in.advance();
        return new Expr.EllipsisLit(t.pos());
      }
      case NONE -> {
        in.advance();
        return new Expr.NoneLit(t.pos());
      }
      case TRUE, FALSE -> {
        in.advance();
        return new Expr.BoolLit(t.kind() == TokenKind.TRUE, t.pos());
      }
      case YIELD -> {
        // yield_expr: 'yield' [testlist | 'from' test]
        in.advance();
        if (in.match(TokenKind.FROM)) return new Expr.Yield(expr.test(), true, t.pos());
        boolean none = in.check(TokenKind.RPAREN) || in.check(TokenKind.NEWLINE) || in.check(TokenKind.EOF)
            || in.check(TokenKind.SEMI) || in.check(TokenKind.RBRACKET) || in.check(TokenKind.RBRACE);
        return new Expr.Yield(none ? null : expr.testList(), false, t.pos());
      }
      default -> throw in.error(t.pos(), "Expected an identifier or literal");
    }
  }

  // setmaker: test (',' test)* [',']        (after '{' and the first item)
  private Expr setDisplay(Token brace, Expr first) {
    if (in.check(TokenKind.FOR)) throw in.unsupported(in.peek(), "set comprehension");
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (in.match(TokenKind.COMMA) && !in.check(TokenKind.RBRACE)) {
      if (in.check(TokenKind.DSTAR)) throw in.error(in.peek().pos(), "unexpected **item found in set literal");
      elts.add(expr.starOr(expr::test));
    }
    in.expect(TokenKind.RBRACE);
    return new Expr.SetExpr(List.copyOf(elts), brace.pos());
  }

  // strings: (STRING | FSTRING)+ | BYTES+   adjacent literals are one; an f-string among them makes it one f-string
  private Expr strings() {
    Token first = in.peek();
    List<Token> run = new ArrayList<>();
    char kind = kind(first);
    while (in.check(TokenKind.STRING) || in.check(TokenKind.BYTES) || in.check(TokenKind.FSTRING)) {
      Token t = in.advance();
      char k = kind(t);
      if (k != kind && (k == 'b' || kind == 'b')) {
        throw in.error(t.pos(), "Cannot mix string literals of different types, expected " + kind + "'', got " + k + "''");
      }
      if (k == 'f') kind = 'f';
      run.add(t);
    }
    if (kind == 'f') return fstrings.joined(run);
    StringBuilder sb = new StringBuilder();
    for (Token t : run) sb.append(t.value());
    return kind == 'b' ? new Expr.BytesLit(sb.toString(), first.pos()) : new Expr.StrLit(sb.toString(), first.pos());
  }

  /** Cython's letter for a literal's kind, as its messages spell it. */
  private static char kind(Token t) {
    return switch (t.kind()) {
      case BYTES -> 'b';
      case FSTRING -> 'f';
      default -> 'u';
    };
  }

  private BigInteger parseInt(Token t) {
    String s = t.text().replace("_", "");
    while (!s.isEmpty() && "uUlL".indexOf(s.charAt(s.length() - 1)) >= 0) s = s.substring(0, s.length() - 1);
    try {
      if (s.length() > 2 && s.charAt(0) == '0') {
        char b = Character.toLowerCase(s.charAt(1));
        if (b == 'x') return new BigInteger(s.substring(2), 16);
        if (b == 'o') return new BigInteger(s.substring(2), 8);
        if (b == 'b') return new BigInteger(s.substring(2), 2);
      }
      if (s.length() > 1 && s.charAt(0) == '0' && !s.chars().allMatch(c -> c == '0')) {
        // Python 2's octal spelling (0777), which Cython still reads at every language level.
        if (s.chars().allMatch(c -> c >= '0' && c <= '7')) return new BigInteger(s.substring(1), 8);
        throw in.error(t.pos(), "Invalid integer literal: leading zeros are not permitted");
      }
      return new BigInteger(s);
    } catch (NumberFormatException e) {
      throw in.error(t.pos(), "Invalid integer literal");
    }
  }

  // comp_for: 'for' exprlist 'in' or_test comp_if* [comp_for]
  // comp_if: 'if' test_nocond
  /** The clauses after a comprehension's element, which the caller has read (the next token is 'for'). */
  private List<Expr.ComprehensionFor> comprehensionClauses() {
    List<Expr.ComprehensionFor> clauses = new ArrayList<>();
    while (in.check(TokenKind.FOR)) {
      Token f = in.advance();
      Expr target = expr.exprList();
      Stmt.FromBounds from = null;
      Expr iter;
      if (in.check(TokenKind.FROM) || ForFromParser.relation(in) != null) {
        ForFromParser.Loop loop = ForFromParser.parse(in, expr, target);
        target = loop.target();
        iter = loop.iter();
        from = loop.bounds();
      } else {
        in.expect(TokenKind.IN);
        iter = expr.orTest();
      }
      List<Expr> conds = new ArrayList<>();
      while (in.match(TokenKind.IF)) conds.add(in.check(TokenKind.LAMBDA) ? expr.lambda(true) : expr.orTest());
      clauses.add(new Expr.ComprehensionFor(target, iter, List.copyOf(conds), from, f.pos()));
    }
    return List.copyOf(clauses);
  }

  Expr comprehension(Expr.ComprehensionKind kind, Expr element, Expr value, Pos pos) {
    Expr.Comprehension c = new Expr.Comprehension(kind, element, value, comprehensionClauses(), pos);
    ComprehensionRules.check(c, in);
    return comprehensionVariables.rename(c);
  }
}
