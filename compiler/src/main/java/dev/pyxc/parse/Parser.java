package dev.pyxc.parse;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.CompareOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Module;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.ast.UnaryOperator;
import dev.pyxc.diag.Diagnostic;
import dev.pyxc.diag.CompileError;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.HeaderDirective;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser, one method per production with its grammar above it. Binary
 * operators use Python's precedence levels directly (one method a level) so the code reads like
 * the grammar. A syntax error stops the parse at the first one, as in Cython; messages and
 * positions follow Cython's ({@code Expected ')', found 'NEWLINE'}).
 */
public final class Parser {
  /** Words that start a C base type in a declaration (besides any name followed by a name). */
  private static final Set<String> C_TYPE_WORDS = Set.of(
      "char", "short", "int", "long", "float", "double", "bint", "Py_ssize_t", "size_t", "Py_hash_t",
      "unsigned", "signed", "object", "const");

  /** CPython's limit on nested parentheses; deeper input is refused, not overflowed. */
  private static final int MAX_NESTING = 200;

  private final List<Token> tokens;
  private final String file;
  private int p;
  private int nesting;

  /** Thrown at the first syntax error. */
  private static final class SyntaxError extends RuntimeException {
    final Pos pos;
    /** Cython adds "Possible inconsistent indentation" when the error is met at an indent. */
    final boolean atIndent;
    String hint;

    SyntaxError(Pos pos, String message, boolean atIndent) {
      super(message, null, false, false);
      this.pos = pos;
      this.atIndent = atIndent;
    }

    SyntaxError hint(String h) {
      this.hint = h;
      return this;
    }
  }

  public Parser(List<Token> tokens, String file) {
    this.tokens = tokens;
    this.file = file;
  }

  public static Module parse(String moduleName, List<Token> tokens, List<HeaderDirective> directives, String file)
      throws CompileError {
    Parser parser = new Parser(tokens, file);
    try {
      return parser.module(moduleName, directives);
    } catch (SyntaxError e) {
      List<Diagnostic> ds = new java.util.ArrayList<>();
      if (e.atIndent) ds.add(Diagnostic.error(file, e.pos.line(), e.pos.col(), "Possible inconsistent indentation"));
      ds.add(Diagnostic.error(file, e.pos.line(), e.pos.col(), e.getMessage()).withHint(e.hint));
      throw new CompileError(ds);
    }
  }

  // ---- helpers: the fixed vocabulary ----

