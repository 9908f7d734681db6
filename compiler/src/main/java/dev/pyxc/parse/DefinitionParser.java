package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that define a function or a class and read its body: def and its decorators,
 * class and cdef class, the property blocks of a cdef class, and cdef statements (whose heads the
 * {@link DeclarationParser} reads; a cdef function's suite is read here like a def's). Apart from
 * the other statements because only these enter a function's or a class's body, which this class
 * keeps track of.
 */
final class DefinitionParser {
  private final TokenCursor in;
  private final ExpressionParser expr;
  private final DeclarationParser decl;
  private final StatementParser statements;
  /** Whether the statements being read are a cdef class body (where {@code property NAME:} blocks are allowed). */
  private boolean inClassBody;
  /** Whether the statements being read are a Python class's body (no pure-mode cdef functions there). */
  private boolean inPythonClassBody;
  /** Inside a function's body (a def's or cdef's, not a class's within it): annotations declare locals there. */
  private int functionDepth;

  DefinitionParser(TokenCursor in, ExpressionParser expr, DeclarationParser decl, StatementParser statements) {
    this.in = in;
    this.expr = expr;
    this.decl = decl;
    this.statements = statements;
    decl.readExternMethodsWith(() -> in.check(TokenKind.AT) ? decorated() : in.check(TokenKind.DEF) ? funcDef(List.of()) : cdefStmt());
    decl.readBlockFunctionsWith(this::cdefOne);
    decl.knowLocalsBy(() -> functionDepth > 0 && !inClassBody);
  }

  boolean inClassBody() {
    return inClassBody;
  }

  int functionDepth() {
    return functionDepth;
  }

  // decorated: ('@' namedexpr_test NEWLINE)+ funcdef
  Stmt decorated() {
    List<Stmt.Decorator> decorators = new ArrayList<>();
    while (in.check(TokenKind.AT)) {
      Pos at = in.advance().pos();
      // (`@my_locals(...)` of `from cython import locals as my_locals` is cython.locals)
      decorators.add(new Stmt.Decorator(expr.cythonAliases.canonicalCall(expr.namedExprTest()), at));
      in.expect(TokenKind.NEWLINE);
    }
    if (isCdefClass() || in.check(TokenKind.CLASS)) return classDef(List.copyOf(decorators));
    if (in.check(TokenKind.CDEF) || in.check(TokenKind.CPDEF)) {
      Stmt s = cdefStmt();
      if (s instanceof Stmt.FuncDef f) {
        return CythonLocals.apply(new Stmt.FuncDef(f.name(), f.params(), f.returnType(), f.docstring(), f.body(), List.copyOf(decorators),
            f.cdef(), f.pos()), in);
      }
      if (s instanceof Stmt.FuncDecl d) {
        // (a .pxd's `@staticmethod cdef T m(...)`)
        Stmt.FuncDef f = d.def();
        return new Stmt.FuncDecl(new Stmt.FuncDef(f.name(), f.params(), f.returnType(), f.docstring(), f.body(), List.copyOf(decorators),
            f.cdef(), f.pos()), d.declarator());
      }
      throw in.error(decorators.get(0).pos(), "decorators are only allowed on functions");
    }
    if (in.check(TokenKind.ASYNC)) throw in.unsupported(in.peek(), "async");
    if (!in.check(TokenKind.DEF)) throw in.error(in.peek().pos(), "Decorators can only be followed by functions or classes");
    boolean pureCdefAllowed = inClassBody || functionDepth == 0 && !inPythonClassBody;
    Stmt def = funcDef(List.copyOf(decorators));
    return def instanceof Stmt.FuncDef f ? CythonLocals.apply(PureFunctions.apply(f, pureCdefAllowed, in), in) : def;
  }

