package dev.pyxc.parse;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.CompareOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expressions, by precedence climbing: Python's precedence levels one method a level, so the code
 * reads like the grammar, down to trailers (calls, subscripts and slices, attributes). The atoms
 * below them are the {@link AtomParser}'s and Cython's C forms (casts, address-of, sizeof) the
 * {@link CExpressionParser}'s. The nesting limit lives here because only expressions nest
 * without a statement in between.
 */
final class ExpressionParser {
  /** CPython's limit on nested parentheses; deeper input is refused, not overflowed. */
  static final int MAX_NESTING = 200;

  private final TokenCursor in;
  /** Names, literals, strings, displays and comprehensions. */
  private final AtomParser atoms;
  /** Casts, address-of and sizeof. */
  private final CExpressionParser cExpressions;
  /** How deeply brackets, unary operators and casts nest at the cursor (the C forms count theirs here too). */
  int nesting;
  /** For the type inside a cast; set once by {@link Parser}, which makes both. */
  TypeRefParser typeRefs;

  /** The module's other names for cython and its declarations ({@code import cython as cy}). */
  final CythonAliases cythonAliases = new CythonAliases();

  ExpressionParser(TokenCursor in) {
    this.in = in;
    this.atoms = new AtomParser(in, this);
    this.cExpressions = new CExpressionParser(in, this);
    this.constants = new CompileTimeConstants(new CompileTimeConstants.Reporter() {
      @Override
      public void error(dev.pyxc.diag.Pos pos, String message) {
        in.report(pos, message);
      }

      @Override
      public void warning(dev.pyxc.diag.Pos pos, String message) {
        in.warnings.add(new dev.pyxc.ast.Module.Warning(pos, message));
      }
    });
  }

  /** The module's DEF constants, which replace their names in expressions (Cython's parser does the same). */
  final CompileTimeConstants constants;

  /**
   * The names {@code cimport m} / {@code cimport m as n} bound for a module's declarations
   * ({@code .pxd}): {@code m.f} reads as the one name {@code "m.f"}, which sema finds among what
   * the cimport declared, as it finds a name the module declares itself.
   */
  final java.util.Set<String> cimportedModules = new java.util.HashSet<>();

  /**
   * What each name stands for: itself, except in a cimported {@code .pxd}'s inline functions,
   * which a module compiles for itself with the file's names qualified by its module.
   */
  java.util.function.UnaryOperator<String> rename = java.util.function.UnaryOperator.identity();

  /**
   * The dotted names that stand for a class of Cython's own modules ({@code cy.view.array} after
   * {@code cimport cython as cy}): read as one name, as a cimported module's are.
   */
  final java.util.Set<String> cythonClassPaths = new java.util.HashSet<>();

  /** Whether {@code dotted} is one of {@link #cythonClassPaths} or on the way to one. */
  private boolean leadsToCythonClass(String dotted) {
    for (String m : cythonClassPaths) if (m.equals(dotted) || m.startsWith(dotted + ".")) return true;
    return false;
  }

  /** Whether {@code dotted} is a cimported module's name or a package on the way to one ({@code pkg} of {@code pkg.mod}). */
  private boolean leadsToCimportedModule(String dotted) {
    for (String m : cimportedModules) if (m.equals(dotted) || m.startsWith(dotted + ".")) return true;
    return false;
  }

  void useTypeRefs(TypeRefParser typeRefs) {
    this.typeRefs = typeRefs;
  }

  // exprlist: bit_or (',' bit_or)* [',']   (a for-loop target)
  Expr exprList() {
    Pos pos = in.peek().pos();
    Expr first = starOr(this::bitOr);
    if (!in.check(TokenKind.COMMA)) return first;
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (in.match(TokenKind.COMMA)) {
      if (in.check(TokenKind.IN)) break;
      elts.add(starOr(this::bitOr));
    }
    return new Expr.TupleExpr(List.copyOf(elts), pos);
  }

  // star_expr: '*' expr
  /** An item that may be {@code *x} (of a display or a target list), else what {@code item} reads. */
  Expr starOr(java.util.function.Supplier<Expr> item) {
    if (!in.check(TokenKind.STAR)) return item.get();
    Token star = in.advance();
    return new Expr.Starred(bitOr(), star.pos());
  }

  // testlist: test (',' test)* [',']
  Expr testList() {
    Pos pos = in.peek().pos();
    Expr first = starOr(this::test);
    if (!in.check(TokenKind.COMMA)) return first;
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (in.match(TokenKind.COMMA)) {
      if (atExprEnd()) break;
      elts.add(starOr(this::test));
    }
    return new Expr.TupleExpr(List.copyOf(elts), pos);
  }

