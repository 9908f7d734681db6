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
 * What follows {@code cdef} or {@code cpdef}: variables, a {@code cdef:} block, and which
 * declaration a line is. Struct, union, enum and ctypedef declarations are the
 * {@link TypeDeclarationParser}'s, {@code cdef extern} the {@link ExternDeclarationParser}'s, a
 * cdef function's head the {@link SignatureParser}'s, and the types and declarators of all of
 * them the {@link TypeRefParser}'s; this class makes those parsers and wires them together.
 */
final class DeclarationParser {
  /** What a cdef statement declares. */
  sealed interface CDef permits Variables, FunctionHead, Extern, TypeDecl, Block {}

  record Variables(Stmt.CDef stmt) implements CDef {}

  /** {@code cdef:} (or {@code cdef public:}) and an indented block of declarations, each as if it began with cdef. */
  record Block(List<Stmt> stmts) implements CDef {}

  /** A struct, union or enum definition (its body is declarations, not statements). */
  record TypeDecl(Stmt stmt) implements CDef {}

  /** A whole {@code cdef extern from ...:} block (it has no suite of statements). */
  record Extern(Stmt.CExtern stmt) implements CDef {}

  /**
   * A cdef function up to the ':' before its suite; the statement parser reads the suite, so
   * declarations need not know about statements. {@code declaration} when no body follows (a
   * {@code .pxd}'s {@code cdef int f(int x)}).
   */
  record FunctionHead(String name, List<Stmt.Param> params, TypeRef returnType, Stmt.CSignature signature, Pos pos,
      boolean declaration, Pos declarator, Pos withGil) implements CDef {
    /** The same function declared nogil (a {@code cdef nogil:} block's). */
    FunctionHead nogil() {
      Stmt.CSignature s = signature;
      return new FunctionHead(name, params, returnType, new Stmt.CSignature(s.inline(), s.except(), s.cpdef(), s.suite(), s.linkage(),
          s.declarator(), true, s.varargs()), pos, declaration, declarator, withGil);
    }
  }

  private final TokenCursor in;
  final ExpressionParser expr;
  /** Types and declarators, for every declaration and for the expression parser (casts, sizeof). */
  final TypeRefParser typeRefs;
  /** Parameter lists, exception specifications and cdef function heads. */
  final SignatureParser signatures;
  /** ctypedef, struct, union and enum declarations. */
  private final TypeDeclarationParser types;
  /** {@code cdef extern} declarations and blocks. */
  private final ExternDeclarationParser externs;

  DeclarationParser(TokenCursor in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
    this.typeRefs = new TypeRefParser(in, expr);
    this.signatures = new SignatureParser(in, expr, typeRefs);
    typeRefs.useSignatures(signatures);
    this.types = new TypeDeclarationParser(in, expr, typeRefs, signatures);
    this.externs = new ExternDeclarationParser(in, this, typeRefs, signatures, types);
  }

  /** ctypedef, as a statement of its own. */
  Stmt ctypedef() {
    return types.ctypedef();
  }

  // cdef_head: cdef_variables | cdef_function_head
  // cdef_variables: 'cdef' type declarator (',' declarator)* NEWLINE
  // declarator: NAME ['=' test]
  CDef cdef() {
    Token cdef = in.advance();
    if (in.check(TokenKind.CLASS) || in.checkName("class")) throw in.unsupported(in.peek(), "cdef class");
    if (cdef.kind() == TokenKind.CPDEF && (in.check(TokenKind.COLON) || in.checkName("nogil"))) {
      in.recoverable(cdef.pos(), "cdef blocks cannot be declared cpdef");
    }
    // `cdef nogil:` is a block whose functions are all nogil.
    boolean nogil = in.checkName("nogil") && in.peek(1).kind() != TokenKind.NAME && in.peek(1).kind() != TokenKind.LPAREN;
    if (nogil) in.advance();
    if (nogil || in.check(TokenKind.COLON)) return new Block(cdefBlock(cdef, Stmt.Visibility.PRIVATE, nogil));
    return cdefRest(cdef, null);
  }

