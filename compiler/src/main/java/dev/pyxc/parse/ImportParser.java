package dev.pyxc.parse;

import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/** The import statements: {@code import}, {@code from ... import}, {@code cimport} and {@code from ... cimport}. */
final class ImportParser {
  private final TokenCursor in;
  private final ExpressionParser expr;
  /** Whether the module said {@code from __future__ import print_function}. */
  private boolean printFunction;

  ImportParser(TokenCursor in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  boolean printFunction() {
    return printFunction;
  }

  // cimport_stmt: 'cimport' dotted_name ['as' NAME]
  Stmt cimport() {
    Token kw = in.advance();
    Pos modulePos = in.peek().pos();
    String module = dottedName();
    String alias = in.match(TokenKind.AS) ? in.expectName().text() : null;
    if (in.check(TokenKind.COMMA)) throw in.error(in.peek().pos(), "pyxc supports one module per 'cimport' statement");
    if (!module.equals("cython") && !module.startsWith("cython.")) {
      expr.cimportedModules.add(alias != null ? alias : module);
    } else if (module.equals("cython") || module.equals("cython.view")) {
      // (`cimport cython.view` binds `cython`, as a Python import of a submodule does)
      expr.cythonClassPaths.add(alias == null ? "cython.view.array" : module.equals("cython") ? alias + ".view.array" : alias + ".array");
    }
    return new Stmt.CImport(module, alias, List.of(), kw.pos(), modulePos);
  }

  // from_cimport: 'from' dotted_name 'cimport' ('(' names [','] ')' | names)
  // names: NAME ['as' NAME] (',' NAME ['as' NAME])*
  Stmt fromCImport() {
    Token kw = in.advance();
    Pos modulePos = in.peek().pos();
    // `from . cimport m`, `from ..pkg import f`: relative to the module's package (sema resolves a
    // cimport, the import system an import), the leading dots kept in the module's name.
    StringBuilder dots = new StringBuilder();
    while (in.check(TokenKind.DOT) || in.check(TokenKind.ELLIPSIS)) dots.append(in.advance().kind() == TokenKind.DOT ? "." : "...");
    String module = dots + (dots.length() > 0 && (in.check(TokenKind.CIMPORT) || in.check(TokenKind.IMPORT)) ? "" : dottedName());
    if (in.check(TokenKind.IMPORT)) return fromImport(kw, module, modulePos);
    in.expect(TokenKind.CIMPORT);
    if (in.check(TokenKind.STAR)) {
      // `from m cimport *`: every name m declares (sema binds them).
      Token star = in.advance();
      return new Stmt.CImport(module, null, List.of(new Stmt.Alias("*", null, star.pos())), kw.pos(), modulePos);
    }
    List<Stmt.Alias> names = importedNames("cimport *");
    if (module.equals("cython")) {
      for (Stmt.Alias a : names) if (a.name().equals("view")) expr.cythonClassPaths.add((a.asName() != null ? a.asName() : "view") + ".array");
    }
    return new Stmt.CImport(module, null, names, kw.pos(), modulePos);
  }

  // import_stmt: 'import' dotted_name ['as' NAME] (',' dotted_name ['as' NAME])*
  Stmt importStmt() {
    Token kw = in.advance();
    List<Stmt.Alias> names = new ArrayList<>();
    do {
      Pos pos = in.peek().pos();
      String module = dottedName();
      String as = in.match(TokenKind.AS) ? in.expectName().text() : null;
      if (module.equals("cython") && as != null) expr.cythonAliases.module(as);
      names.add(new Stmt.Alias(module, as, pos));
    } while (in.match(TokenKind.COMMA));
    return new Stmt.Import(null, List.copyOf(names), kw.pos());
  }

  // from_import: 'from' dotted_name 'import' ('(' names [','] ')' | names)
  private Stmt fromImport(Token kw, String module, Pos modulePos) {
    in.expect(TokenKind.IMPORT);
    if (in.check(TokenKind.STAR)) {
      Token star = in.advance();
      if (module.equals("__future__")) throw in.error(star.pos(), "future feature * is not defined");
      return new Stmt.ImportStar(module, kw.pos());
    }
    List<Stmt.Alias> names = importedNames("import *");
    if (module.equals("__future__")) checkFuture(names);
    if (module.equals("cython")) names.forEach(a -> expr.cythonAliases.name(a.asName() != null ? a.asName() : a.name(), a.name()));
    return new Stmt.Import(module, names, kw.pos(), modulePos);
  }

  /** The features {@code from __future__ import} may name (all of them are always on in Python 3). */
  private static final java.util.Set<String> FUTURE_FEATURES = java.util.Set.of("nested_scopes", "generators", "division",
      "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
      "annotations");

  private void checkFuture(List<Stmt.Alias> names) {
    for (Stmt.Alias a : names) {
      if (a.name().equals("braces")) throw in.error(a.pos(), "not a chance");
      if (!FUTURE_FEATURES.contains(a.name())) throw in.error(a.pos(), "future feature " + a.name() + " is not defined");
      if (a.name().equals("print_function")) printFunction = true;
    }
  }

  // names: '(' name_as (',' name_as)* [','] ')' | name_as (',' name_as)*
  // name_as: NAME ['as' NAME]
  private List<Stmt.Alias> importedNames(String starConstruct) {
    boolean paren = in.match(TokenKind.LPAREN);
    if (in.check(TokenKind.STAR)) throw in.unsupported(in.peek(), starConstruct);
    List<Stmt.Alias> names = new ArrayList<>();
    do {
      if (paren && in.check(TokenKind.RPAREN)) break;
      Token name = in.expectName();
      String as = in.match(TokenKind.AS) ? in.expectName().text() : null;
      names.add(new Stmt.Alias(name.text(), as, name.pos()));
    } while (in.match(TokenKind.COMMA));
    if (paren) in.expect(TokenKind.RPAREN);
    return List.copyOf(names);
  }

  private String dottedName() {
    StringBuilder sb = new StringBuilder(in.expectName().text());
    while (in.match(TokenKind.DOT)) sb.append('.').append(in.expectName().text());
    return sb.toString();
  }
}