  private boolean atExprEnd() {
    return switch (in.peek().kind()) {
      case NEWLINE, EOF, SEMI, EQ, RPAREN, RBRACKET, RBRACE, COLON -> true;
      default -> augOp(in.peek().kind()) != null;
    };
  }

  /** The operator of an augmented assignment token; an expression list also ends before one. */
  static BinaryOp augOp(TokenKind k) {
    return switch (k) {
      case PLUSEQ -> BinaryOp.ADD;
      case MINUSEQ -> BinaryOp.SUB;
      case STAREQ -> BinaryOp.MUL;
      case SLASHEQ -> BinaryOp.DIV;
      case DSLASHEQ -> BinaryOp.FLOORDIV;
      case PERCENTEQ -> BinaryOp.MOD;
      case DSTAREQ -> BinaryOp.POW;
      case AMPEQ -> BinaryOp.BITAND;
      case PIPEEQ -> BinaryOp.BITOR;
      case CARETEQ -> BinaryOp.BITXOR;
      case LSHIFTEQ -> BinaryOp.LSHIFT;
      case RSHIFTEQ -> BinaryOp.RSHIFT;
      case ATEQ -> BinaryOp.MATMUL;
      default -> null;
    };
  }

  // namedexpr_test: test [':=' test]
  Expr namedExprTest() {
    Expr lhs = testAllowWalrusAfter();
    if (!in.check(TokenKind.WALRUS)) return lhs;
    Token op = in.advance();
    if (!(lhs instanceof Expr.Name name)) {
      throw in.error(op.pos(), "Left-hand side of assignment expression must be an identifier");
    }
    Expr rhs = test();
    return new Expr.NamedExpr(name, rhs, op.pos());
  }

  // test: or_test ['if' or_test 'else' test]   (not followed by ':=')
  Expr test() {
    Expr e = testAllowWalrusAfter();
    if (in.check(TokenKind.WALRUS)) {
      throw in.error(in.peek().pos(), "invalid syntax: assignment expression not allowed in this context");
    }
    return e;
  }

  private Expr testAllowWalrusAfter() {
    if (in.check(TokenKind.LAMBDA)) return lambda(false);
    Pos pos = in.peek().pos();
    Expr e = orTest();
    if (in.match(TokenKind.IF)) {
      Expr cond = orTest();
      in.expect(TokenKind.ELSE);
      Expr other = test();
      return new Expr.IfExp(cond, e, other, pos);
    }
    return e;
  }

  // lambdef: 'lambda' [lambda_params] ':' test
  // lambdef_nocond: 'lambda' [lambda_params] ':' or_test   (in a comprehension's condition)
  // lambda_params: lambda_param (',' lambda_param)* [',']
  // lambda_param: [type] NAME ['=' test] | '/' | '*' [NAME] | '**' NAME   (typed as Cython allows)
  Expr lambda(boolean noCond) {
    Token kw = in.expect(TokenKind.LAMBDA);
    List<Stmt.Param> params = new ArrayList<>();
    boolean star = false;
    while (!in.check(TokenKind.COLON)) {
      if (in.match(TokenKind.SLASH)) {
        params.replaceAll(p -> p.withKind(Stmt.Param.Kind.POSITIONAL_ONLY));
      } else if (in.match(TokenKind.STAR)) {
        star = true;
        if (in.check(TokenKind.NAME)) {
          Token name = in.advance();
          params.add(new Stmt.Param(name.text(), null, null, false, false, name.pos(), Stmt.Param.Kind.STAR));
        }
      } else if (in.match(TokenKind.DSTAR)) {
        Token name = in.expectName();
        params.add(new Stmt.Param(name.text(), null, null, false, false, name.pos(), Stmt.Param.Kind.DSTAR));
      } else {
        dev.pyxc.ast.TypeRef type = typeRefs != null && typeRefs.startsTypedDeclaration() ? typeRefs.typeRef() : null;
        Token name = in.expectName();
        Expr dflt = in.match(TokenKind.EQ) ? test() : null;
        params.add(new Stmt.Param(name.text(), type, dflt, false, false, name.pos(),
            star ? Stmt.Param.Kind.KEYWORD_ONLY : Stmt.Param.Kind.POSITIONAL));
      }
      if (!in.match(TokenKind.COMMA)) break;
    }
    in.expect(TokenKind.COLON);
    Expr body = noCond ? orTest() : test();
    return new Expr.Lambda(List.copyOf(params), body, kw.pos());
  }

  // or_test: and_test ('or' and_test)*
  Expr orTest() {
    Expr left = andTest();
    while (in.check(TokenKind.OR)) {
      Token op = in.advance();
      left = new Expr.BoolOp(false, left, andTest(), op.pos());
    }
    return left;
  }

  // and_test: not_test ('and' not_test)*
  private Expr andTest() {
    Expr left = notTest();
    while (in.check(TokenKind.AND)) {
      Token op = in.advance();
      left = new Expr.BoolOp(true, left, notTest(), op.pos());
    }
    return left;
  }

