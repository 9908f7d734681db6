package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The compound statements of control flow: if, while, for (with Cython's for-from loop), try and
 * with (with nogil and gil among its items). Apart from the simple statements because each has
 * suites, which the {@link StatementParser} reads, and apart from def and class because they
 * define nothing.
 */
final class CompoundStatementParser {
  private final TokenCursor in;
  private final ExpressionParser expr;
  private final StatementParser statements;
  /** For their targets and language level 2's {@code except E, name}. */
  private final SimpleStatementParser simple;

  CompoundStatementParser(TokenCursor in, ExpressionParser expr, StatementParser statements, SimpleStatementParser simple) {
    this.in = in;
    this.expr = expr;
    this.statements = statements;
    this.simple = simple;
  }

  // if_stmt: 'if' namedexpr_test ':' suite ('elif' namedexpr_test ':' suite)* ['else' ':' suite]
  Stmt ifStmt() {
    Token ifTok = in.advance();
    List<Stmt.Branch> branches = new ArrayList<>();
    Expr cond = expr.namedExprTest();
    in.expect(TokenKind.COLON);
    branches.add(new Stmt.Branch(cond, statements.suite(), ifTok.pos()));
    while (in.check(TokenKind.ELIF)) {
      Token elif = in.advance();
      Expr c = expr.namedExprTest();
      in.expect(TokenKind.COLON);
      branches.add(new Stmt.Branch(c, statements.suite(), elif.pos()));
    }
    return new Stmt.If(List.copyOf(branches), elseSuite(), ifTok.pos());
  }

  // try_stmt: 'try' ':' suite (except_clause ':' suite)+ ['else' ':' suite] ['finally' ':' suite]
  //         | 'try' ':' suite 'finally' ':' suite
  // except_clause: 'except' [test ['as' NAME]]
  /** Hidden names of language level 2's `except E, target:` clauses (see tryStmt). */
  private int hiddenTargets;

  Stmt tryStmt() {
    Token tryTok = in.advance();
    in.expect(TokenKind.COLON);
    List<Stmt> body = statements.suite();
    List<Stmt.Handler> handlers = new ArrayList<>();
    while (in.check(TokenKind.EXCEPT)) {
      if (!handlers.isEmpty() && handlers.get(handlers.size() - 1).type() == null) {
        // Reported at each clause after it, as Cython does, and parsed on.
        in.report(in.peek().pos(), "default 'except:' must be last");
      }
      Token ex = in.advance();
      Expr type = null;
      String name = null;
      Pos namePos = null;
      if (!in.check(TokenKind.COLON)) {
        type = expr.test();
        if (in.check(TokenKind.COMMA) && !simple.printIsStatement()) throw in.unsupported(ex, "except E, name");
        // Language level 2's `except E, name:` is `except E as name:` (the name stays bound after, as there).
        if (simple.printIsStatement() && in.check(TokenKind.COMMA) && !(in.peek(1).kind() == TokenKind.NAME && in.peek(2).kind() == TokenKind.COLON)) {
          // `except E, c[1]:` or `except E, obj.attr:`: the exception bound to a hidden name, then
          // assigned to the target first thing in the clause, as Python 2 assigns it.
          in.advance();
          Expr target = expr.bitOr();
          simple.checkTarget(target, false);
          String hidden = "exception" + dev.pyxc.ast.ComprehensionVariables.MARK + (hiddenTargets++);
          in.expect(TokenKind.COLON);
          List<Stmt> suite = new ArrayList<>();
          suite.add(new Stmt.Assign(List.of(target), new Expr.Name(hidden, target.pos()), target.pos()));
          suite.addAll(statements.suite());
          handlers.add(new Stmt.Handler(type, hidden, List.copyOf(suite), ex.pos(), target.pos()));
          continue;
        }
        if (in.match(TokenKind.AS) || simple.printIsStatement() && in.match(TokenKind.COMMA)) {
          Token n = in.expectName();
          name = n.text();
          namePos = n.pos();
        }
      }
      in.expect(TokenKind.COLON);
      handlers.add(new Stmt.Handler(type, name, statements.suite(), ex.pos(), namePos));
    }
    List<Stmt> orElse = handlers.isEmpty() ? List.of() : elseSuite();
    List<Stmt> finalBody = List.of();
    if (in.match(TokenKind.FINALLY)) {
      in.expect(TokenKind.COLON);
      finalBody = statements.suite();
    } else if (handlers.isEmpty()) {
      throw in.error(in.peek().pos(), "Expected 'except' or 'finally'");
    }
    return new Stmt.Try(body, List.copyOf(handlers), orElse, finalBody, tryTok.pos());
  }

  // while_stmt: 'while' namedexpr_test ':' suite ['else' ':' suite]
  Stmt whileStmt() {
    Token w = in.advance();
    Expr cond = expr.namedExprTest();
    in.expect(TokenKind.COLON);
    List<Stmt> body = statements.suite();
    return new Stmt.While(cond, body, elseSuite(), w.pos());
  }

  // with_stmt: 'with' ( '(' with_items [','] ')' | with_items ) ':' suite
  // with_items: with_item (',' with_item)*
  // with_item: test ['as' target]
  // As Cython (and CPython's grammar), the parenthesised form is tried first and, when it does not
  // end in ')' ':', the line is read again as items whose first context is parenthesised.
  Stmt withStmt() {
    Token kw = in.advance();
    // Pure Python mode's `with cython.nogil:` / `with cython.gil(flag):` are the same statements.
    boolean pure = in.checkName("cython") && in.peek(1).kind() == TokenKind.DOT && in.peek(2).kind() == TokenKind.NAME
        && (in.peek(2).text().equals("nogil") || in.peek(2).text().equals("gil"))
        && List.of(TokenKind.COLON, TokenKind.LPAREN, TokenKind.COMMA).contains(in.peek(3).kind());
    if (pure) {
      in.advance();
      in.advance();
    }
    if (pure || in.checkName("nogil") || in.checkName("gil")) {
      // `with nogil:` / `with gil:` release or take the GIL around the suite: a with statement whose
      // one item is the name (sema and the IR builder know it there; elsewhere, as in Cython, nogil
      // and gil are ordinary names: `def f(bint nogil=False)`, `prange(n, nogil=True)`).
      Token gil = in.advance();
      boolean switches = true;
      Expr condition = null;
      if (in.match(TokenKind.LPAREN)) {
        // `with nogil(flag):` switches the GIL only when the constant flag is true. Another
        // condition stays, as the item `nogil(cond)` (sema's Gil.condition): a fused type test
        // decided per specialization, or Cython's error.
        Expr flag = expr.test();
        in.expect(TokenKind.RPAREN);
        try {
          switches = expr.constants.truthOf(flag);
        } catch (CompileTimeConstants.NotConstant e) {
          condition = flag;
        }
      }
      // `with nogil, parallel():` is the two with statements nested, as for any items.
      List<Stmt.WithItem> rest = in.match(TokenKind.COMMA) ? withItems(false) : List.of();
      in.expect(TokenKind.COLON);
      List<Stmt> body = statements.suite();
      if (!rest.isEmpty()) body = List.of(new Stmt.With(rest, body, rest.get(0).pos()));
      if (!switches) return new Stmt.If(List.of(new Stmt.Branch(new Expr.BoolLit(true, gil.pos()), body, gil.pos())), List.of(), kw.pos());
      Expr item = new Expr.Name(gil.text(), gil.pos());
      if (condition != null) item = new Expr.Call(item, List.of(new Expr.Arg(null, condition, condition.pos())), gil.pos());
      return new Stmt.With(List.of(new Stmt.WithItem(item, null, gil.pos())), body, kw.pos());
    }
    List<Stmt.WithItem> items = null;
    if (in.check(TokenKind.LPAREN)) {
      int mark = in.mark();
      int reported = in.reported.size();
      try {
        in.advance();
        items = withItems(true);
        in.expect(TokenKind.RPAREN);
        if (!in.check(TokenKind.COLON)) items = null;
      } catch (SyntaxError e) {
        items = null;
      }
      if (items == null) in.reset(mark, reported);
    }
    if (items == null) items = withItems(false);
    in.expect(TokenKind.COLON);
    return new Stmt.With(items, statements.suite(), kw.pos());
  }

  private List<Stmt.WithItem> withItems(boolean parenthesised) {
    List<Stmt.WithItem> items = new ArrayList<>();
    do {
      if (parenthesised && !items.isEmpty() && in.check(TokenKind.RPAREN)) break;   // a trailing comma
      Pos pos = in.peek().pos();
      Expr context = expr.test();
      Expr target = null;
      if (in.match(TokenKind.AS)) {
        target = expr.bitOr();
        simple.checkTarget(target, false);
      }
      items.add(new Stmt.WithItem(context, target, pos));
    } while (in.match(TokenKind.COMMA));
    return List.copyOf(items);
  }

  // for_stmt: 'for' target 'in' testlist ':' suite ['else' ':' suite]
  //         | 'for' [NAME 'from'] bit_expr relation NAME relation bit_expr ['by' bit_expr] ':' suite ['else' ':' suite]
  Stmt forStmt() {
    Token f = in.advance();
    Expr target = expr.exprList();
    if (in.check(TokenKind.FROM) || ForFromParser.relation(in) != null) {
      ForFromParser.Loop loop = ForFromParser.parse(in, expr, target);
      in.expect(TokenKind.COLON);
      List<Stmt> body = statements.suite();
      return new Stmt.For(loop.target(), loop.iter(), body, elseSuite(), loop.bounds(), f.pos());
    }
    simple.checkTarget(target, false);
    in.expect(TokenKind.IN);
    Expr iter = expr.testList();
    in.expect(TokenKind.COLON);
    List<Stmt> body = statements.suite();
    return new Stmt.For(target, iter, body, elseSuite(), f.pos());
  }

  // else_clause: ['else' ':' suite]
  private List<Stmt> elseSuite() {
    if (!in.match(TokenKind.ELSE)) return List.of();
    in.expect(TokenKind.COLON);
    return statements.suite();
  }
}
