package dev.pyxc.parse;

import dev.pyxc.ast.Module;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.lex.HeaderDirective;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser, one method per production with its grammar above it, split by
 * construct around one shared {@link TokenCursor}: {@link StatementParser} (with the simple,
 * compound and definition statement parsers it makes), {@link DeclarationParser} (Cython's C
 * declarations, with {@link TypeRefParser} for types and {@link SignatureParser} for parameter
 * lists) and {@link ExpressionParser} (precedence climbing, with {@link AtomParser} and
 * {@link CExpressionParser}). This class is the entry point and the module production. A syntax
 * error stops the parse at the first one, as in Cython; messages and positions follow Cython's
 * ({@code Expected ')', found 'NEWLINE'}).
 */
public final class Parser {
  private final TokenCursor in;
  private final StatementParser statements;
  private final ExpressionParser expressions;

  /** {@code languageLevel2}: Python 2's print statement is a statement (Cython's language level 2). */
  public Parser(List<Token> tokens, boolean languageLevel2) {
    this.in = new TokenCursor(tokens);
    this.expressions = new ExpressionParser(in);
    DeclarationParser declarations = new DeclarationParser(in, expressions);
    expressions.useTypeRefs(declarations.typeRefs);
    this.statements = new StatementParser(in, expressions, declarations, languageLevel2);
  }

  public static Module parse(String moduleName, List<Token> tokens, List<HeaderDirective> directives, String file,
      boolean languageLevel2) throws CompileError {
    return parse(moduleName, tokens, directives, file, languageLevel2, java.util.Set.of());
  }

  /**
   * As above; {@code cimportedModules} are names a {@code from pkg cimport mod} binds to a module
   * (which only the files on disk tell), read like those of {@code cimport mod}: {@code mod.f} is one name.
   */
  public static Module parse(String moduleName, List<Token> tokens, List<HeaderDirective> directives, String file,
      boolean languageLevel2, java.util.Set<String> cimportedModules) throws CompileError {
    return parse(moduleName, tokens, directives, file, languageLevel2, cimportedModules, java.util.function.UnaryOperator.identity(),
        false, null);
  }

  /**
   * As above, every name (of a variable, function or type) read as {@code rename} makes it, and the
   * files {@code include} names read from {@code includes}.
   */
  public static Module parse(String moduleName, List<Token> tokens, List<HeaderDirective> directives, String file,
      boolean languageLevel2, java.util.Set<String> cimportedModules, java.util.function.UnaryOperator<String> rename,
      IncludeSource includes) throws CompileError {
    return parse(moduleName, tokens, directives, file, languageLevel2, cimportedModules, rename, false, includes);
  }

  private static Module parse(String moduleName, List<Token> tokens, List<HeaderDirective> directives, String file,
      boolean languageLevel2, java.util.Set<String> cimportedModules, java.util.function.UnaryOperator<String> rename,
      boolean recovering, IncludeSource includes) throws CompileError {
    Parser parser = new Parser(tokens, languageLevel2);
    parser.in.includes = includes;
    parser.expressions.cimportedModules.addAll(cimportedModules);
    parser.expressions.rename = rename;
    List<Diagnostic> ds = new ArrayList<>();
    Module m = null;
    try {
      m = parser.module(moduleName, directives);
    } catch (SyntaxError e) {
      parser.in.reported.add(e);
    }
    if (recovering && m != null && parser.in.reported.stream().allMatch(e -> e.recoverable)) {
      List<Module.Warning> errors = parser.in.reported.stream().map(e -> new Module.Warning(e.pos, e.getMessage())).toList();
      return new Module(m.name(), m.docstring(), m.body(), m.directives(), m.warnings(), errors);
    }
    for (SyntaxError e : parser.in.reported) {
      String where = e.pos.file() != null ? e.pos.file() : file;
      if (e.atIndent) ds.add(Diagnostic.error(where, e.pos.line(), e.pos.col(), "Possible inconsistent indentation"));
      ds.add(Diagnostic.error(where, e.pos.line(), e.pos.col(), e.getMessage()).withHint(e.hint));
    }
    if (!ds.isEmpty()) throw new CompileError(ds);
    return m;
  }

  /**
   * A module's own file: errors the parser recovered from (and nothing worse) are kept in the
   * module, to be reported with the checker's ({@link Module#errors}).
   */
  public static Module parseRecovering(String moduleName, List<Token> tokens, List<HeaderDirective> directives, String file,
      boolean languageLevel2, java.util.Set<String> cimportedModules, IncludeSource includes) throws CompileError {
    return parse(moduleName, tokens, directives, file, languageLevel2, cimportedModules, java.util.function.UnaryOperator.identity(), true,
        includes);
  }

  // module: [STRING NEWLINE] statement* EOF
  private Module module(String name, List<HeaderDirective> directives) {
    while (in.match(TokenKind.NEWLINE)) { }
    String doc = null;
    if (in.check(TokenKind.STRING) && (in.peek(1).kind() == TokenKind.NEWLINE || in.peek(1).kind() == TokenKind.EOF)) {
      doc = in.advance().value();
      in.match(TokenKind.NEWLINE);
    }
    List<Stmt> body = new ArrayList<>();
    while (!in.check(TokenKind.EOF)) {
      if (in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an identifier or literal");
      if (in.check(TokenKind.DEDENT) || in.match(TokenKind.NEWLINE)) {
        in.advance();
        continue;
      }
      statements.statement(body);
    }
    return new Module(name, doc, List.copyOf(body), List.copyOf(directives), List.copyOf(in.warnings));
  }
}
