package dev.pyxc.parse;

import dev.pyxc.ast.Stmt;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements: which one begins at the cursor, and suites. Simple statements are the
 * {@link SimpleStatementParser}'s (imports the {@link ImportParser}'s), if, while, for, try and
 * with the {@link CompoundStatementParser}'s, and def, class and cdef statements with their
 * bodies the {@link DefinitionParser}'s; types, parameters and what follows 'cdef' are the
 * declaration parser's. This class makes those parsers and reads the suites they all have.
 */
final class StatementParser {
  private final TokenCursor in;
  private final DeclarationParser decl;
  private final SimpleStatementParser simple;
  private final CompoundStatementParser compound;
  private final DefinitionParser definitions;
  private final ExpressionParser expr;

  StatementParser(TokenCursor in, ExpressionParser expr, DeclarationParser decl, boolean languageLevel2) {
    this.in = in;
    this.decl = decl;
    this.expr = expr;
    this.definitions = new DefinitionParser(in, expr, decl, this);
    this.simple = new SimpleStatementParser(in, expr, definitions, languageLevel2);
    this.compound = new CompoundStatementParser(in, expr, this, simple);
  }

  // statement: compound_stmt | simple_stmt
  void statement(List<Stmt> out) {
    Token t = in.peek();
    switch (t.kind()) {
      case DEF -> out.add(definitions.funcDef(List.of()));
      case AT -> out.add(definitions.decorated());
      case IF -> out.add(compound.ifStmt());
      case WHILE -> out.add(compound.whileStmt());
      case FOR -> out.add(compound.forStmt());
      case CDEF, CPDEF -> {
        if (definitions.isCdefClass()) out.add(definitions.classDef(List.of()));
        else out.addAll(definitions.cdefStmts());
      }
      case CLASS -> out.add(definitions.classDef(List.of()));
      case TRY -> out.add(compound.tryStmt());
      case WITH -> out.add(compound.withStmt());
      case ASYNC -> throw in.unsupported(t, "async");
      case CTYPEDEF -> out.add(definitions.isCdefClass() ? definitions.classDef(List.of()) : decl.ctypedef());
      default -> {
        if (simple.startsCompileTimeIf()) {
          out.addAll(compileTimeIf());
          return;
        }
        if (t.kind() == TokenKind.NAME && t.text().equals("property") && in.peek(1).kind() == TokenKind.NAME
            && in.peek(2).kind() == TokenKind.COLON) {
          if (!definitions.inClassBody()) throw in.unsupported(t, "property block");
          out.addAll(definitions.propertyBlock());
          return;
        }
        simple.simpleStmt(out);
      }
    }
  }

  // IF_stmt: 'IF' test ':' suite ('ELIF' test ':' suite)* ['ELSE' ':' suite]
  /**
   * Cython's compile-time {@code IF}: every branch is parsed, DEF statements count only in the one
   * taken (the first whose condition holds, in a taken context), and that branch's statements
   * stand in the IF's place.
   */
  private List<Stmt> compileTimeIf() {
    Token kw = in.peek();
    in.warnings.add(new dev.pyxc.ast.Module.Warning(kw.pos(), "The 'IF' statement is deprecated and will be removed in a future "
        + "Cython version. Consider using runtime conditions or C macros instead. See https://github.com/cython/cython/issues/4310"));
    boolean outer = expr.constants.active();
    boolean open = outer;
    List<Stmt> taken = null;
    do {
      Token branch = in.advance();
      dev.pyxc.ast.Expr cond = expr.test();
      boolean holds;
      try {
        holds = open && expr.constants.condition(cond);
      } catch (CompileTimeConstants.NotConstant e) {
        throw in.unsupported(branch, "IF of a condition other than constants, arithmetic and comparisons");
      }
      in.expect(TokenKind.COLON);
      expr.constants.activate(holds);
      List<Stmt> body = suite();
      if (holds) {
        taken = body;
        open = false;
      }
    } while (in.check(TokenKind.NAME) && in.peek().text().equals("ELIF"));
    if (in.check(TokenKind.NAME) && in.peek().text().equals("ELSE") && in.peek(1).kind() == TokenKind.COLON) {
      in.advance();
      in.advance();
      expr.constants.activate(open);
      List<Stmt> body = suite();
      if (open) taken = body;
    }
    expr.constants.activate(outer);
    return taken == null || taken.isEmpty() ? List.of(new Stmt.Pass(kw.pos())) : taken;
  }

  // suite: simple_stmt | NEWLINE INDENT statement+ DEDENT
  List<Stmt> suite() {
    List<Stmt> body = new ArrayList<>();
    if (!in.check(TokenKind.NEWLINE)) {
      simple.simpleStmt(body);
      return List.copyOf(body);
    }
    in.advance();
    if (!in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an increase in indentation level");
    in.advance();
    while (!in.check(TokenKind.DEDENT) && !in.check(TokenKind.EOF)) {
      if (in.match(TokenKind.NEWLINE)) continue;
      if (in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an identifier or literal");
      statement(body);
    }
    in.match(TokenKind.DEDENT);
    return List.copyOf(body);
  }
}