  // funcdef: 'def' NAME '(' [py_params] ')' ['->' type] ':' suite
  Stmt funcDef(List<Stmt.Decorator> decorators) {
    Token def = in.expect(TokenKind.DEF);
    Token name = rejectCdefModifier(in.expectName());
    if (!in.check(TokenKind.LPAREN)) {
      throw in.error(in.peek().pos(), "Expected '(', found '" + TokenCursor.found(in.peek())
          + "'. Did you use cdef syntax in a Python declaration? Use decorators and Python type annotations instead.");
    }
    in.advance();
    List<Stmt.Param> params = decl.signatures.pyParamList();
    rejectCdefModifier(null);
    TypeRef ret = null;
    if (in.match(TokenKind.ARROW)) {
      // A return annotation that names no type Cython uses (None, a string) is only an annotation; a
      // class name is an extension type's where there is one (sema decides).
      Annotations.Typed typed = Annotations.ofParameter(expr.test());
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
  List<Stmt> propertyBlock() {
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
    declaredInBody.push(new ArrayList<>());
    List<Stmt> body;
    List<Stmt> declared;
    try {
      body = statements.suite();
    } finally {
      declared = declaredInBody.pop();
    }
    String doc = null;
    if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt es && es.expr() instanceof Expr.StrLit s) {
      doc = s.value();
      body = body.subList(1, body.size());
    }
    List<Stmt> stmts = new ArrayList<>(declared);
    stmts.addAll(body);
    return new FunctionBody(doc, List.copyOf(stmts));
  }

  /** The {@code cython.declare} declarations of the function bodies being read, innermost first. */
  private final java.util.ArrayDeque<List<Stmt>> declaredInBody = new java.util.ArrayDeque<>();

  /**
   * {@code x = cython.declare(T, v)} in a function's code (in a block too): x is declared for the
   * whole function, as Cython types it, and true is returned (the statement is then an assignment);
   * false elsewhere (a module's or a class's body, where the declaration stands as written).
   */
  boolean declaredForFunction(Stmt.CDef d) {
    if (declaredInBody.isEmpty() || inClassBody || inPythonClassBody) return false;
    Stmt.Declarator one = d.names().get(0);
    declaredInBody.peek().add(new Stmt.CDef(d.type(), List.of(new Stmt.Declarator(one.name(), null, one.pos(), null)), d.pos()));
    return true;
  }

  // cdef_stmt: cdef_variables | cdef_function_head suite   (the heads: DeclarationParser.cdef)
  private Stmt cdefStmt() {
    List<Stmt> stmts = cdefStmts();
    if (stmts.size() != 1) throw in.error(in.peek().pos(), "decorators are only allowed on functions");
    return stmts.get(0);
  }

  // cdef_stmts: a cdef statement, or a `cdef:` block's declarations
  List<Stmt> cdefStmts() {
    boolean cpdef = in.check(TokenKind.CPDEF);
    DeclarationParser.CDef head = decl.cdef();
    if (cpdef && head instanceof DeclarationParser.Variables v) {
      in.recoverable(v.stmt().pos(), inClassBody && functionDepth == 0
          ? "Variables cannot be declared with 'cpdef'. Use 'cdef', 'cdef public' or 'cdef readonly' instead."
          : "Variables cannot be declared with 'cpdef'. Use 'cdef' instead.");
    }
    if (head instanceof DeclarationParser.Block b) return b.stmts();
    if (head instanceof DeclarationParser.Extern e) {
      // The inline methods of its extern classes are module-level functions (ExternDeclarationParser.inlineMethod).
      List<Stmt> out = new ArrayList<>(List.of(e.stmt()));
      for (Stmt.ExternDecl d : e.stmt().decls()) {
        if (d instanceof Stmt.ExternClass ec) {
          ec.methods().stream().filter(m -> m.kind() == Stmt.ExternMethod.Kind.GETTER || m.kind() == Stmt.ExternMethod.Kind.SETTER)
              .forEach(m -> out.add(m.function()));
        }
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
  boolean isCdefClass() {
    if (!in.check(TokenKind.CDEF) && !in.check(TokenKind.CTYPEDEF)) return false;
    int k = 1;
    while (in.peek(k).kind() == TokenKind.NAME && (in.peek(k).text().equals("public") || in.peek(k).text().equals("api"))) k++;
    return in.peek(k).kind() == TokenKind.CLASS;
  }

  // classdef: [('cdef' | 'ctypedef') ('public' | 'api')*] 'class' NAME ['(' [arglist] ')'] [c_names] ':' suite
  // c_names: '[' ('object' | 'type') NAME [',' ('object' | 'type') NAME] ']'
  // The suite is read as statements; sema decides which belong in a class body.
  Stmt classDef(List<Stmt.Decorator> decorators) {
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
    boolean wasPythonClassBody = inPythonClassBody;
    int wasDepth = functionDepth;
    // (pure Python mode's @cython.cclass class is an extension type too, and so is a class
    // @cython.total_ordering decorates: its annotations declare attributes)
    inClassBody = extension || Stmt.Decorator.makeExtensionType(decorators);
    inPythonClassBody = !inClassBody;
    functionDepth = 0;
    FunctionBody body = functionBody();
    inClassBody = wasClassBody;
    inPythonClassBody = wasPythonClassBody;
    functionDepth = wasDepth;
    Stmt.ExtNames cNames = !extension ? null
        : new Stmt.ExtNames(new Stmt.Linkage(isPublic, isApi), objectStruct, typeObject, start.kind() == TokenKind.CTYPEDEF, namesPos);
    return new Stmt.ClassDef(name.text(), List.copyOf(arguments), extension, body.doc(), body.stmts(),
        decorators, cNames, start.pos(), name.pos());
  }
}