  private Token peek() {
    return tokens.get(p);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(p + ahead, tokens.size() - 1));
  }

  private boolean check(TokenKind kind) {
    return peek().kind() == kind;
  }

  private boolean checkName(String name) {
    return check(TokenKind.NAME) && peek().text().equals(name);
  }

  private Token advance() {
    Token t = tokens.get(p);
    if (p < tokens.size() - 1) p++;
    return t;
  }

  private boolean match(TokenKind kind) {
    if (!check(kind)) return false;
    advance();
    return true;
  }

  private Token expect(TokenKind kind) {
    if (check(kind)) return advance();
    throw expected(kind.text != null ? kind.text : kind.name());
  }

  private SyntaxError expected(String what) {
    return error(peek().pos(), "Expected '" + what + "', found '" + found(peek()) + "'");
  }

  private static String found(Token t) {
    return switch (t.kind()) {
      case STRING, BYTES -> "BEGIN_STRING";
      case INT, FLOAT, IMAG, NEWLINE, INDENT, DEDENT, EOF -> t.kind().name();
      default -> t.text();
    };
  }

  private SyntaxError error(Pos pos, String message) {
    return new SyntaxError(pos, message, check(TokenKind.INDENT) && peek().pos().equals(pos));
  }

  private SyntaxError unsupported(Token t, String what) {
    return error(t.pos(), "'" + what + "' is not supported by pyxc");
  }

  private void expectNewline() {
    if (check(TokenKind.EOF)) return;
    if (!check(TokenKind.NEWLINE)) {
      if (check(TokenKind.WALRUS)) {
        throw error(peek().pos(), "invalid syntax: assignment expression not allowed in this context");
      }
      throw error(peek().pos(), "Syntax error in simple statement list");
    }
    advance();
  }

  // ---- statements ----

  // module: [STRING NEWLINE] statement* EOF
  private Module module(String name, List<HeaderDirective> directives) {
    while (match(TokenKind.NEWLINE)) { }
    String doc = null;
    if (check(TokenKind.STRING) && (peek(1).kind() == TokenKind.NEWLINE || peek(1).kind() == TokenKind.EOF)) {
      doc = advance().value();
      match(TokenKind.NEWLINE);
    }
    List<Stmt> body = new ArrayList<>();
    while (!check(TokenKind.EOF)) {
      if (check(TokenKind.INDENT)) throw error(peek().pos(), "Expected an identifier or literal");
      if (check(TokenKind.DEDENT) || match(TokenKind.NEWLINE)) {
        advance();
        continue;
      }
      statement(body);
    }
    return new Module(name, doc, List.copyOf(body), List.copyOf(directives));
  }

  // statement: compound_stmt | simple_stmt
  private void statement(List<Stmt> out) {
    Token t = peek();
    switch (t.kind()) {
      case DEF -> out.add(funcDef(List.of()));
      case AT -> out.add(decorated());
      case IF -> out.add(ifStmt());
      case WHILE -> out.add(whileStmt());
      case FOR -> out.add(forStmt());
      case CDEF -> cdefStmt(out);
      case CPDEF -> cdefStmt(out);
      case CLASS -> throw unsupported(t, "class");
      case TRY -> out.add(tryStmt());
      case WITH -> out.add(withStmt());
      case ASYNC -> throw unsupported(t, "async");
      case CTYPEDEF -> throw unsupported(t, "ctypedef");
      default -> simpleStmt(out);
    }
  }

  // simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE
  private void simpleStmt(List<Stmt> out) {
    out.add(smallStmt());
    while (match(TokenKind.SEMI)) {
      if (check(TokenKind.NEWLINE) || check(TokenKind.EOF)) break;
      out.add(smallStmt());
    }
    expectNewline();
  }

  // small_stmt: pass | break | continue | return [testlist] | raise [test ['from' test]] | expr_stmt
  private Stmt smallStmt() {
    Token t = peek();
    switch (t.kind()) {
      case PASS -> {
        advance();
        return new Stmt.Pass(t.pos());
      }
      case BREAK -> {
        advance();
        return new Stmt.Break(t.pos());
      }
      case CONTINUE -> {
        advance();
        return new Stmt.Continue(t.pos());
      }
      case RETURN -> {
        advance();
        Expr value = atSimpleEnd() ? null : testList();
        return new Stmt.Return(value, t.pos());
      }
      case RAISE -> {
        advance();
        if (atSimpleEnd()) return new Stmt.Raise(null, null, t.pos());
        Expr exc = test();
        Expr cause = match(TokenKind.FROM) ? test() : null;
        return new Stmt.Raise(exc, cause, t.pos());
      }
      case IMPORT -> {
        return importStmt();
      }
      case FROM -> {
        return fromCImport();
      }
      case CIMPORT -> {
        return cimport();
      }
      case GLOBAL -> {
        advance();
        List<String> names = new ArrayList<>();
        do {
          names.add(expectName().text());
        } while (match(TokenKind.COMMA));
        return new Stmt.Global(List.copyOf(names), t.pos());
      }
      case NONLOCAL -> throw unsupported(t, "nonlocal");
      case DEL -> throw unsupported(t, "del");
      case ASSERT -> {
        advance();
        Expr test = test();
        Expr msg = match(TokenKind.COMMA) ? test() : null;
        return new Stmt.Assert(test, msg, t.pos());
      }
      case YIELD -> throw unsupported(t, "yield");
      case AWAIT -> throw unsupported(t, "await");
      case INCLUDE -> throw unsupported(t, "include");
      case INDENT -> throw error(t.pos(), "Expected an identifier or literal");
      default -> {
        return exprStmt();
      }
    }
  }

  // cimport_stmt: 'cimport' dotted_name ['as' NAME]
  private Stmt cimport() {
    Token kw = advance();
    Pos modulePos = peek().pos();
    String module = dottedName();
    String alias = match(TokenKind.AS) ? expectName().text() : null;
    if (check(TokenKind.COMMA)) throw error(peek().pos(), "pyxc supports one module per 'cimport' statement");
    return new Stmt.CImport(module, alias, List.of(), kw.pos(), modulePos);
  }

  // from_cimport: 'from' dotted_name 'cimport' ('(' names [','] ')' | names)
  // names: NAME ['as' NAME] (',' NAME ['as' NAME])*
  private Stmt fromCImport() {
    Token kw = advance();
    Pos modulePos = peek().pos();
    if (check(TokenKind.DOT)) throw unsupported(kw, "relative import");
    String module = dottedName();
    if (check(TokenKind.IMPORT)) return fromImport(kw, module);
    expect(TokenKind.CIMPORT);
    return new Stmt.CImport(module, null, importedNames("cimport *"), kw.pos(), modulePos);
  }

  // import_stmt: 'import' dotted_name ['as' NAME] (',' dotted_name ['as' NAME])*
  private Stmt importStmt() {
    Token kw = advance();
    List<Stmt.Alias> names = new ArrayList<>();
    do {
      Pos pos = peek().pos();
      String module = dottedName();
      String as = match(TokenKind.AS) ? expectName().text() : null;
      names.add(new Stmt.Alias(module, as, pos));
    } while (match(TokenKind.COMMA));
    return new Stmt.Import(null, List.copyOf(names), kw.pos());
  }

  // from_import: 'from' dotted_name 'import' ('(' names [','] ')' | names)
  private Stmt fromImport(Token kw, String module) {
    expect(TokenKind.IMPORT);
    return new Stmt.Import(module, importedNames("import *"), kw.pos());
  }

  // names: '(' name_as (',' name_as)* [','] ')' | name_as (',' name_as)*
  // name_as: NAME ['as' NAME]
  private List<Stmt.Alias> importedNames(String starConstruct) {
    boolean paren = match(TokenKind.LPAREN);
    if (check(TokenKind.STAR)) throw unsupported(peek(), starConstruct);
    List<Stmt.Alias> names = new ArrayList<>();
    do {
      if (paren && check(TokenKind.RPAREN)) break;
      Token name = expectName();
      String as = match(TokenKind.AS) ? expectName().text() : null;
      names.add(new Stmt.Alias(name.text(), as, name.pos()));
    } while (match(TokenKind.COMMA));
    if (paren) expect(TokenKind.RPAREN);
    return List.copyOf(names);
  }

  private String dottedName() {
    StringBuilder sb = new StringBuilder(expectName().text());
    while (match(TokenKind.DOT)) sb.append('.').append(expectName().text());
    return sb.toString();
  }

  private boolean atSimpleEnd() {
    return check(TokenKind.NEWLINE) || check(TokenKind.SEMI) || check(TokenKind.EOF);
  }

  // expr_stmt: testlist_star_expr (augassign testlist | ('=' testlist)*)
  private Stmt exprStmt() {
    Pos pos = peek().pos();
    if (check(TokenKind.NAME) && peek(1).kind() == TokenKind.WALRUS) {
      String name = peek().text();
      throw error(peek(1).pos(), "invalid syntax: assignment expression not allowed in this context")
          .hint("wrap the assignment expression in parentheses, '(" + name + " := ...)', or assign with '" + name + " = ...'");
    }
    Expr first = testList();
    if (check(TokenKind.WALRUS)) {
      throw error(peek().pos(), "invalid syntax: assignment expression not allowed in this context");
    }
    BinaryOp aug = augOp(peek().kind());
    if (aug != null) {
      advance();
      checkTarget(first, true);
      Expr value = testList();
      return new Stmt.AugAssign(first, aug, value, pos);
    }
    if (!check(TokenKind.EQ)) return new Stmt.ExprStmt(first, pos);
    List<Expr> targets = new ArrayList<>();
    Expr value = first;
    while (match(TokenKind.EQ)) {
      checkTarget(value, false);
      targets.add(value);
      value = testList();
      if (check(TokenKind.WALRUS)) {
        throw error(peek().pos(), "invalid syntax: assignment expression not allowed in this context");
      }
    }
    return new Stmt.Assign(List.copyOf(targets), value, pos);
  }

  private void checkTarget(Expr e, boolean augmented) {
    if (e instanceof Expr.Name n) { } else if (e instanceof Expr.Subscript s) { } else if (e instanceof Expr.Attribute a) { } else if (e instanceof Expr.TupleExpr t && !augmented) {
      t.elts().forEach(x -> checkTarget(x, false));
    } else if (e instanceof Expr.ListExpr l && !augmented) {
      l.elts().forEach(x -> checkTarget(x, false));
    } else {
      throw error(e.pos(), "Cannot assign to or delete this");
    }
  }

  private static BinaryOp augOp(TokenKind k) {
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

  // decorated: ('@' namedexpr_test NEWLINE)+ funcdef
  private Stmt decorated() {
    List<Stmt.Decorator> decorators = new ArrayList<>();
    while (check(TokenKind.AT)) {
      Pos at = advance().pos();
      decorators.add(new Stmt.Decorator(namedExprTest(), at));
      expect(TokenKind.NEWLINE);
    }
    if (check(TokenKind.CLASS)) throw unsupported(peek(), "class");
    if (check(TokenKind.CDEF) || check(TokenKind.CPDEF)) {
      List<Stmt> one = new ArrayList<>();
      cdefStmt(one);
      if (one.get(0) instanceof Stmt.FuncDef f) {
        return new Stmt.FuncDef(f.name(), f.params(), f.returnType(), f.docstring(), f.body(), List.copyOf(decorators), f.cdef(), f.pos());
      }
      throw error(decorators.get(0).pos(), "decorators are only allowed on functions");
    }
    if (!check(TokenKind.DEF)) throw expected("def");
    return funcDef(List.copyOf(decorators));
  }

  // funcdef: 'def' NAME '(' [params] ')' ['->' type] ':' suite
  private Stmt funcDef(List<Stmt.Decorator> decorators) {
    Token def = expect(TokenKind.DEF);
    Token name = expectName();
    expect(TokenKind.LPAREN);
    List<Stmt.Param> params = paramList();
    TypeRef ret = null;
    if (match(TokenKind.ARROW)) ret = typeRef();
    expect(TokenKind.COLON);
    FunctionBody body = functionBody();
    return new Stmt.FuncDef(name.text(), params, ret, body.doc(), body.stmts(), decorators, null, def.pos());
  }

  // params: [param (',' param)* [',']] ')'   (after the '(')
  private List<Stmt.Param> paramList() {
    List<Stmt.Param> params = new ArrayList<>();
    while (!check(TokenKind.RPAREN)) {
      params.add(param());
      if (!match(TokenKind.COMMA)) break;
    }
    expect(TokenKind.RPAREN);
    return List.copyOf(params);
  }

  /** A function's suite, with a leading string literal taken as its docstring. */
  private record FunctionBody(String doc, List<Stmt> stmts) {}

  private FunctionBody functionBody() {
    List<Stmt> body = suite();
    if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.StrLit s) {
      return new FunctionBody(s.value(), List.copyOf(body.subList(1, body.size())));
    }
    return new FunctionBody(null, List.copyOf(body));
  }

  // param: [type] NAME ['not' 'None' | 'or' 'None'] ['=' test]
  private Stmt.Param param() {
    Token start = peek();
    if (check(TokenKind.STAR) || check(TokenKind.DSTAR) || check(TokenKind.SLASH)) {
      throw error(start.pos(), "'" + start.text() + "' parameters are not supported by pyxc");
    }
    TypeRef type = null;
    if (startsTypedDeclaration()) type = typeRef();
    Token name = expectName();
    boolean notNone = false;
    boolean orNone = false;
    if (check(TokenKind.NOT) && peek(1).kind() == TokenKind.NONE) {
      advance();
      advance();
      notNone = true;
    } else if (check(TokenKind.OR) && peek(1).kind() == TokenKind.NONE) {
      advance();
      advance();
      orNone = true;
    }
    if (match(TokenKind.COLON)) throw error(peek().pos(), "annotations are not supported by pyxc");
    Expr def = match(TokenKind.EQ) ? test() : null;
    return new Stmt.Param(name.text(), type, def, notNone, orNone, start.pos());
  }

  /** At a parameter or declaration: does a type come before the name? */
  private boolean startsTypedDeclaration() {
    if (!check(TokenKind.NAME)) return false;
    Token next = peek(1);
    if (next.kind() == TokenKind.NAME) return true;
    if (next.kind() == TokenKind.LBRACKET) return true;
    return checkName("unsigned") || checkName("signed") || checkName("const");
  }

  private Token expectName() {
    if (check(TokenKind.NAME)) return advance();
    if (peek().kind().isKeyword()) {
      throw error(peek().pos(), "Expected an identifier, found '" + peek().text() + "'");
    }
    throw error(peek().pos(), "Expected an identifier");
  }

  // type: ['const'] base_type ['[' axis (',' axis)* ']']
  // base_type: ('unsigned'|'signed')? ('short'|'long'|'long' 'long')? NAME?
  private TypeRef typeRef() {
    Token start = peek();
    boolean isConst = false;
    if (checkName("const")) {
      advance();
      isConst = true;
    }
    List<String> words = new ArrayList<>();
    Token first = peek();
    while (checkName("unsigned") || checkName("signed") || checkName("short") || checkName("long")) {
      words.add(advance().text());
      // 'long' alone may be the whole type: `long x`
      if (!check(TokenKind.NAME) || !continuesBaseType(words)) break;
    }
    if (words.isEmpty() || (check(TokenKind.NAME) && continuesBaseType(words) && isBaseTypeName(peek().text()))) {
      words.add(expectName().text());
    }
    TypeRef.Named named = new TypeRef.Named(String.join(" ", words), first.pos());
    if (!check(TokenKind.LBRACKET)) {
      if (isConst) throw error(start.pos(), "const is only supported by pyxc on memoryview types");
      return named;
    }
    Token lb = advance();
    List<TypeRef.Axis> axes = new ArrayList<>();
    do {
      axes.add(axis());
    } while (match(TokenKind.COMMA));
    expect(TokenKind.RBRACKET);
    return new TypeRef.MemoryView(named, List.copyOf(axes), isConst, isConst ? start.pos() : named.pos(), lb.pos());
  }

  private boolean continuesBaseType(List<String> words) {
    if (!check(TokenKind.NAME)) return false;
    String next = peek().text();
    String last = words.get(words.size() - 1);
    if (next.equals("long")) return !last.equals("short") && words.stream().filter("long"::equals).count() < 2;
    return isBaseTypeName(next) || next.equals("short");
  }

  private static boolean isBaseTypeName(String w) {
    return switch (w) {
      case "char", "int", "double", "short", "long" -> true;
      default -> false;
    };
  }

  // axis: ':' [':' [step]]    step: '1' | NAME ('.' NAME)*
  // A start or a stop is parsed only to report it where Cython does.
  private TypeRef.Axis axis() {
    Token t = peek();
    if (!check(TokenKind.COLON)) {
      if (check(TokenKind.COMMA) || check(TokenKind.RBRACKET)) throw error(t.pos(), "Expected ':', found '" + found(t) + "'");
      test();
      throw error(t.pos(), "Start must not be given.");
    }
    advance();
    if (!check(TokenKind.COLON) && !check(TokenKind.COMMA) && !check(TokenKind.RBRACKET)) {
      throw error(peek().pos(), "Axis specification only allowed in the 'step' slot.");
    }
    if (!match(TokenKind.COLON) || check(TokenKind.COMMA) || check(TokenKind.RBRACKET)) {
      return new TypeRef.Axis(false, null, t.pos(), t.pos());
    }
    Token step = peek();
    if (step.kind() == TokenKind.INT && step.text().equals("1")) {
      advance();
      return new TypeRef.Axis(true, null, t.pos(), step.pos());
    }
    if (step.kind() == TokenKind.NAME) {
      StringBuilder name = new StringBuilder(advance().text());
      while (match(TokenKind.DOT)) name.append('.').append(expectName().text());
      return new TypeRef.Axis(false, name.toString(), t.pos(), step.pos());
    }
    throw error(step.pos(), "Step must be omitted, 1, or a valid specifier.");
  }

  // cdef_stmt: 'cdef' type declarator (',' declarator)* NEWLINE
  // declarator: NAME ['=' test]
  private void cdefStmt(List<Stmt> out) {
    Token cdef = advance();
    if (check(TokenKind.CLASS) || checkName("class")) throw unsupported(peek(), "cdef class");
    if (check(TokenKind.COLON)) throw unsupported(cdef, "cdef block");
    if (checkName("extern")) throw unsupported(peek(), "cdef extern");
    if (checkName("struct") || checkName("union") || checkName("enum")) throw unsupported(peek(), "cdef " + peek().text());
    boolean inline = false;
    if (checkName("inline")) {
      advance();
      inline = true;
    }
    if (checkName("public") || checkName("api") || checkName("readonly")) {
      throw unsupported(peek(), "cdef " + peek().text());
    }
    if (!check(TokenKind.NAME)) throw error(peek().pos(), "Expected an identifier, found '" + found(peek()) + "'");
    Token typeStart = peek();
    TypeRef type = typeRef();
    if (check(TokenKind.LPAREN) && type instanceof TypeRef.Named n && !n.name().contains(" ")) {
      // `cdef f(x):` names the function; its return type is object.
      out.add(cdefFunction(cdef, inline, null, typeStart));
      return;
    }
    if (inline && !(check(TokenKind.NAME) && peek(1).kind() == TokenKind.LPAREN)) {
      throw error(cdef.pos(), "'inline' is only allowed on cdef functions");
    }
    if (cdef.kind() == TokenKind.CPDEF && !(check(TokenKind.NAME) && peek(1).kind() == TokenKind.LPAREN)) {
      throw unsupported(cdef, "cpdef variable");
    }
    List<Stmt.Declarator> decls = new ArrayList<>();
    do {
      if (check(TokenKind.STAR)) throw error(peek().pos(), "pointer types are not supported by pyxc");
      Token name = expectName();
      if (check(TokenKind.LPAREN) && decls.isEmpty()) {
        out.add(cdefFunction(cdef, inline, type, name));
        return;
      }
      if (check(TokenKind.LBRACKET)) throw error(peek().pos(), "C arrays are not supported by pyxc");
      Expr init = match(TokenKind.EQ) ? test() : null;
      decls.add(new Stmt.Declarator(name.text(), init, name.pos()));
    } while (match(TokenKind.COMMA));
    expectNewline();
    out.add(new Stmt.CDef(type, List.copyOf(decls), cdef.pos()));
  }

  // cdef_function: 'cdef' ['inline'] [type] NAME '(' [params] ')' [except_spec] ['nogil'] ':' suite
  // except_spec: 'noexcept' | 'except' ('*' | ['?'] test)
  private Stmt cdefFunction(Token cdef, boolean inline, TypeRef returnType, Token name) {
    Pos declarator = expect(TokenKind.LPAREN).pos();
    List<Stmt.Param> params = paramList();
    Stmt.ExceptSpec except = Stmt.ExceptSpec.DEFAULT;
    // Cython reports a misplaced exception clause at the declarator's '('.
    if (checkName("noexcept")) {
      advance();
      except = new Stmt.ExceptSpec(Stmt.ExceptSpec.Kind.NOEXCEPT, null, declarator);
    } else if (match(TokenKind.EXCEPT)) {
      if (match(TokenKind.STAR)) {
        except = new Stmt.ExceptSpec(Stmt.ExceptSpec.Kind.STAR, null, declarator);
      } else {
        boolean maybe = match(TokenKind.QUESTION);
        except = new Stmt.ExceptSpec(maybe ? Stmt.ExceptSpec.Kind.MAYBE_VALUE : Stmt.ExceptSpec.Kind.VALUE, test(), declarator);
      }
    }
    if (check(TokenKind.NOGIL) || checkName("nogil")) throw unsupported(peek(), "nogil");
    expect(TokenKind.COLON);
    FunctionBody body = functionBody();
    return new Stmt.FuncDef(name.text(), params, returnType, body.doc(), body.stmts(), List.of(),
        new Stmt.CSignature(inline, except, cdef.kind() == TokenKind.CPDEF), cdef.pos());
  }

  // if_stmt: 'if' namedexpr_test ':' suite ('elif' namedexpr_test ':' suite)* ['else' ':' suite]
  private Stmt ifStmt() {
    Token ifTok = advance();
    List<Stmt.Branch> branches = new ArrayList<>();
    Expr cond = namedExprTest();
    expect(TokenKind.COLON);
    branches.add(new Stmt.Branch(cond, suite(), ifTok.pos()));
    List<Stmt> orElse = List.of();
    while (true) {
      if (check(TokenKind.ELIF)) {
        Token elif = advance();
        Expr c = namedExprTest();
        expect(TokenKind.COLON);
        branches.add(new Stmt.Branch(c, suite(), elif.pos()));
      } else {
        if (match(TokenKind.ELSE)) {
          expect(TokenKind.COLON);
          orElse = suite();
        }
        break;
      }
    }
    return new Stmt.If(List.copyOf(branches), orElse, ifTok.pos());
  }

  // try_stmt: 'try' ':' suite (except_clause ':' suite)+ ['else' ':' suite] ['finally' ':' suite]
  //         | 'try' ':' suite 'finally' ':' suite
  // except_clause: 'except' [test ['as' NAME]]
  private Stmt tryStmt() {
    Token tryTok = advance();
    expect(TokenKind.COLON);
    List<Stmt> body = suite();
    List<Stmt.Handler> handlers = new ArrayList<>();
    while (check(TokenKind.EXCEPT)) {
      if (!handlers.isEmpty() && handlers.get(handlers.size() - 1).type() == null) {
        throw error(peek().pos(), "default 'except:' must be last");
      }
      Token ex = advance();
      Expr type = null;
      String name = null;
      Pos namePos = null;
      if (!check(TokenKind.COLON)) {
        type = test();
        if (match(TokenKind.AS)) {
          Token n = expectName();
          name = n.text();
          namePos = n.pos();
        }
      }
      expect(TokenKind.COLON);
      handlers.add(new Stmt.Handler(type, name, suite(), ex.pos(), namePos));
    }
    List<Stmt> orElse = List.of();
    if (!handlers.isEmpty() && match(TokenKind.ELSE)) {
      expect(TokenKind.COLON);
      orElse = suite();
    }
    List<Stmt> finalBody = List.of();
    if (match(TokenKind.FINALLY)) {
      expect(TokenKind.COLON);
      finalBody = suite();
    } else if (handlers.isEmpty()) {
      throw error(peek().pos(), "Expected 'except' or 'finally'");
    }
    return new Stmt.Try(body, List.copyOf(handlers), orElse, finalBody, tryTok.pos());
  }

  // while_stmt: 'while' namedexpr_test ':' suite ['else' ':' suite]
  private Stmt whileStmt() {
    Token w = advance();
    Expr cond = namedExprTest();
    expect(TokenKind.COLON);
    List<Stmt> body = suite();
    List<Stmt> orElse = List.of();
    if (match(TokenKind.ELSE)) {
      expect(TokenKind.COLON);
      orElse = suite();
    }
    return new Stmt.While(cond, body, orElse, w.pos());
  }

  // with_stmt: 'with' with_item (',' with_item)* ':' suite
  // with_item: test ['as' expr]
  private Stmt withStmt() {
    Token kw = advance();
    if (check(TokenKind.NOGIL) || checkName("gil")) throw unsupported(kw, "with " + peek().text());
    List<Stmt.WithItem> items = new ArrayList<>();
    do {
      Pos pos = peek().pos();
      Expr context = test();
      Expr target = match(TokenKind.AS) ? bitOr() : null;
      items.add(new Stmt.WithItem(context, target, pos));
    } while (match(TokenKind.COMMA));
    expect(TokenKind.COLON);
    return new Stmt.With(List.copyOf(items), suite(), kw.pos());
  }

  // for_stmt: 'for' target 'in' testlist ':' suite ['else' ':' suite]
  private Stmt forStmt() {
    Token f = advance();
    Expr target = exprList();
    checkTarget(target, false);
    expect(TokenKind.IN);
    Expr iter = testList();
    expect(TokenKind.COLON);
    List<Stmt> body = suite();
    List<Stmt> orElse = List.of();
    if (match(TokenKind.ELSE)) {
      expect(TokenKind.COLON);
      orElse = suite();
    }
    return new Stmt.For(target, iter, body, orElse, f.pos());
  }

  // exprlist: bit_or (',' bit_or)* [',']   (a for-loop target)
  private Expr exprList() {
    Pos pos = peek().pos();
    Expr first = bitOr();
    if (!check(TokenKind.COMMA)) return first;
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (match(TokenKind.COMMA)) {
      if (check(TokenKind.IN)) break;
      elts.add(bitOr());
    }
    return new Expr.TupleExpr(List.copyOf(elts), pos);
  }

  // suite: simple_stmt | NEWLINE INDENT statement+ DEDENT
  private List<Stmt> suite() {
    List<Stmt> body = new ArrayList<>();
    if (!check(TokenKind.NEWLINE)) {
      simpleStmt(body);
      return List.copyOf(body);
    }
    advance();
    if (!check(TokenKind.INDENT)) throw error(peek().pos(), "Expected an increase in indentation level");
    advance();
    while (!check(TokenKind.DEDENT) && !check(TokenKind.EOF)) {
      if (match(TokenKind.NEWLINE)) continue;
      if (check(TokenKind.INDENT)) throw error(peek().pos(), "Expected an identifier or literal");
      statement(body);
    }
    match(TokenKind.DEDENT);
    return List.copyOf(body);
  }

  // ---- expressions ----

  // testlist: test (',' test)* [',']
  private Expr testList() {
    Pos pos = peek().pos();
    Expr first = test();
    if (!check(TokenKind.COMMA)) return first;
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (match(TokenKind.COMMA)) {
      if (atExprEnd()) break;
      elts.add(test());
    }
    return new Expr.TupleExpr(List.copyOf(elts), pos);
  }

  private boolean atExprEnd() {
    return switch (peek().kind()) {
      case NEWLINE, EOF, SEMI, EQ, RPAREN, RBRACKET, RBRACE, COLON -> true;
      default -> augOp(peek().kind()) != null;
    };
  }

  // namedexpr_test: test [':=' test]
  private Expr namedExprTest() {
    Expr lhs = testAllowWalrusAfter();
    if (!check(TokenKind.WALRUS)) return lhs;
    Token op = advance();
    if (!(lhs instanceof Expr.Name name)) {
      throw error(op.pos(), "Left-hand side of assignment expression must be an identifier");
    }
    Expr rhs = test();
    return new Expr.NamedExpr(name, rhs, op.pos());
  }

  // test: or_test ['if' or_test 'else' test]   (not followed by ':=')
  private Expr test() {
    Expr e = testAllowWalrusAfter();
    if (check(TokenKind.WALRUS)) {
      throw error(peek().pos(), "invalid syntax: assignment expression not allowed in this context");
    }
    return e;
  }

  private Expr testAllowWalrusAfter() {
    if (check(TokenKind.LAMBDA)) throw unsupported(peek(), "lambda");
    Pos pos = peek().pos();
    Expr e = orTest();
    if (match(TokenKind.IF)) {
      Expr cond = orTest();
      expect(TokenKind.ELSE);
      Expr other = test();
      return new Expr.IfExp(cond, e, other, pos);
    }
    return e;
  }

  // or_test: and_test ('or' and_test)*
  private Expr orTest() {
    Expr left = andTest();
    while (check(TokenKind.OR)) {
      Token op = advance();
      left = new Expr.BoolOp(false, left, andTest(), op.pos());
    }
    return left;
  }

  // and_test: not_test ('and' not_test)*
  private Expr andTest() {
    Expr left = notTest();
    while (check(TokenKind.AND)) {
      Token op = advance();
      left = new Expr.BoolOp(true, left, notTest(), op.pos());
    }
    return left;
  }

  // not_test: 'not' not_test | comparison
  private Expr notTest() {
    if (check(TokenKind.NOT)) {
      Token op = advance();
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
      Token t = peek();
      CompareOp op = switch (t.kind()) {
        case LT -> CompareOp.LT;
        case LE -> CompareOp.LE;
        case GT -> CompareOp.GT;
        case GE -> CompareOp.GE;
        case EQEQ -> CompareOp.EQ;
        case NE -> CompareOp.NE;
        case IN -> CompareOp.IN;
        case IS -> peek(1).kind() == TokenKind.NOT ? CompareOp.IS_NOT : CompareOp.IS;
        case NOT -> peek(1).kind() == TokenKind.IN ? CompareOp.NOT_IN : null;
        default -> null;
      };
      if (op == null) break;
      advance();
      if (op == CompareOp.IS_NOT || op == CompareOp.NOT_IN) advance();
      if (pos == null) pos = t.pos();
      ops.add(op);
      rest.add(bitOr());
    }
    return ops.isEmpty() ? first : new Expr.Compare(first, List.copyOf(ops), List.copyOf(rest), pos);
  }

  // bit_or: xor ('|' xor)*
  private Expr bitOr() {
    Expr left = bitXor();
    while (check(TokenKind.PIPE)) {
      Token op = advance();
      left = new Expr.BinOp(BinaryOp.BITOR, left, bitXor(), op.pos());
    }
    return left;
  }

  // xor: and ('^' and)*
  private Expr bitXor() {
    Expr left = bitAnd();
    while (check(TokenKind.CARET)) {
      Token op = advance();
      left = new Expr.BinOp(BinaryOp.BITXOR, left, bitAnd(), op.pos());
    }
    return left;
  }

  // and: shift ('&' shift)*
  private Expr bitAnd() {
    Expr left = shift();
    while (check(TokenKind.AMP)) {
      Token op = advance();
      left = new Expr.BinOp(BinaryOp.BITAND, left, shift(), op.pos());
    }
    return left;
  }

  // shift: arith (('<<'|'>>') arith)*
  private Expr shift() {
    Expr left = arith();
    while (check(TokenKind.LSHIFT) || check(TokenKind.RSHIFT)) {
      Token op = advance();
      BinaryOp bop = op.kind() == TokenKind.LSHIFT ? BinaryOp.LSHIFT : BinaryOp.RSHIFT;
      left = new Expr.BinOp(bop, left, arith(), op.pos());
    }
    return left;
  }

  // arith: term (('+'|'-') term)*
  private Expr arith() {
    Expr left = term();
    while (check(TokenKind.PLUS) || check(TokenKind.MINUS)) {
      Token op = advance();
      BinaryOp bop = op.kind() == TokenKind.PLUS ? BinaryOp.ADD : BinaryOp.SUB;
      left = new Expr.BinOp(bop, left, term(), op.pos());
    }
    return left;
  }

  // term: factor (('*'|'/'|'//'|'%'|'@') factor)*
  private Expr term() {
    Expr left = factor();
    while (true) {
      Token op = peek();
      BinaryOp bop = switch (op.kind()) {
        case STAR -> BinaryOp.MUL;
        case SLASH -> BinaryOp.DIV;
        case DSLASH -> BinaryOp.FLOORDIV;
        case PERCENT -> BinaryOp.MOD;
        case AT -> BinaryOp.MATMUL;
        default -> null;
      };
      if (bop == null) return left;
      advance();
      left = new Expr.BinOp(bop, left, factor(), op.pos());
    }
  }

  // factor: ('+'|'-'|'~') factor | power
  private Expr factor() {
    Token t = peek();
    UnaryOperator op = switch (t.kind()) {
      case PLUS -> UnaryOperator.POS;
      case MINUS -> UnaryOperator.NEG;
      case TILDE -> UnaryOperator.INVERT;
      default -> null;
    };
    if (op == null) return power();
    advance();
    if (nesting >= MAX_NESTING) throw error(t.pos(), "too many nested unary operators");
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
    if (check(TokenKind.DSTAR)) {
      Token op = advance();
      return new Expr.BinOp(BinaryOp.POW, base, factor(), op.pos());
    }
    return base;
  }

  // atom_expr: atom trailer*
  // trailer: '(' [arglist] ')' | '[' subscriptlist ']' | '.' NAME
  private Expr atomExpr() {
    if (check(TokenKind.AWAIT)) throw unsupported(peek(), "await");
    Expr e = atom();
    while (true) {
      Token t = peek();
      if (match(TokenKind.LPAREN)) {
        e = new Expr.Call(e, argList(), t.pos());
        expect(TokenKind.RPAREN);
      } else if (match(TokenKind.LBRACKET)) {
        e = new Expr.Subscript(e, subscriptList(t.pos()), t.pos());
        expect(TokenKind.RBRACKET);
      } else if (match(TokenKind.DOT)) {
        Token name = expectName();
        e = new Expr.Attribute(e, name.text(), t.pos());
      } else {
        return e;
      }
    }
  }

  // arglist: argument (',' argument)* [',']
  // argument: namedexpr_test | NAME '=' test
  private List<Expr.Arg> argList() {
    List<Expr.Arg> args = new ArrayList<>();
    boolean sawKeyword = false;
    while (!check(TokenKind.RPAREN)) {
      Token t = peek();
      if (check(TokenKind.STAR) || check(TokenKind.DSTAR)) {
        throw error(t.pos(), "'" + t.text() + "' arguments are not supported by pyxc");
      }
      if (check(TokenKind.NAME) && peek(1).kind() == TokenKind.EQ) {
        advance();
        advance();
        args.add(new Expr.Arg(t.text(), test(), t.pos()));
        sawKeyword = true;
      } else {
        Expr value = namedExprTest();
        if (check(TokenKind.FOR)) throw unsupported(peek(), "generator expression");
        if (sawKeyword) throw error(value.pos(), "Non-keyword arg following keyword arg");
        args.add(new Expr.Arg(null, value, t.pos()));
      }
      if (!match(TokenKind.COMMA)) break;
    }
    return List.copyOf(args);
  }

  // subscriptlist: subscript (',' subscript)* [',']
  private Expr subscriptList(Pos pos) {
    Expr first = subscript();
    if (!check(TokenKind.COMMA)) return first;
    List<Expr> elts = new ArrayList<>(List.of(first));
    while (match(TokenKind.COMMA)) {
      if (check(TokenKind.RBRACKET)) break;
      elts.add(subscript());
    }
    return new Expr.TupleExpr(List.copyOf(elts), first.pos());
  }

  // subscript: namedexpr_test | [test] ':' [test] [':' [test]]
  private Expr subscript() {
    Token start = peek();
    Expr lo = null;
    if (!check(TokenKind.COLON)) {
      lo = namedExprTest();
      if (!check(TokenKind.COLON)) return lo;
    }
    expect(TokenKind.COLON);
    Expr hi = null;
    Expr step = null;
    if (!check(TokenKind.COLON) && !check(TokenKind.COMMA) && !check(TokenKind.RBRACKET)) hi = test();
    if (match(TokenKind.COLON)) {
      if (!check(TokenKind.COMMA) && !check(TokenKind.RBRACKET)) step = test();
    }
    return new Expr.Slice(lo, hi, step, start.pos());
  }

  // atom: '(' [namedexpr_test | testlist] ')' | '[' [testlist] ']' | '{' [dictmaker] '}'
  //     | NAME | NUMBER | STRING+ | '...' | 'None' | 'True' | 'False'
  private Expr atom() {
    Token t = peek();
    if ((t.kind() == TokenKind.LPAREN || t.kind() == TokenKind.LBRACKET || t.kind() == TokenKind.LBRACE) && nesting >= MAX_NESTING) {
      throw error(t.pos(), "too many nested parentheses");
    }
    nesting++;
    try {
      return atomInner(t);
    } finally {
      nesting--;
    }
  }

  private Expr atomInner(Token t) {
    switch (t.kind()) {
      case LPAREN -> {
        advance();
        if (match(TokenKind.RPAREN)) return new Expr.TupleExpr(List.of(), t.pos());
        Expr first = namedExprTest();
        if (check(TokenKind.FOR)) throw unsupported(peek(), "generator expression");
        if (match(TokenKind.RPAREN)) return first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (match(TokenKind.COMMA)) {
          if (check(TokenKind.RPAREN)) break;
          elts.add(namedExprTest());
        }
        expect(TokenKind.RPAREN);
        return new Expr.TupleExpr(List.copyOf(elts), t.pos());
      }
      case LBRACKET -> {
        advance();
        List<Expr> elts = new ArrayList<>();
        while (!check(TokenKind.RBRACKET)) {
          elts.add(namedExprTest());
          if (check(TokenKind.FOR)) throw unsupported(peek(), "list comprehension");
          if (!match(TokenKind.COMMA)) break;
        }
        expect(TokenKind.RBRACKET);
        return new Expr.ListExpr(List.copyOf(elts), t.pos());
      }
      case LBRACE -> {
        advance();
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!check(TokenKind.RBRACE)) {
          Expr k = test();
          if (!check(TokenKind.COLON)) throw unsupported(t, "set literal");
          advance();
          keys.add(k);
          values.add(test());
          if (check(TokenKind.FOR)) throw unsupported(peek(), "dict comprehension");
          if (!match(TokenKind.COMMA)) break;
        }
        expect(TokenKind.RBRACE);
        return new Expr.DictExpr(List.copyOf(keys), List.copyOf(values), t.pos());
      }
      case NAME -> {
        advance();
        return new Expr.Name(t.text(), t.pos());
      }
      case INT -> {
        advance();
        return new Expr.IntLit(t.text(), parseInt(t), t.pos());
      }
      case FLOAT -> {
        advance();
        return new Expr.FloatLit(t.text(), Double.parseDouble(t.text().replace("_", "")), t.pos());
      }
      case IMAG -> {
        advance();
        return new Expr.ImagLit(t.text(), t.pos());
      }
      case STRING, BYTES -> {
        return strings();
      }
      case ELLIPSIS -> {
        advance();
        return new Expr.EllipsisLit(t.pos());
      }
      case NONE -> {
        advance();
        return new Expr.NoneLit(t.pos());
      }
      case TRUE, FALSE -> {
        advance();
        return new Expr.BoolLit(t.kind() == TokenKind.TRUE, t.pos());
      }
      case LAMBDA -> throw unsupported(t, "lambda");
      case YIELD -> throw unsupported(t, "yield");
      default -> throw error(t.pos(), "Expected an identifier or literal");
    }
  }

  private Expr strings() {
    Token first = peek();
    StringBuilder sb = new StringBuilder();
    while (check(TokenKind.STRING) || check(TokenKind.BYTES)) {
      Token t = advance();
      if (t.kind() != first.kind()) {
        throw error(t.pos(), "Cannot mix string literals of different types, expected '"
            + (first.kind() == TokenKind.BYTES ? "b" : "u") + "', got '" + (t.kind() == TokenKind.BYTES ? "b" : "u") + "'");
      }
      sb.append(t.value());
    }
    return first.kind() == TokenKind.BYTES ? new Expr.BytesLit(sb.toString(), first.pos()) : new Expr.StrLit(sb.toString(), first.pos());
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
        throw error(t.pos(), "Invalid integer literal: leading zeros are not permitted");
      }
      return new BigInteger(s);
    } catch (NumberFormatException e) {
      throw error(t.pos(), "Invalid integer literal");
    }
  }
}