  // not_test: 'not' not_test | comparison
  private Expr notTest() {
    if (in.check(TokenKind.NOT)) {
      Token op = in.advance();
      return new Expr.Not(notTest(), op.pos());
    }
    return comparison();
  }

  // comparison: bit_or (comp_op bit_or)*
  private Expr comparison() {
    Expr first = bitOr();
    List<CompareOp> ops = new ArrayList<>();
    List<Expr> rest = new ArrayList<>();
    Pos pos = null;
    while (true) {
      Token t = in.peek();
      CompareOp op = switch (t.kind()) {
        case LT -> CompareOp.LT;
        case LE -> CompareOp.LE;
        case GT -> CompareOp.GT;
        case GE -> CompareOp.GE;
        case EQEQ -> CompareOp.EQ;
        case NE -> CompareOp.NE;
        case IN -> CompareOp.IN;
        case IS -> in.peek(1).kind() == TokenKind.NOT ? CompareOp.IS_NOT : CompareOp.IS;
        case NOT -> in.peek(1).kind() == TokenKind.IN ? CompareOp.NOT_IN : null;
        default -> null;
      };
      if (op == null) break;
      in.advance();
      if (op == CompareOp.IS_NOT || op == CompareOp.NOT_IN) in.advance();
      if (pos == null) pos = t.pos();
      ops.add(op);
      rest.add(bitOr());
    }
    return ops.isEmpty() ? first : new Expr.Compare(first, List.copyOf(ops), List.copyOf(rest), pos);
  }

  // bit_or: xor ('|' xor)*
  // xor: and ('^' and)*
  // and: shift ('&' shift)*
  // shift: arith (('<<'|'>>') arith)*
  // arith: term (('+'|'-') term)*
  // term: factor (('*'|'/'|'//'|'%'|'@') factor)*
  // The left-associative levels above, loosest first: one table row a level, one method for all.
  private static final List<Map<TokenKind, BinaryOp>> BINARY_LEVELS = List.of(
      Map.of(TokenKind.PIPE, BinaryOp.BITOR),
      Map.of(TokenKind.CARET, BinaryOp.BITXOR),
      Map.of(TokenKind.AMP, BinaryOp.BITAND),
      Map.of(TokenKind.LSHIFT, BinaryOp.LSHIFT, TokenKind.RSHIFT, BinaryOp.RSHIFT),
      Map.of(TokenKind.PLUS, BinaryOp.ADD, TokenKind.MINUS, BinaryOp.SUB),
      Map.of(TokenKind.STAR, BinaryOp.MUL, TokenKind.SLASH, BinaryOp.DIV, TokenKind.DSLASH, BinaryOp.FLOORDIV,
          TokenKind.PERCENT, BinaryOp.MOD, TokenKind.AT, BinaryOp.MATMUL));

  Expr bitOr() {
    return binary(0);
  }

  private Expr binary(int level) {
    if (level == BINARY_LEVELS.size()) return factor();
    Expr left = binary(level + 1);
    for (BinaryOp bop; (bop = BINARY_LEVELS.get(level).get(in.peek().kind())) != null; ) {
      Token op = in.advance();
      left = new Expr.BinOp(bop, left, binary(level + 1), op.pos());
    }
    return left;
  }

  // factor: ('+'|'-'|'~') factor | '&' factor | typecast | sizeof | power
  Expr factor() {
    Token t = in.peek();
    if (t.kind() == TokenKind.LT) return cExpressions.typecast();
    if (t.kind() == TokenKind.AMP) return cExpressions.addressOf(t);
    if (t.kind() == TokenKind.NAME && t.text().equals("sizeof") && in.peek(1).kind() == TokenKind.LPAREN) return cExpressions.sizeof();
    UnaryOperator op = switch (t.kind()) {
      case PLUS -> UnaryOperator.POS;
      case MINUS -> UnaryOperator.NEG;
      case TILDE -> UnaryOperator.INVERT;
      default -> null;
    };
    if (op == null) return power();
    in.advance();
    if (nesting >= MAX_NESTING) throw in.error(t.pos(), "too many nested unary operators");
    nesting++;
    try {
      return new Expr.UnaryOp(op, factor(), t.pos());
    } finally {
      nesting--;
    }
  }

  // power: atom_expr ['**' factor]
  private Expr power() {
    Expr base = atomExpr();
    if (in.check(TokenKind.DSTAR)) {
      Token op = in.advance();
      return new Expr.BinOp(BinaryOp.POW, base, factor(), op.pos());
    }
    return base;
  }

