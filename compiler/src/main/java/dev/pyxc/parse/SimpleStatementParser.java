package dev.pyxc.parse;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Simple statements, those of one logical line that ';' may join: pass, break, continue, return,
 * raise, global, nonlocal, del, assert, include, language level 2's print, DEF, and expression
 * statements with assignments and their targets (imports are the {@link ImportParser}'s). Apart
 * from the compound statements because none of them has a suite.
 */
final class SimpleStatementParser {
  private final TokenCursor in;
  private final ExpressionParser expr;
  /** Whether an annotated variable is in a function's or an extension type's body. */
  private final DefinitionParser definitions;
  private final ImportParser imports;
  /** Language level 2: print is a statement unless {@code from __future__ import print_function} says otherwise. */
  private final boolean languageLevel2;

  SimpleStatementParser(TokenCursor in, ExpressionParser expr, DefinitionParser definitions, boolean languageLevel2) {
    this.in = in;
    this.expr = expr;
    this.definitions = definitions;
    this.languageLevel2 = languageLevel2;
    this.imports = new ImportParser(in, expr);
  }

  // simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE
  void simpleStmt(List<Stmt> out) {
    if (in.check(TokenKind.INCLUDE) && in.includes != null) {
      include();
      return;
    }
    out.add(smallStmt());
    while (in.match(TokenKind.SEMI)) {
      if (in.check(TokenKind.NEWLINE) || in.check(TokenKind.EOF)) break;
      out.add(smallStmt());
    }
    in.expectNewline();
  }

  // include_stmt: 'include' STRING NEWLINE   (the file's statements are read in its place)
  private void include() {
    int statement = in.mark();
    Token t = in.advance();
    if (in.blockDepth > 0) throw in.error(t.pos(), "include statement not allowed here");
    if (!in.check(TokenKind.STRING)) throw in.error(in.peek().pos(), "Expected a string, found '" + TokenCursor.found(in.peek()) + "'");
    String path = in.advance().value();
    in.expectNewline();
    IncludeSource.Included file;
    try {
      file = in.includes.read(path, t.pos().file(), t.pos());
    } catch (IncludeSource.Failure e) {
      throw in.error(e.pos, e.getMessage());
    }
    if (!in.splice(file, statement)) throw in.error(t.pos(), "Recursive include of '" + path + "'");
  }

  // small_stmt: pass | break | continue | return [testlist] | raise [test ['from' test]] | expr_stmt
  private Stmt smallStmt() {
    Token t = in.peek();
    switch (t.kind()) {
      case PASS -> {
        in.advance();
        return new Stmt.Pass(t.pos());
      }
      case BREAK -> {
        in.advance();
        return new Stmt.Break(t.pos());
      }
      case CONTINUE -> {
        in.advance();
        return new Stmt.Continue(t.pos());
      }
      case RETURN -> {
        in.advance();
        Expr value = atSimpleEnd() ? null : expr.testList();
        return new Stmt.Return(value, t.pos());
      }
      case RAISE -> {
        in.advance();
        if (atSimpleEnd()) return new Stmt.Raise(null, null, t.pos());
        Expr exc = expr.test();
        if (in.check(TokenKind.COMMA) && printIsStatement()) {
          // Language level 2's `raise E, V[, tb]`.
          List<Expr> legacy = new ArrayList<>();
          while (legacy.size() < 2 && in.match(TokenKind.COMMA)) legacy.add(expr.test());
          return new Stmt.Raise(exc, null, List.copyOf(legacy), t.pos());
        }
        if (in.check(TokenKind.COMMA)) throw in.unsupported(t, "raise E, value");
        Expr cause = in.match(TokenKind.FROM) ? expr.test() : null;
        return new Stmt.Raise(exc, cause, t.pos());
      }
      case IMPORT -> {
        return imports.importStmt();
      }
      case FROM -> {
        return imports.fromCImport();
      }
      case CIMPORT -> {
        return imports.cimport();
      }
      case GLOBAL -> {
        in.advance();
        return new Stmt.Global(nameList(), t.pos());
      }
      case NONLOCAL -> {
        in.advance();
        return new Stmt.Nonlocal(nameList(), t.pos());
      }
      case DEL -> {
        return delStmt();
      }
      case ASSERT -> {
        in.advance();
        Expr test = expr.test();
        Expr msg = in.match(TokenKind.COMMA) ? expr.test() : null;
        return new Stmt.Assert(test, msg, t.pos());
      }
      case AWAIT -> throw in.unsupported(t, "await");
      case INCLUDE -> {
        in.advance();
        if (!in.check(TokenKind.STRING)) throw in.error(in.peek().pos(), "Expected a string, found '" + TokenCursor.found(in.peek()) + "'");
        return new Stmt.Include(in.advance().value(), t.pos());
      }
      case INDENT -> throw in.error(t.pos(), "Expected an identifier or literal");
      default -> {
        if (printIsStatement() && isPrintStatement(t)) return printStmt();
        String python2 = python2Statement(t);
        if (languageLevel2 && ("exec statement".equals(python2) || t.text().equals("exec") && in.peek(1).kind() == TokenKind.LPAREN)) {
          return execStmt();
        }
        // Language level 3 has no exec statement: the name is an expression, and what follows it is not.
        if ("exec statement".equals(python2)) throw in.error(in.peek(1).pos(), "Syntax error in simple statement list");
        if ("DEF".equals(python2)) return defStatement();
        if (python2 != null) throw in.unsupported(t, python2);
        return exprStmt();
      }
    }
  }

  /**
   * Statements of Cython's language level 2 and its compile-time language, named so that they
   * are reported as what they are: {@code print x}, {@code exec code in ns}, {@code DEF N = 1},
   * {@code IF X:}. A name followed by what can only start an operand is not an expression.
   */
  private String python2Statement(Token t) {
    if (t.kind() != TokenKind.NAME) return null;
    Token next = in.peek(1);
    boolean operandFollows = switch (next.kind()) {
      case NAME, INT, FLOAT, STRING, BYTES, FSTRING, NONE, TRUE, FALSE -> true;
      default -> false;
    };
    return switch (t.text()) {
      case "print" -> operandFollows || next.kind() == TokenKind.RSHIFT || startsStatement(next) ? "print statement" : null;
      case "exec" -> operandFollows ? "exec statement" : null;
      case "DEF" -> next.kind() == TokenKind.NAME ? "DEF" : null;
      case "IF", "ELIF" -> operandFollows || next.kind() == TokenKind.LPAREN || next.kind() == TokenKind.NOT ? "IF" : null;
      case "ELSE" -> next.kind() == TokenKind.COLON ? "IF" : null;
      case "match" -> operandFollows && endsWithColon() ? "match statement" : null;
      default -> null;
    };
  }

  /** Whether the statement at the cursor is Cython's compile-time {@code IF}. */
  boolean startsCompileTimeIf() {
    Token t = in.peek();
    return t.kind() == TokenKind.NAME && t.text().equals("IF") && "IF".equals(python2Statement(t));
  }

  // def_stmt: 'DEF' NAME '=' test   (a compile-time constant: see CompileTimeConstants)
  private Stmt defStatement() {
    Token kw = in.advance();
    Token name = in.expectName();
    in.expect(TokenKind.EQ);
    Expr value = expr.test();
    try {
      expr.constants.define(name.text(), value);
    } catch (CompileTimeConstants.NotConstant e) {
      throw in.unsupported(kw, "DEF of an expression other than constants, arithmetic, tuples and calls of builtins");
    }
    return new Stmt.Pass(kw.pos());
  }

  /** A keyword that only begins a statement: after {@code print} it is a Python 2 print statement gone wrong. */
  private static boolean startsStatement(Token t) {
    return switch (t.kind()) {
      case ASSERT, RAISE, RETURN, PASS, DEL, GLOBAL, NONLOCAL, IMPORT, FROM, WHILE, DEF, CLASS, TRY, WITH -> true;
      default -> false;
    };
  }

  // del_stmt: 'del' exprlist        (a tuple or list of targets deletes each of them)
  private Stmt delStmt() {
    Token kw = in.advance();
    List<Expr> targets = new ArrayList<>();
    flattenDelTargets(expr.exprList(), targets);
    return new Stmt.Del(List.copyOf(targets), kw.pos());
  }

  private void flattenDelTargets(Expr e, List<Expr> out) {
    if (e instanceof Expr.TupleExpr t) {
      t.elts().forEach(x -> flattenDelTargets(x, out));
    } else if (e instanceof Expr.ListExpr l) {
      l.elts().forEach(x -> flattenDelTargets(x, out));
    } else if (isTarget(e)) {
      out.add(e);
    } else {
      in.recoverable(e.pos(), "Cannot assign to or delete this");
    }
  }

  private static boolean isTarget(Expr e) {
    return e instanceof Expr.Name || e instanceof Expr.Subscript || e instanceof Expr.Attribute;
  }

  /** At language level 2, {@code print} begins a statement unless it is assigned or its attribute read. */
  private boolean isPrintStatement(Token t) {
    if (t.kind() != TokenKind.NAME || !t.text().equals("print")) return false;
    TokenKind next = in.peek(1).kind();
    return next != TokenKind.EQ && next != TokenKind.DOT && ExpressionParser.augOp(next) == null;
  }

  // print_stmt: 'print' [ '>>' test [','] ] [ test (',' test)* [','] ]      (language level 2)
  // As Cython does, it becomes a call of the builtin: print(args..., file=stream, end=' ') where a
  // trailing comma asks for the space instead of the newline.
  private Stmt printStmt() {
    Token kw = in.advance();
    List<Expr.Arg> args = new ArrayList<>();
    Expr stream = null;
    boolean endsWithComma = false;
    if (in.match(TokenKind.RSHIFT)) {
      stream = expr.test();
      if (in.match(TokenKind.COMMA)) endsWithComma = atSimpleEnd();
    }
    if (!atSimpleEnd()) {
      Expr first = expr.test();
      args.add(new Expr.Arg(null, first, first.pos()));
      while (in.match(TokenKind.COMMA)) {
        if (atSimpleEnd()) {
          endsWithComma = true;
          break;
        }
        Expr next = expr.test();
        args.add(new Expr.Arg(null, next, next.pos()));
      }
    }
    if (stream != null) args.add(new Expr.Arg("file", stream, stream.pos()));
    if (endsWithComma) args.add(new Expr.Arg("end", new Expr.StrLit(" ", kw.pos()), kw.pos()));
    return new Stmt.ExprStmt(new Expr.Call(new Expr.Name("print", kw.pos()), List.copyOf(args), kw.pos()), kw.pos());
  }

  // exec_stmt: 'exec' expr ['in' test [',' test]]   (language level 2; expr may be the tuple (code, globals[, locals]))
  /**
   * Python 2's {@code exec code [in globals[, locals]]}: the builtin's call with those arguments;
   * without a namespace, the module's globals and the scope's names, which {@code exec(code)}
   * gets too (CallLowering), as Cython passes them.
   */
  private Stmt execStmt() {
    Token kw = in.advance();
    List<Expr.Arg> args = new ArrayList<>();
    Expr code = expr.bitOr();
    // `exec(code, globals[, locals])`: Python 3's call spelled as the statement's tuple variant.
    boolean tupleVariant = code instanceof Expr.TupleExpr;
    if (tupleVariant && !List.of(2, 3).contains(((Expr.TupleExpr) code).elts().size())) {
      in.report(kw.pos(), "expected tuple of length 2 or 3, got length " + ((Expr.TupleExpr) code).elts().size());
      tupleVariant = false;
    }
    if (tupleVariant) {
      for (Expr e : ((Expr.TupleExpr) code).elts()) args.add(new Expr.Arg(null, e, e.pos()));
    } else {
      args.add(new Expr.Arg(null, code, code.pos()));
    }
    if (code instanceof Expr.TupleExpr && in.check(TokenKind.IN)) {
      in.report(in.peek().pos(), "tuple variant of exec does not support additional 'in' arguments");
    }
    if (in.match(TokenKind.IN)) {
      Expr globals = expr.test();
      args.add(new Expr.Arg(null, globals, globals.pos()));
      if (in.match(TokenKind.COMMA)) {
        Expr locals = expr.test();
        args.add(new Expr.Arg(null, locals, locals.pos()));
      }
    }
    return new Stmt.ExprStmt(new Expr.Call(new Expr.Name("exec", kw.pos()), List.copyOf(args), kw.pos()), kw.pos());
  }

  /** Whether the logical line from here ends with ':' (a soft keyword's compound statement). */
  private boolean endsWithColon() {
    for (int k = 1; ; k++) {
      TokenKind kind = in.peek(k).kind();
      if (kind == TokenKind.NEWLINE || kind == TokenKind.EOF) return in.peek(k - 1).kind() == TokenKind.COLON;
    }
  }

  /** Language level 2 without {@code from __future__ import print_function}: print is a statement. */
  boolean printIsStatement() {
    return languageLevel2 && !imports.printFunction();
  }

  private boolean atSimpleEnd() {
    return in.check(TokenKind.NEWLINE) || in.check(TokenKind.SEMI) || in.check(TokenKind.EOF);
  }

  // expr_stmt: testlist_star_expr (augassign testlist | ('=' testlist)*)
  private Stmt exprStmt() {
    Pos pos = in.peek().pos();
    if (in.check(TokenKind.NAME) && in.peek(1).kind() == TokenKind.WALRUS) {
      String name = in.peek().text();
      throw in.error(in.peek(1).pos(), "invalid syntax: assignment expression not allowed in this context")
          .hint("wrap the assignment expression in parentheses, '(" + name + " := ...)', or assign with '" + name + " = ...'");
    }
    Expr first = expr.testList();
    if (in.check(TokenKind.WALRUS)) {
      throw in.error(in.peek().pos(), "invalid syntax: assignment expression not allowed in this context");
    }
    BinaryOp aug = ExpressionParser.augOp(in.peek().kind());
    if (aug != null) {
      in.advance();
      checkTarget(first, true);
      Expr value = expr.testList();
      return new Stmt.AugAssign(first, aug, value, pos);
    }
    if (in.check(TokenKind.COLON) && first instanceof Expr.Name n) return annotatedVariable(n, pos);
    List<Stmt.CDef> byKeyword = in.check(TokenKind.EQ) ? null : CythonLocals.declareByKeyword(expr.cythonAliases.canonicalCall(first));
    if (byKeyword != null && (byKeyword.size() == 1 || definitions.declaredForFunction(byKeyword.get(0)))) {
      // Pure Python mode's `cython.declare(x=T, y=U)`: declarations (a function's for the whole function).
      if (byKeyword.size() == 1 && !definitions.declaredForFunction(byKeyword.get(0))) return byKeyword.get(0);
      for (Stmt.CDef d : byKeyword.subList(1, byKeyword.size())) definitions.declaredForFunction(d);
      return new Stmt.Pass(pos);
    }
    if (!in.check(TokenKind.EQ)) return new Stmt.ExprStmt(first, pos);
    List<Expr> targets = new ArrayList<>();
    Expr value = first;
    while (in.match(TokenKind.EQ)) {
      checkTarget(value, false);
      targets.add(value);
      value = expr.testList();
      if (in.check(TokenKind.WALRUS)) {
        throw in.error(in.peek().pos(), "invalid syntax: assignment expression not allowed in this context");
      }
    }
    Stmt.CDef declared = targets.size() == 1 ? CythonLocals.declare(targets.get(0), expr.cythonAliases.canonicalCall(value)) : null;
    if (declared != null) {
      // Pure Python mode's `x = cython.declare(T, v)`: a cdef declaration of x, its value assigned here.
      if (!definitions.declaredForFunction(declared)) return declared;
      Expr init = declared.names().get(0).init();
      return init == null ? new Stmt.Pass(pos) : new Stmt.Assign(List.copyOf(targets), init, pos);
    }
    return new Stmt.Assign(List.copyOf(targets), value, pos);
  }

  void checkTarget(Expr e, boolean augmented) {
    if (e instanceof Expr.Name n) { } else if (e instanceof Expr.Subscript s) { } else if (e instanceof Expr.Attribute a) { } else if (e instanceof Expr.TupleExpr t && !augmented) {
      t.elts().forEach(x -> checkTarget(x, false));
    } else if (e instanceof Expr.ListExpr l && !augmented) {
      l.elts().forEach(x -> checkTarget(x, false));
    } else if (e instanceof Expr.Starred s && !augmented) {
      checkTarget(s.value(), false);
    } else {
      throw in.error(e.pos(), "Cannot assign to or delete this");
    }
  }

  // annotated: NAME ':' test ['=' testlist]
  /**
   * {@code x: T = v}: in a function or an extension type's body, where the annotation names a type
   * (Annotations), a declaration as {@code cdef T x = v} makes it (a C local, an attribute);
   * elsewhere, and for other annotations, only the assignment (pyxc keeps no {@code __annotations__}).
   */
  private Stmt annotatedVariable(Expr.Name target, Pos pos) {
    in.advance();
    Expr annotation = expr.test();
    Annotations.Typed typed = Annotations.of(annotation);
    if (typed == null && (annotation instanceof Expr.Name || annotation instanceof Expr.StrLit)
        && (definitions.functionDepth() > 0 || definitions.inClassBody())) {
      // A local annotated with a name: the extension type or fused type of that name (sema decides), else an object;
      // an extension type's attribute: also the C type of that name (ClassChecks).
      typed = Annotations.ofParameter(annotation);
    }
    Expr value = in.match(TokenKind.EQ) ? expr.testList() : null;
    if (typed != null && (definitions.functionDepth() > 0 || definitions.inClassBody())) {
      return new Stmt.CDef(typed.type(), List.of(new Stmt.Declarator(target.id(), value, target.pos(), null)), target.pos());
    }
    if (value == null) return new Stmt.Pass(pos);
    return new Stmt.Assign(List.of(target), value, pos);
  }

  // namelist: NAME (',' NAME)*     (after 'global' or 'nonlocal')
  private List<String> nameList() {
    List<String> names = new ArrayList<>();
    do {
      names.add(in.expectName().text());
    } while (in.match(TokenKind.COMMA));
    return List.copyOf(names);
  }
}
