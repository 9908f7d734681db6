package dev.pyxc.parse;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.CompareOp;
import dev.pyxc.ast.ComprehensionVariables;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expressions, by precedence climbing: Python's precedence levels one method a level, so the code
 * reads like the grammar, down to atoms, literals and trailers (calls, subscripts and slices,
 * attributes). The nesting limit lives here because only expressions nest without a statement
 * in between.
 */
final class ExpressionParser {
  /** CPython's limit on nested parentheses; deeper input is refused, not overflowed. */
  private static final int MAX_NESTING = 200;

  private final TokenCursor in;
  private final FStringParser fstrings;
  private int nesting;
  private final ComprehensionVariables comprehensionVariables = new ComprehensionVariables();
  /** For the type inside a cast; set once by {@link Parser}, which makes both. */
  private DeclarationParser declarations;

  ExpressionParser(TokenCursor in) {
    this.in = in;
    this.fstrings = new FStringParser(in, this);
  }

  /** The module's DEF constants, which replace their names in expressions (Cython's parser does the same). */
  final CompileTimeConstants constants = new CompileTimeConstants();

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

  void useDeclarations(DeclarationParser declarations) {
    this.declarations = declarations;
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
  private Expr starOr(java.util.function.Supplier<Expr> item) {
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
  private Expr lambda(boolean noCond) {
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
        dev.pyxc.ast.TypeRef type = declarations != null && declarations.startsTypedDeclaration() ? declarations.typeRef() : null;
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

  // comp_for: 'for' exprlist 'in' or_test comp_if* [comp_for]
  // comp_if: 'if' test_nocond
  /** The clauses after a comprehension's element, which the caller has read (the next token is 'for'). */
  private List<Expr.ComprehensionFor> comprehensionClauses() {
    List<Expr.ComprehensionFor> clauses = new ArrayList<>();
    while (in.check(TokenKind.FOR)) {
      Token f = in.advance();
      Expr target = exprList();
      Stmt.FromBounds from = null;
      Expr iter;
      if (in.check(TokenKind.FROM) || ForFromParser.relation(in) != null) {
        ForFromParser.Loop loop = ForFromParser.parse(in, this, target);
        target = loop.target();
        iter = loop.iter();
        from = loop.bounds();
      } else {
        in.expect(TokenKind.IN);
        iter = orTest();
      }
      List<Expr> conds = new ArrayList<>();
      while (in.match(TokenKind.IF)) conds.add(in.check(TokenKind.LAMBDA) ? lambda(true) : orTest());
      clauses.add(new Expr.ComprehensionFor(target, iter, List.copyOf(conds), from, f.pos()));
    }
    return List.copyOf(clauses);
  }

  private Expr comprehension(Expr.ComprehensionKind kind, Expr element, Expr value, Pos pos) {
    Expr.Comprehension c = new Expr.Comprehension(kind, element, value, comprehensionClauses(), pos);
    ComprehensionRules.check(c, in);
    return comprehensionVariables.rename(c);
  }

  // or_test: and_test ('or' and_test)*
  private Expr orTest() {
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
  private Expr factor() {
    Token t = in.peek();
    if (t.kind() == TokenKind.LT) return typecast();
    if (t.kind() == TokenKind.AMP) {
      in.advance();
      if (nesting >= MAX_NESTING) throw in.error(t.pos(), "too many nested unary operators");
      nesting++;
      try {
        return new Expr.AddressOf(factor(), t.pos());
      } finally {
        nesting--;
      }
    }
    if (t.kind() == TokenKind.NAME && t.text().equals("sizeof") && in.peek(1).kind() == TokenKind.LPAREN) return sizeof();
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

  // typecast: '<' cast_type ['?'] '>' factor
  // As in Cython the operand is a factor: `<int>x ** 2` casts the power, `<int>x + 1` adds after.
  private Expr typecast() {
    Token lt = in.advance();
    dev.pyxc.ast.TypeRef type = declarations.castType(lt);
    boolean checked = in.match(TokenKind.QUESTION);
    in.expect(TokenKind.GT);
    if (nesting >= MAX_NESTING) throw in.error(lt.pos(), "too many nested casts");
    nesting++;
    try {
      return new Expr.Cast(type, checked, factor(), lt.pos());
    } finally {
      nesting--;
    }
  }

  // sizeof: 'sizeof' '(' (type '*'* | test) ')'
  // As in Cython, what starts with a C type word is a type; a name alone is an expression,
  // which sema reads as a type when it names one.
  private Expr sizeof() {
    Token kw = in.advance();
    in.expect(TokenKind.LPAREN);
    Expr e;
    if (declarations != null && looksLikeType()) {
      dev.pyxc.ast.TypeRef type = declarations.pointers(declarations.typeRef());
      if (declarations.atFunctionPointer() && in.peek(2).kind() == TokenKind.RPAREN) type = declarations.functionPointer(type).type();
      e = new Expr.SizeOf(type, null, kw.pos());
    } else {
      e = new Expr.SizeOf(null, test(), kw.pos());
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
          value = comprehension(Expr.ComprehensionKind.GENERATOR, value, null, value.pos());
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

  /** Operands of Cython's C level and of unpacking that pyxc does not compile, by name. */
  private String unsupportedOperand(Token t) {
    return switch (t.kind()) {
      case STAR -> "starred expression";
      default -> null;
    };
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
      return atomInner(t);
    } finally {
      nesting--;
    }
  }

  // setmaker: test (',' test)* [',']        (after '{' and the first item)
  private Expr setDisplay(Token brace, Expr first) {
    if (in.check(TokenKind.FOR)) throw in.unsupported(in.peek(), "set comprehension");
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (in.match(TokenKind.COMMA) && !in.check(TokenKind.RBRACE)) {
      if (in.check(TokenKind.DSTAR)) throw in.error(in.peek().pos(), "unexpected **item found in set literal");
      elts.add(starOr(this::test));
    }
    in.expect(TokenKind.RBRACE);
    return new Expr.SetExpr(List.copyOf(elts), brace.pos());
  }

  private Expr atomInner(Token t) {
    String unsupported = unsupportedOperand(t);
    if (unsupported != null) throw in.unsupported(t, unsupported);
    switch (t.kind()) {
      case LPAREN -> {
        in.advance();
        if (in.match(TokenKind.RPAREN)) return new Expr.TupleExpr(List.of(), t.pos());
        Expr first = starOr(this::namedExprTest);
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
          elts.add(starOr(this::namedExprTest));
        }
        in.expect(TokenKind.RPAREN);
        return new Expr.TupleExpr(List.copyOf(elts), t.pos());
      }
      case LBRACKET -> {
        in.advance();
        List<Expr> elts = new ArrayList<>();
        while (!in.check(TokenKind.RBRACKET)) {
          elts.add(starOr(this::namedExprTest));
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
            Expr m = bitOr();
            if (keys.isEmpty() && in.check(TokenKind.FOR)) throw in.error(star.pos(), "dict unpacking cannot be used in dict comprehension");
            keys.add(new Expr.Starred(m, star.pos()));
            values.add(new Expr.NoneLit(star.pos()));
            if (!in.match(TokenKind.COMMA)) break;
            continue;
          }
          Expr k = keys.isEmpty() ? starOr(this::test) : test();
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
          values.add(test());
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
        if (constants.defines(t.text())) return constants.use(t.text(), t.pos());
        return new Expr.Name(rename.apply(t.text()), t.pos());
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
        if (in.match(TokenKind.FROM)) return new Expr.Yield(test(), true, t.pos());
        boolean none = in.check(TokenKind.RPAREN) || in.check(TokenKind.NEWLINE) || in.check(TokenKind.EOF)
            || in.check(TokenKind.SEMI) || in.check(TokenKind.RBRACKET) || in.check(TokenKind.RBRACE);
        return new Expr.Yield(none ? null : testList(), false, t.pos());
      }
      default -> throw in.error(t.pos(), "Expected an identifier or literal");
    }
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
}