  // atom_expr: atom trailer*
  // trailer: '(' [arglist] ')' | '[' subscriptlist ']' | '.' NAME
  private Expr atomExpr() {
    if (in.check(TokenKind.AWAIT)) throw in.unsupported(in.peek(), "await");
    Expr e = atom();
    while (true) {
      Token t = in.peek();
      if (in.match(TokenKind.LPAREN)) {
        e = new Expr.Call(e, argList(), t.pos());
        in.expect(TokenKind.RPAREN);
      } else if (in.match(TokenKind.LBRACKET)) {
        e = new Expr.Subscript(e, subscriptList(t.pos()), t.pos());
        in.expect(TokenKind.RBRACKET);
      } else if (in.match(TokenKind.DOT)) {
        Token name = in.expectName();
        // Positioned at its dot, as Cython positions an attribute.
        e = e instanceof Expr.Name n && (leadsToCimportedModule(n.id()) || leadsToCythonClass(n.id() + "." + name.text()))
            ? new Expr.Name(n.id() + "." + name.text(), t.pos())
            : new Expr.Attribute(e, name.text(), t.pos());
      } else {
        return e;
      }
    }
  }

  // arglist: argument (',' argument)* [',']
  // argument: namedexpr_test | NAME '=' test | '*' test | '**' test
  // Positional arguments come before keyword ones; '*x' may follow keywords, not '**x'.
  List<Expr.Arg> argList() {
    List<Expr.Arg> args = new ArrayList<>();
    boolean sawKeyword = false;
    boolean sawMapping = false;
    while (!in.check(TokenKind.RPAREN)) {
      Token t = in.peek();
      if (in.check(TokenKind.STAR) || in.check(TokenKind.DSTAR)) {
        boolean mapping = in.advance().kind() == TokenKind.DSTAR;
        if (!mapping && sawMapping) throw in.error(t.pos(), "Non-keyword arg following keyword arg");
        args.add(new Expr.Arg(null, test(), t.pos(), mapping ? 2 : 1));
        sawMapping |= mapping;
        sawKeyword |= mapping;
      } else if (in.check(TokenKind.NAME) && in.peek(1).kind() == TokenKind.EQ) {
        in.advance();
        in.advance();
        args.add(new Expr.Arg(t.text(), test(), t.pos()));
        sawKeyword = true;
      } else {
        Expr value = namedExprTest();
        if (in.check(TokenKind.FOR)) {
          // f(x for x in y): the generator expression is the only argument and needs no parentheses.
          value = atoms.comprehension(Expr.ComprehensionKind.GENERATOR, value, null, value.pos());
          if (!args.isEmpty()) throw in.error(value.pos(), "Generator expression must be parenthesized");
          // Cython reads f(x for x in y, 1) as a call whose only argument is the generator expression.
          if (in.check(TokenKind.COMMA)) throw in.error(in.peek().pos(), "Expected ')', found ','");
        }
        if (sawKeyword) throw in.error(value.pos(), "Non-keyword arg following keyword arg");
        args.add(new Expr.Arg(null, value, t.pos()));
      }
      if (!in.match(TokenKind.COMMA)) break;
    }
    return List.copyOf(args);
  }

  // subscriptlist: subscript (',' subscript)* [',']
  private Expr subscriptList(Pos pos) {
    Expr first = subscript();
    if (!in.check(TokenKind.COMMA)) return first;
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (in.match(TokenKind.COMMA)) {
      if (in.check(TokenKind.RBRACKET)) break;
      elts.add(subscript());
    }
    return new Expr.TupleExpr(List.copyOf(elts), first.pos());
  }

  // subscript: namedexpr_test | [test] ':' [test] [':' [test]]
  private Expr subscript() {
    Token start = in.peek();
    Expr lo = null;
    if (!in.check(TokenKind.COLON)) {
      lo = namedExprTest();
      if (!in.check(TokenKind.COLON)) return lo;
    }
    in.expect(TokenKind.COLON);
    Expr hi = null;
    Expr step = null;
    if (!in.check(TokenKind.COLON) && !in.check(TokenKind.COMMA) && !in.check(TokenKind.RBRACKET)) hi = test();
    if (in.match(TokenKind.COLON)) {
      if (!in.check(TokenKind.COMMA) && !in.check(TokenKind.RBRACKET)) step = test();
    }
    return new Expr.Slice(lo, hi, step, start.pos());
  }

  // atom: '(' [namedexpr_test | testlist] ')' | '[' [testlist] ']' | '{' [dictmaker] '}'
  //     | NAME | NUMBER | STRING+ | '...' | 'None' | 'True' | 'False'
  private Expr atom() {
    Token t = in.peek();
    if ((t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.LBRACKET || t.kind() == TokenKind.LBRACE) && nesting >= MAX_NESTING) {
      throw in.error(t.pos(), "too many nested parentheses");
    }
    nesting++;
    try {
      return atoms.atomInner(t);
    } finally {
      nesting--;
    }
  }
}
