package dev.pyxc.parse;

import dev.pyxc.ast.BinaryOp;
import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements: simple and compound ones (imports are the {@link ImportParser}'s), assignments and their targets,
 * def functions and suites. Types, parameters and what follows 'cdef' are the declaration
 * parser's; a cdef function comes back from it without its suite, which is read here like any
 * other function body.
 */
final class StatementParser {
  private final TokenCursor in;
  private final ExpressionParser expr;
  private final DeclarationParser decl;

  private final ImportParser imports;
  /** Language level 2: print is a statement unless {@code from __future__ import print_function} says otherwise. */
  private final boolean languageLevel2;
  /** Whether the statements being read are a cdef class body (where {@code property NAME:} blocks are allowed). */
  private boolean inClassBody;
  /** Inside a function's body (a def's or cdef's, not a class's within it): annotations declare locals there. */
  private int functionDepth;

  StatementParser(TokenCursor in, ExpressionParser expr, DeclarationParser decl, boolean languageLevel2) {
    this.in = in;
    this.expr = expr;
    this.decl = decl;
    this.languageLevel2 = languageLevel2;
    this.imports = new ImportParser(in, expr);
    decl.readExternMethodsWith(() -> in.check(TokenKind.AT) ? decorated() : cdefStmt());
  }

  // statement: compound_stmt | simple_stmt
  void statement(List<Stmt> out) {
    Token t = in.peek();
    switch (t.kind()) {
      case DEF -> out.add(funcDef(List.of()));
      case AT -> out.add(decorated());
      case IF -> out.add(ifStmt());
      case WHILE -> out.add(whileStmt());
      case FOR -> out.add(forStmt());
      case CDEF, CPDEF -> {
        if (isCdefClass()) out.add(classDef(List.of()));
        else out.addAll(cdefStmts());
      }
      case CLASS -> out.add(classDef(List.of()));
      case TRY -> out.add(tryStmt());
      case WITH -> out.add(withStmt());
      case ASYNC -> throw in.unsupported(t, "async");
      case CTYPEDEF -> out.add(isCdefClass() ? classDef(List.of()) : decl.ctypedef());
      default -> {
        if (t.kind() == TokenKind.NAME && t.text().equals("property") && in.peek(1).kind() == TokenKind.NAME
            && in.peek(2).kind() == TokenKind.COLON) {
          if (!inClassBody) throw in.unsupported(t, "property block");
          out.addAll(propertyBlock());
          return;
        }
        simpleStmt(out);
      }
    }
  }

  // simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE
  private void simpleStmt(List<Stmt> out) {
    out.add(smallStmt());
    while (in.match(TokenKind.SEMI)) {
      if (in.check(TokenKind.NEWLINE) || in.check(TokenKind.EOF)) break;
      out.add(smallStmt());
    }
    in.expectNewline();
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

  // def_stmt: 'DEF' NAME '=' test   (a compile-time constant: see CompileTimeConstants)
  private Stmt defStatement() {
    Token kw = in.advance();
    Token name = in.expectName();
    in.expect(TokenKind.EQ);
    Expr value = expr.test();
    try {
      expr.constants.define(name.text(), value);
    } catch (CompileTimeConstants.NotConstant e) {
      throw in.unsupported(kw, "DEF of an expression other than constants, arithmetic and tuples");
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
    } else {
      checkTarget(e, true);
      out.add(e);
    }
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

  /** Whether the logical line from here ends with ':' (a soft keyword's compound statement). */
  private boolean endsWithColon() {
    for (int k = 1; ; k++) {
      TokenKind kind = in.peek(k).kind();
      if (kind == TokenKind.NEWLINE || kind == TokenKind.EOF) return in.peek(k - 1).kind() == TokenKind.COLON;
    }
  }

  /** Language level 2 without {@code from __future__ import print_function}: print is a statement. */
  private boolean printIsStatement() {
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
    return new Stmt.Assign(List.copyOf(targets), value, pos);
  }

  private void checkTarget(Expr e, boolean augmented) {
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

  // decorated: ('@' namedexpr_test NEWLINE)+ funcdef
  private Stmt decorated() {
    List<Stmt.Decorator> decorators = new ArrayList<>();
    while (in.check(TokenKind.AT)) {
      Pos at = in.advance().pos();
      decorators.add(new Stmt.Decorator(expr.namedExprTest(), at));
      in.expect(TokenKind.NEWLINE);
    }
    if (isCdefClass() || in.check(TokenKind.CLASS)) return classDef(List.copyOf(decorators));
    if (in.check(TokenKind.CDEF) || in.check(TokenKind.CPDEF)) {
      if (cdefStmt() instanceof Stmt.FuncDef f) {
        return new Stmt.FuncDef(f.name(), f.params(), f.returnType(), f.docstring(), f.body(), List.copyOf(decorators), f.cdef(), f.pos());
      }
      throw in.error(decorators.get(0).pos(), "decorators are only allowed on functions");
    }
    if (in.check(TokenKind.ASYNC)) throw in.unsupported(in.peek(), "async");
    if (!in.check(TokenKind.DEF)) throw in.error(in.peek().pos(), "Decorators can only be followed by functions or classes");
    return funcDef(List.copyOf(decorators));
  }

  // namelist: NAME (',' NAME)*     (after 'global' or 'nonlocal')
  private List<String> nameList() {
    List<String> names = new ArrayList<>();
    do {
      names.add(in.expectName().text());
    } while (in.match(TokenKind.COMMA));
    return List.copyOf(names);
  }

  // funcdef: 'def' NAME '(' [py_params] ')' ['->' type] ':' suite
  private Stmt funcDef(List<Stmt.Decorator> decorators) {
    Token def = in.expect(TokenKind.DEF);
    Token name = rejectCdefModifier(in.expectName());
    if (!in.check(TokenKind.LPAREN)) {
      throw in.error(in.peek().pos(), "Expected '(', found '" + TokenCursor.found(in.peek())
          + "'. Did you use cdef syntax in a Python declaration? Use decorators and Python type annotations instead.");
    }
    in.advance();
    List<Stmt.Param> params = decl.pyParamList();
    rejectCdefModifier(null);
    TypeRef ret = null;
    if (in.match(TokenKind.ARROW)) {
      // A return annotation that names no type Cython uses (None, a class, a string) is only an annotation.
      Annotations.Typed typed = Annotations.of(expr.test());
      if (typed != null && !(typed.type() instanceof TypeRef.Named n && n.name().equals("object"))) ret = typed.type();
      rejectCdefModifier(null);
    }
    in.expect(TokenKind.COLON);
    boolean wasClassBody = inClassBody;
    inClassBody = false;
    functionDepth++;
    FunctionBody body = functionBody();
    functionDepth--;
    inClassBody = wasClassBody;
    return new Stmt.FuncDef(name.text(), params, ret, body.doc(), body.stmts(), decorators, null, def.pos());
  }

  /**
   * {@code def inline f()}, {@code def f() nogil}: cdef modifiers in a def, reported as Cython does
   * and skipped so the parse goes on. With a name read, a modifier is followed by the real name.
   */
  private Token rejectCdefModifier(Token name) {
    Token modifier = name != null ? name : in.peek();
    boolean isModifier = modifier.kind() == TokenKind.NAME && List.of("inline", "nogil", "api").contains(modifier.text());
    if (!isModifier || name != null && !in.check(TokenKind.NAME)) return name;
    if (name == null) in.advance();
    in.report(name != null ? in.peek().pos() : modifier.pos(),
        "Cannot use cdef modifier '" + modifier.text() + "' in Python function signature. Use a decorator instead.");
    return name != null ? in.expectName() : null;
  }

  // property_block: 'property' NAME ':' suite     (in a cdef class body; Cython's older syntax)
  // The suite holds an optional docstring and 'def __get__(self)', '__set__(self, value)',
  // '__del__(self)'; they are read as the decorated methods they mean ('@property def NAME',
  // '@NAME.setter def NAME', '@NAME.deleter def NAME'), the block's docstring the getter's.
  private List<Stmt> propertyBlock() {
    in.advance();
    Token name = in.expectName();
    in.expect(TokenKind.COLON);
    boolean wasClassBody = inClassBody;
    inClassBody = false;
    FunctionBody body = functionBody();
    inClassBody = wasClassBody;
    List<Stmt> out = new ArrayList<>();
    for (Stmt s : body.stmts()) {
      if (s instanceof Stmt.Pass) continue;
      String kind = s instanceof Stmt.FuncDef f && !f.isCdef() && f.decorators().isEmpty() ? switch (f.name()) {
        case "__get__" -> "property";
        case "__set__" -> "setter";
        case "__del__" -> "deleter";
        default -> null;
      } : null;
      if (kind == null) throw in.error(s.pos(), "Only __get__, __set__ and __del__ methods allowed in a property declaration");
      Stmt.FuncDef f = (Stmt.FuncDef) s;
      Expr deco = kind.equals("property") ? new Expr.Name("property", f.pos())
          : new Expr.Attribute(new Expr.Name(name.text(), f.pos()), kind, f.pos());
      String doc = kind.equals("property") && body.doc() != null ? body.doc() : f.docstring();
      out.add(new Stmt.FuncDef(name.text(), f.params(), f.returnType(), doc, f.body(),
          List.of(new Stmt.Decorator(deco, f.pos())), null, f.pos()));
    }
    return out;
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

  // cdef_stmt: cdef_variables | cdef_function_head suite   (the heads: DeclarationParser.cdef)
  private Stmt cdefStmt() {
    List<Stmt> stmts = cdefStmts();
    if (stmts.size() != 1) throw in.error(in.peek().pos(), "decorators are only allowed on functions");
    return stmts.get(0);
  }

  // cdef_stmts: a cdef statement, or a `cdef:` block's declarations
  private List<Stmt> cdefStmts() {
    DeclarationParser.CDef head = decl.cdef();
    if (head instanceof DeclarationParser.Block b) return b.stmts();
    if (head instanceof DeclarationParser.Extern e) {
      // The inline methods of its extern classes are module-level functions (ExternDeclarationParser.inlineMethod).
      List<Stmt> out = new ArrayList<>(List.of(e.stmt()));
      for (Stmt.ExternDecl d : e.stmt().decls()) {
        if (d instanceof Stmt.ExternClass ec) ec.methods().forEach(m -> out.add(m.function()));
      }
      return out;
    }
    return List.of(cdefOne(head));
  }

  private Stmt cdefOne(DeclarationParser.CDef head) {
    if (head instanceof DeclarationParser.Variables v) return v.stmt();
    if (head instanceof DeclarationParser.Extern e) return e.stmt();
    if (head instanceof DeclarationParser.TypeDecl t) return t.stmt();
    if (head instanceof DeclarationParser.FunctionHead f && f.declaration()) {
      return new Stmt.FuncDecl(new Stmt.FuncDef(f.name(), f.params(), f.returnType(), null, List.of(), List.of(), f.signature(),
          f.pos()), f.declarator());
    }
    if (head instanceof DeclarationParser.FunctionHead f) {
      functionDepth++;
      FunctionBody body = functionBody();
      functionDepth--;
      List<Stmt> stmts = f.withGil() == null ? body.stmts()
          : List.of(new Stmt.With(List.of(new Stmt.WithItem(new Expr.Name("gil", f.withGil()), null, f.withGil())), body.stmts(), f.withGil()));
      return new Stmt.FuncDef(f.name(), f.params(), f.returnType(), body.doc(), stmts, List.of(), f.signature(), f.pos());
    }
    throw new AssertionError(head);
  }

  /** {@code cdef [public] [api] class}, or the older {@code ctypedef [public] [api] class} (not an extern one). */
  private boolean isCdefClass() {
    if (!in.check(TokenKind.CDEF) && !in.check(TokenKind.CTYPEDEF)) return false;
    int k = 1;
    while (in.peek(k).kind() == TokenKind.NAME && (in.peek(k).text().equals("public") || in.peek(k).text().equals("api"))) k++;
    return in.peek(k).kind() == TokenKind.CLASS;
  }

  // classdef: [('cdef' | 'ctypedef') ('public' | 'api')*] 'class' NAME ['(' [arglist] ')'] [c_names] ':' suite
  // c_names: '[' ('object' | 'type') NAME [',' ('object' | 'type') NAME] ']'
  // The suite is read as statements; sema decides which belong in a class body.
  private Stmt classDef(List<Stmt.Decorator> decorators) {
    Token start = in.advance();
    boolean extension = start.kind() == TokenKind.CDEF || start.kind() == TokenKind.CTYPEDEF;
    boolean isPublic = false;
    boolean isApi = false;
    while (extension && (in.checkName("public") || in.checkName("api"))) {
      if (in.advance().text().equals("public")) isPublic = true;
      else isApi = true;
    }
    if (extension) in.expect(TokenKind.CLASS);
    Token name = in.expectName();
    if (extension && (in.check(TokenKind.NEWLINE) || in.check(TokenKind.EOF))) {
      in.expectNewline();
      return new Stmt.ClassForward(name.text(), start.pos());
    }
    List<Expr.Arg> arguments = new ArrayList<>();
    if (in.match(TokenKind.LPAREN)) {
      arguments.addAll(expr.argList());
      in.expect(TokenKind.RPAREN);
    }
    String objectStruct = null;
    String typeObject = null;
    Pos namesPos = extension && in.check(TokenKind.LBRACKET) ? in.peek().pos() : null;
    if (extension && in.match(TokenKind.LBRACKET)) {
      do {
        Token which = in.expectName();
        if (!which.text().equals("object") && !which.text().equals("type")) {
          throw in.error(which.pos(), "Expected 'object' or 'type', found '" + which.text() + "'");
        }
        String cname = in.expectName().text();
        if (which.text().equals("object")) objectStruct = cname;
        else typeObject = cname;
      } while (in.match(TokenKind.COMMA));
      in.expect(TokenKind.RBRACKET);
    }
    in.expect(TokenKind.COLON);
    boolean wasClassBody = inClassBody;
    int wasDepth = functionDepth;
    inClassBody = extension;
    functionDepth = 0;
    FunctionBody body = functionBody();
    inClassBody = wasClassBody;
    functionDepth = wasDepth;
    Stmt.ExtNames cNames = !extension ? null
        : new Stmt.ExtNames(new Stmt.Linkage(isPublic, isApi), objectStruct, typeObject, start.kind() == TokenKind.CTYPEDEF, namesPos);
    return new Stmt.ClassDef(name.text(), List.copyOf(arguments), extension, body.doc(), body.stmts(),
        decorators, cNames, start.pos(), name.pos());
  }

  // if_stmt: 'if' namedexpr_test ':' suite ('elif' namedexpr_test ':' suite)* ['else' ':' suite]
  private Stmt ifStmt() {
    Token ifTok = in.advance();
    List<Stmt.Branch> branches = new ArrayList<>();
    Expr cond = expr.namedExprTest();
    in.expect(TokenKind.COLON);
    branches.add(new Stmt.Branch(cond, suite(), ifTok.pos()));
    while (in.check(TokenKind.ELIF)) {
      Token elif = in.advance();
      Expr c = expr.namedExprTest();
      in.expect(TokenKind.COLON);
      branches.add(new Stmt.Branch(c, suite(), elif.pos()));
    }
    return new Stmt.If(List.copyOf(branches), elseSuite(), ifTok.pos());
  }

  // try_stmt: 'try' ':' suite (except_clause ':' suite)+ ['else' ':' suite] ['finally' ':' suite]
  //         | 'try' ':' suite 'finally' ':' suite
  // except_clause: 'except' [test ['as' NAME]]
  private Stmt tryStmt() {
    Token tryTok = in.advance();
    in.expect(TokenKind.COLON);
    List<Stmt> body = suite();
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
        if (in.check(TokenKind.COMMA) && !printIsStatement()) throw in.unsupported(ex, "except E, name");
        // Language level 2's `except E, name:` is `except E as name:` (the name stays bound after, as there).
        if (printIsStatement() && in.check(TokenKind.COMMA) && !(in.peek(1).kind() == TokenKind.NAME && in.peek(2).kind() == TokenKind.COLON)) {
          throw in.unsupported(ex, "except E, target other than a name");
        }
        if (in.match(TokenKind.AS) || printIsStatement() && in.match(TokenKind.COMMA)) {
          Token n = in.expectName();
          name = n.text();
          namePos = n.pos();
        }
      }
      in.expect(TokenKind.COLON);
      handlers.add(new Stmt.Handler(type, name, suite(), ex.pos(), namePos));
    }
    List<Stmt> orElse = handlers.isEmpty() ? List.of() : elseSuite();
    List<Stmt> finalBody = List.of();
    if (in.match(TokenKind.FINALLY)) {
      in.expect(TokenKind.COLON);
      finalBody = suite();
    } else if (handlers.isEmpty()) {
      throw in.error(in.peek().pos(), "Expected 'except' or 'finally'");
    }
    return new Stmt.Try(body, List.copyOf(handlers), orElse, finalBody, tryTok.pos());
  }

  // while_stmt: 'while' namedexpr_test ':' suite ['else' ':' suite]
  private Stmt whileStmt() {
    Token w = in.advance();
    Expr cond = expr.namedExprTest();
    in.expect(TokenKind.COLON);
    List<Stmt> body = suite();
    return new Stmt.While(cond, body, elseSuite(), w.pos());
  }

  // with_stmt: 'with' ( '(' with_items [','] ')' | with_items ) ':' suite
  // with_items: with_item (',' with_item)*
  // with_item: test ['as' target]
  // As Cython (and CPython's grammar), the parenthesised form is tried first and, when it does not
  // end in ')' ':', the line is read again as items whose first context is parenthesised.
  private Stmt withStmt() {
    Token kw = in.advance();
    if (in.checkName("nogil") || in.checkName("gil")) {
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
      List<Stmt> body = suite();
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
    return new Stmt.With(items, suite(), kw.pos());
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
        checkTarget(target, false);
      }
      items.add(new Stmt.WithItem(context, target, pos));
    } while (in.match(TokenKind.COMMA));
    return List.copyOf(items);
  }

  // for_stmt: 'for' target 'in' testlist ':' suite ['else' ':' suite]
  //         | 'for' [NAME 'from'] bit_expr relation NAME relation bit_expr ['by' bit_expr] ':' suite ['else' ':' suite]
  private Stmt forStmt() {
    Token f = in.advance();
    Expr target = expr.exprList();
    if (in.check(TokenKind.FROM) || ForFromParser.relation(in) != null) {
      ForFromParser.Loop loop = ForFromParser.parse(in, expr, target);
      in.expect(TokenKind.COLON);
      List<Stmt> body = suite();
      return new Stmt.For(loop.target(), loop.iter(), body, elseSuite(), loop.bounds(), f.pos());
    }
    checkTarget(target, false);
    in.expect(TokenKind.IN);
    Expr iter = expr.testList();
    in.expect(TokenKind.COLON);
    List<Stmt> body = suite();
    return new Stmt.For(target, iter, body, elseSuite(), f.pos());
  }

  // annotated: NAME ':' test ['=' testlist]
  /**
   * {@code x: T = v}: in a function or an extension type's body, where the annotation names a type
   * (Annotations), a declaration as {@code cdef T x = v} makes it (a C local, an attribute);
   * elsewhere, and for other annotations, only the assignment (pyxc keeps no {@code __annotations__}).
   */
  private Stmt annotatedVariable(Expr.Name target, Pos pos) {
    in.advance();
    Annotations.Typed typed = Annotations.of(expr.test());
    Expr value = in.match(TokenKind.EQ) ? expr.testList() : null;
    if (typed != null && (functionDepth > 0 || inClassBody)) {
      return new Stmt.CDef(typed.type(), List.of(new Stmt.Declarator(target.id(), value, target.pos(), null)), target.pos());
    }
    if (value == null) return new Stmt.Pass(pos);
    return new Stmt.Assign(List.of(target), value, pos);
  }

  // else_clause: ['else' ':' suite]
  private List<Stmt> elseSuite() {
    if (!in.match(TokenKind.ELSE)) return List.of();
    in.expect(TokenKind.COLON);
    return suite();
  }

  // suite: simple_stmt | NEWLINE INDENT statement+ DEDENT
  private List<Stmt> suite() {
    List<Stmt> body = new ArrayList<>();
    if (!in.check(TokenKind.NEWLINE)) {
      simpleStmt(body);
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
