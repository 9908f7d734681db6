package dev.pyxc.parse;

import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
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
  private List<Stmt> compileTimeIf() {
    Pos at = in.peek().pos();
    List<Stmt> taken = CompileTimeIf.parse(in, expr, this::statements);
    return taken.isEmpty() ? List.of(new Stmt.Pass(at)) : taken;
  }

  // suite: simple_stmt | NEWLINE INDENT statement+ DEDENT
  List<Stmt> suite() {
    in.blockDepth++;
    try {
      return statements();
    } finally {
      in.blockDepth--;
    }
  }

  /** A suite's statements; an IF's branches are read so too, at the IF's own level (an include may stand there). */
  private List<Stmt> statements() {
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