  // cdef_block: ':' NEWLINE INDENT (('pass' | cdef_rest) NEWLINE)+ DEDENT   (each line a declaration without 'cdef')
  List<Stmt> cdefBlock(Token cdef, Stmt.Visibility visibility, boolean nogil) {
    in.expect(TokenKind.COLON);
    List<Stmt> out = new ArrayList<>();
    if (!in.check(TokenKind.NEWLINE)) {
      // `cdef nogil: pass`, a block of one line
      blockLine(cdef, visibility, nogil, out);
      return out;
    }
    in.expectNewline();
    if (!in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an increase in indentation level");
    in.advance();
    while (!in.check(TokenKind.DEDENT) && !in.check(TokenKind.EOF)) {
      if (!in.match(TokenKind.NEWLINE)) blockLine(cdef, visibility, nogil, out);
    }
    in.match(TokenKind.DEDENT);
    return out;
  }

  private void blockLine(Token cdef, Stmt.Visibility visibility, boolean nogil, List<Stmt> out) {
    if (in.match(TokenKind.PASS)) {
      in.expectNewline();
      return;
    }
    // (a line may repeat `cdef`, as Cython allows)
    in.match(TokenKind.CDEF);
    CDef line = cdefRest(cdef, visibility);
    if (line instanceof Variables v) out.add(v.stmt());
    else if (line instanceof TypeDecl t) out.add(t.stmt());
    else if (line instanceof Extern e) out.add(e.stmt());
    else if (line instanceof Block b) out.addAll(b.stmts());
    else if (line instanceof FunctionHead f) out.add(blockFunctions.apply(nogil ? f.nogil() : f));
  }

  /** How the statement parser reads a method of an extern class (a cdef function and its suite). */
  void readExternMethodsWith(java.util.function.Supplier<Stmt> methods) {
    externs.methods = methods;
  }

  /** How a function of a {@code cdef:} block becomes a statement (the statement parser reads its suite). */
  private java.util.function.Function<FunctionHead, Stmt> blockFunctions;

  void readBlockFunctionsWith(java.util.function.Function<FunctionHead, Stmt> functions) {
    blockFunctions = functions;
  }

  /** Whether the declarations being read are a function's locals (not a class's attributes nor a module's variables). */
  private java.util.function.BooleanSupplier declaringLocals = () -> false;

  void knowLocalsBy(java.util.function.BooleanSupplier locals) {
    declaringLocals = locals;
  }

  /** A name as the file being read calls it (a cimporting module re-reads a .pxd under qualified names). */
  String renamed(String name) {
    return expr.rename.apply(name);
  }

  CDef cdefRest(Token cdef, Stmt.Visibility blockVisibility) {
    if (in.checkName("extern")) return new Extern(externs.externBlock(cdef));
    boolean inline = false;
    boolean isPublic = false;
    boolean isApi = false;
    Stmt.Visibility visibility = blockVisibility != null ? blockVisibility : Stmt.Visibility.PRIVATE;
    Token visibilityToken = in.peek();
    // Modifiers in any order: `public` is an extension type attribute's visibility or a module
    // declaration's linkage, `readonly` only the former, `api` only the latter.
    while (true) {
      if (!inline && in.checkName("inline")) {
        in.advance();
        inline = true;
      } else if (!isApi && in.checkName("api")) {
        in.advance();
        isApi = true;
      } else if (blockVisibility == null && visibility == Stmt.Visibility.PRIVATE && (in.checkName("public") || in.checkName("readonly"))) {
        visibilityToken = in.advance();
        visibility = visibilityToken.text().equals("public") ? Stmt.Visibility.PUBLIC : Stmt.Visibility.READONLY;
        isPublic = visibility == Stmt.Visibility.PUBLIC;
        if (in.check(TokenKind.COLON) && !isApi && !inline) return new Block(cdefBlock(cdef, visibility, false));
      } else {
        break;
      }
    }
    Stmt.Linkage linkage = new Stmt.Linkage(isPublic || blockVisibility == Stmt.Visibility.PUBLIC, isApi);
    if (in.checkName("struct") || in.checkName("union") || in.checkName("packed")) {
      if (cdef.kind() == TokenKind.CPDEF) throw in.unsupported(cdef, "cpdef " + in.peek().text());
      if (inline || visibility == Stmt.Visibility.READONLY) throw in.error(visibilityToken.pos(), "Expected an identifier");
      return new TypeDecl(types.structDef(cdef.pos(), false, linkage));
    }
    if (in.checkName("enum")) {
      if (inline || visibility == Stmt.Visibility.READONLY) throw in.error(visibilityToken.pos(), "Expected an identifier");
      return new TypeDecl(types.enumDef(cdef.pos(), false, cdef.kind() == TokenKind.CPDEF, linkage));
    }
    if (in.checkName("fused") && in.peek(1).kind() == TokenKind.NAME) return new TypeDecl(types.fusedDef(cdef.pos()));
    if (in.checkName("cppclass")) throw in.unsupported(in.peek(), "cdef cppclass");
    if (!in.check(TokenKind.NAME) && !in.check(TokenKind.LPAREN)) throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
    Token typeStart = in.peek();
    TokenKind afterName = in.peek(1).kind();
    if ((afterName == TokenKind.NEWLINE || afterName == TokenKind.EOF) && SignatureParser.isCTypeWord(typeStart.text())
        && !typeStart.text().equals("object") && !typeStart.text().equals("const")) {
      // `cdef int` alone: a C type with nothing declared (a lone other name is an object variable).
      in.report(in.peek(1).pos(), "Empty declarator");
      in.advance();
      in.expectNewline();
      return new Variables(new Stmt.CDef(new TypeRef.Named(typeStart.text(), typeStart.pos()), List.of(), visibility, linkage, cdef.pos()));
    }
    // `cdef x = 5` declares an object variable, as `cdef object x = 5` does.
    boolean untyped = afterName == TokenKind.EQ || afterName == TokenKind.NEWLINE || afterName == TokenKind.COMMA
        || afterName == TokenKind.EOF;
    TypeRef type = untyped ? new TypeRef.Named("object", typeStart.pos()) : typeRefs.typeRef();
    if (!typeRefs.atFunctionPointer() && in.check(TokenKind.LPAREN) && type instanceof TypeRef.Named n && !n.name().contains(" ")) {
      // `cdef f(x):` names the function; its return type is object.
      if (visibility == Stmt.Visibility.READONLY) throw in.unsupported(visibilityToken, "cdef " + visibilityToken.text());
      return signatures.cdefFunction(cdef, inline, null, typeStart, linkage);
    }
    int stars = 0;
    while (in.peek(stars).kind() == TokenKind.STAR) stars++; // (a function returning a pointer)
    if (inline && !(in.peek(stars).kind() == TokenKind.NAME && in.peek(stars + 1).kind() == TokenKind.LPAREN)) {
      throw in.error(cdef.pos(), "'inline' is only allowed on cdef functions");
    }
    List<Stmt.Declarator> decls = new ArrayList<>();
    do {
      // Stars and sizes belong to each declarator: `cdef int *p, n, a[3]`.
      TypeRef own = typeRefs.pointers(type);
      Pos restricted = typeRefs.restrictedLast();
      boolean function = typeRefs.atFunctionPointer();
      if (!function && in.check(TokenKind.LPAREN)) throw in.unsupported(typeStart, "function types");
      if (!function && !in.check(TokenKind.NAME)) {
        throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
      }
      TypeRefParser.Named declared = typeRefs.declarator(own);
      // As Cython: a pointer to a function is assigned after its declaration, not in it.
      if (function && in.check(TokenKind.EQ)) throw in.error(in.peek().pos(), "Syntax error in C variable declaration");
      own = declared.type();
      Token name = declared.name();
      if (in.check(TokenKind.STRING) && in.peek(1).kind() == TokenKind.LPAREN && decls.isEmpty()) {
        throw in.unsupported(in.peek(), "C names of cdef functions"); // cdef int f "c_name"(int x)
      }
      if (in.check(TokenKind.STRING)) {
        // `cdef T x "c_name"`: a local's C name is pyxc's own (nothing outside the function can name it).
        if (!declaringLocals.getAsBoolean()) throw in.unsupported(in.peek(), "C names of cdef attributes and module-level variables");
        in.advance();
      }
      if (in.check(TokenKind.LPAREN) && decls.isEmpty()) {
        if (visibility == Stmt.Visibility.READONLY) throw in.unsupported(visibilityToken, "cdef " + visibilityToken.text());
        if (restricted != null) in.recoverable(restricted, "Restrict qualifier cannot be applied to function type");
        return signatures.cdefFunction(cdef, inline, own, name, linkage);
      }
      if (in.check(TokenKind.LBRACKET)) own = typeRefs.arrayDims(own);
      Expr init = in.match(TokenKind.EQ) ? expr.test() : null;
      decls.add(new Stmt.Declarator(name.text(), init, name.pos(), own == type ? null : own));
    } while (in.match(TokenKind.COMMA) && !in.check(TokenKind.NEWLINE) && !in.check(TokenKind.EOF)); // (a trailing comma ends it, as in Cython)
    in.match(TokenKind.SEMI); // `cdef int a, b;` as in C: Cython reads the semicolon as the statement's end
    in.expectNewline();
    return new Variables(new Stmt.CDef(type, List.copyOf(decls), visibility, linkage, cdef.pos()));
  }
}
