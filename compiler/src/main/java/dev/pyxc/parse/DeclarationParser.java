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
 * Cython's C declarations: type references (C base types and memoryview types with their axis
 * specifications), typed parameters, cdef variables and the heads of cdef functions (return type,
 * parameters, exception specification).
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
   * declarations need not know about statements.
   */
  /** A cdef function's head; {@code declaration} when no body follows (a {@code .pxd}'s {@code cdef int f(int x)}). */
  record FunctionHead(String name, List<Stmt.Param> params, TypeRef returnType, Stmt.CSignature signature, Pos pos,
      boolean declaration, Pos declarator, Pos withGil) implements CDef {}

  private final TokenCursor in;
  private final ExpressionParser expr;
  /** Whether the last exception specification read had {@code nogil} (before or after it). */
  private boolean nogilSeen;

  boolean nogilSeen() {
    return nogilSeen;
  }

  /** ctypedef, struct, union and enum declarations. */
  private final TypeDeclarationParser types;
  /** {@code cdef extern} declarations and blocks. */
  private final ExternDeclarationParser externs;

  DeclarationParser(TokenCursor in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
    this.types = new TypeDeclarationParser(in, expr, this);
    this.externs = new ExternDeclarationParser(in, this, types);
  }

  /** The C types that alone, as a cdef function's parameter, are a parameter of that type with no name. */
  private static final java.util.Set<String> C_PROTOTYPE_TYPES = java.util.Set.of("int", "char", "float", "double", "bint",
      "Py_ssize_t", "size_t", "Py_hash_t", "ptrdiff_t", "Py_UCS4", "Py_UNICODE");

  // param: [type] NAME ['not' 'None' | 'or' 'None'] ['=' test]
  private Stmt.Param param() {
    return param(-1);
  }

  /**
   * As above; a cdef function's parameter {@code index} (-1 for a def's) may be a C type alone,
   * as in a C prototype ({@code cdef int f(int, double)}).
   */
  private Stmt.Param param(int index) {
    // (`short`, `long`, `signed` alone stay parameter names there, as Cython reads them.)
    Token start = in.peek();
    if (in.check(TokenKind.ELLIPSIS)) throw in.unsupported(start, "C varargs");
    if (index >= 0 && in.check(TokenKind.NAME) && C_PROTOTYPE_TYPES.contains(in.peek().text())
        && (in.peek(1).kind() == TokenKind.COMMA || in.peek(1).kind() == TokenKind.RPAREN)) {
      TypeRef t = typeRef();
      return new Stmt.Param("arg" + index, t, null, false, false, start.pos());
    }
    TypeRef type = null;
    if (in.check(TokenKind.NAME) && in.peek(1).kind() == TokenKind.LPAREN && in.peek(2).kind() == TokenKind.STAR || startsTypedDeclaration()) {
      type = pointers(typeRef());
    }
    if (type == null || !atFunctionPointer()) {
      if (type != null && in.check(TokenKind.LPAREN)) throw in.unsupported(start, "function types");
      // Cython reads a parameter as a C declarator, whose message names what it found.
      if (!in.check(TokenKind.NAME)) throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
    }
    Named declared = type == null ? new Named(in.expectName(), null) : declarator(type); // `int (*f)(int)`: a pointer to a C function
    type = declared.type();
    Token name = declared.name();
    if (type != null && in.check(TokenKind.LBRACKET)) {
      // `int a[]`, `int a[3]`: an array parameter is a pointer to its first element, as in C.
      TypeRef array = arrayDims(type);
      type = new TypeRef.Pointer(((TypeRef.Array) array).elem(), type.pos());
    }
    boolean notNone = false;
    boolean orNone = false;
    if ((in.check(TokenKind.NOT) || in.check(TokenKind.OR)) && in.peek(1).kind() == TokenKind.NONE) {
      notNone = in.advance().kind() == TokenKind.NOT;
      orNone = !notNone;
      in.advance();
      // Cython's parser refuses the syntax in a C function's signature.
      if (index >= 0) in.report(start.pos(), "'" + (notNone ? "not" : "or") + " None' only allowed in Python functions");
    }
    boolean annotated = in.check(TokenKind.COLON) && type == null;
    if (annotated) {
      // A Python annotation: the parameter's type where Cython reads one from it (Annotations).
      in.advance();
      Annotations.Typed typed = Annotations.ofParameter(expr.test());
      if (typed != null) {
        type = typed.type();
        // A builtin or extension type refuses None unless Optional (or, below, defaulting to None).
        boolean classType = type instanceof TypeRef.Named n && Annotations.isBuiltin(n.name()) || type instanceof TypeRef.ClassAnnotation;
        notNone = classType && !typed.orNone();
        orNone = classType && typed.orNone();
      }
    } else if (in.match(TokenKind.COLON)) {
      throw in.error(in.peek().pos(), "annotations are not supported by pyxc");
    }
    Expr def;
    if (in.check(TokenKind.EQ) && (in.peek(1).kind() == TokenKind.STAR || in.peek(1).kind() == TokenKind.QUESTION)
        && (in.peek(2).kind() == TokenKind.COMMA || in.peek(2).kind() == TokenKind.RPAREN)) {
      in.advance();
      def = new Expr.DeclaredDefault(in.advance().pos());
    } else {
      def = in.match(TokenKind.EQ) ? expr.test() : null;
    }
    if (annotated && def instanceof Expr.NoneLit) notNone = false;
    return new Stmt.Param(name.text(), type, def, notNone, orNone, start.pos());
  }

  // params: [param (',' param)* [',']] ')'   (after the '('; a C function's: no '*', '**' or '/')
  List<Stmt.Param> paramList() {
    List<Stmt.Param> params = new ArrayList<>();
    while (!in.check(TokenKind.RPAREN)) {
      if (in.check(TokenKind.STAR) || in.check(TokenKind.DSTAR) || in.check(TokenKind.SLASH)) in.expect(TokenKind.RPAREN);
      params.add(param(params.size()));
      if (!in.match(TokenKind.COMMA)) break;
    }
    in.expect(TokenKind.RPAREN);
    return List.copyOf(params);
  }

  // py_params: [py_param (',' py_param)* [',']] ')'   (after the '(' of a def)
  // py_param: param | '/' | '*' [NAME] | '**' NAME
  // '/' makes the parameters before it positional-only, '*' those after it keyword-only; '**'
  // comes last. Errors are Cython's: what cannot come next is "Expected ')'".
  List<Stmt.Param> pyParamList() {
    List<Stmt.Param> params = new ArrayList<>();
    boolean slash = false;
    boolean star = false;
    while (!in.check(TokenKind.RPAREN)) {
      Token t = in.peek();
      if (in.check(TokenKind.SLASH)) {
        if (slash || star) in.expect(TokenKind.RPAREN);
        if (params.isEmpty()) {
          throw in.error(t.pos(), "Got zero positional-only arguments despite presence of positional-only specifier '/'");
        }
        in.advance();
        params.replaceAll(p -> p.withKind(Stmt.Param.Kind.POSITIONAL_ONLY));
        slash = true;
      } else if (in.match(TokenKind.STAR)) {
        if (star) throw in.error(t.pos(), "Expected ')', found '*'");
        star = true;
        if (in.check(TokenKind.NAME)) {
          Token name = in.advance();
          starAnnotation();
          if (in.check(TokenKind.EQ)) throw in.error(in.peek().pos(), "Syntax error in Python function argument list");
          params.add(new Stmt.Param(name.text(), null, null, false, false, name.pos(), Stmt.Param.Kind.STAR));
        }
      } else if (in.match(TokenKind.DSTAR)) {
        Token name = in.expectName();
        starAnnotation();
        params.add(new Stmt.Param(name.text(), null, null, false, false, name.pos(), Stmt.Param.Kind.DSTAR));
        in.match(TokenKind.COMMA);
        break;
      } else {
        Stmt.Param p = param();
        params.add(star ? p.withKind(Stmt.Param.Kind.KEYWORD_ONLY) : p);
      }
      if (!in.match(TokenKind.COMMA)) break;
    }
    in.expect(TokenKind.RPAREN);
    return List.copyOf(params);
  }

  /**
   * The annotation of {@code *args} or {@code **kwargs}, read and dropped: the parameters are a
   * tuple and a dict whatever it says (Cython types them so too), and pyxc keeps no
   * {@code __annotations__}.
   */
  private void starAnnotation() {
    if (in.match(TokenKind.COLON)) expr.test();
  }

  /** At a parameter or declaration: does a type come before the name? */
  boolean startsTypedDeclaration() {
    if (!in.check(TokenKind.NAME)) return false;
    Token next = in.peek(1);
    if (next.kind() == TokenKind.NAME) return true;
    if (next.kind() == TokenKind.LBRACKET) return true;
    // `char* s`, `np.ndarray a`: a pointer or a dotted type, reported by typeRef and param.
    if (next.kind() == TokenKind.STAR || next.kind() == TokenKind.DSTAR || next.kind() == TokenKind.DOT) return true;
    return in.checkName("unsigned") || in.checkName("signed") || in.checkName("const");
  }

  /** A declarator of a pointer to a C function: its name (null when abstract) and whole type. */
  record FunctionPointer(Token name, TypeRef type) {}

  /** At {@code (} after a base type: whether {@code (*name)(params)} follows, a pointer to a C function. */
  boolean atFunctionPointer() {
    return in.check(TokenKind.LPAREN) && in.peek(1).kind() == TokenKind.STAR;
  }

  // function_pointer: '(' '*' [NAME] ')' '(' [params] ')' [except_spec] ['nogil']   (after the result type)
  FunctionPointer functionPointer(TypeRef result) {
    Pos start = in.expect(TokenKind.LPAREN).pos();
    in.expect(TokenKind.STAR);
    if (in.check(TokenKind.STAR)) throw in.unsupported(in.peek(), "pointers to function pointers");
    Token name = in.check(TokenKind.NAME) ? in.advance() : null;
    in.expect(TokenKind.RPAREN);
    return new FunctionPointer(name, new TypeRef.Pointer(functionType(result, start), result.pos()));
  }

  // function_type: '(' [params] ')' [except_spec] ['nogil']   (after the result type and declarator)
  TypeRef.Function functionType(TypeRef result, Pos start) {
    Pos declarator = in.expect(TokenKind.LPAREN).pos();
    CParams params = cParams();
    if (params.varargs()) throw in.unsupported(in.peek(), "pointers to C varargs functions");
    Stmt.ExceptSpec except = exceptSpec(declarator);
    return new TypeRef.Function(result, params.params(), except, nogilSeen, start);
  }

  /** A declarator's name and its whole type (a pointer to a function when it is {@code (*name)(params)}). */
  record Named(Token name, TypeRef type) {}

  /** At a declarator after the base type {@code base}: {@code name}, or {@code (*name)(params)}. */
  Named declarator(TypeRef base) {
    if (!atFunctionPointer()) return new Named(in.expectName(), base);
    FunctionPointer fp = namedFunctionPointer(base);
    return new Named(fp.name(), fp.type());
  }

  /** As {@link #functionPointer}, where the declarator must name what it declares. */
  FunctionPointer namedFunctionPointer(TypeRef result) {
    FunctionPointer fp = functionPointer(result);
    if (fp.name() == null) throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
    return fp;
  }

  /** ctypedef, as a statement of its own. */
  Stmt ctypedef() {
    return types.ctypedef();
  }

  /** The '<' of the cast whose type is being read, or null: its view type may give axes' lengths. */
  private Token castAt;

  // cast_type: type '*'*   (after '<'; no declarator)
  TypeRef castType(Token lt) {
    if (!in.check(TokenKind.NAME)) {
      throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
    }
    Token outer = castAt; // (an axis's length may hold a cast of its own)
    castAt = lt;
    TypeRef type;
    try {
      type = pointers(typeRef());
    } finally {
      castAt = outer;
    }
    if (in.check(TokenKind.AMP)) throw in.unsupported(lt, "C++ reference cast");
    if (atFunctionPointer() && in.peek(2).kind() == TokenKind.RPAREN) return functionPointer(type).type(); // <int (*)(int)>
    if (in.check(TokenKind.LPAREN)) throw in.unsupported(lt, "function pointer cast");
    if (in.check(TokenKind.NAME)) throw in.error(in.peek().pos(), "Declarator should be empty");
    return type;
  }

  /** {@code T*}, {@code T**}: the pointer stars after a base type ({@code **} is one token). */
  TypeRef pointers(TypeRef base) {
    TypeRef t = base;
    while (in.check(TokenKind.STAR) || in.check(TokenKind.DSTAR)) {
      int n = in.advance().kind() == TokenKind.DSTAR ? 2 : 1;
      for (int i = 0; i < n; i++) t = new TypeRef.Pointer(t, base.pos());
    }
    return t;
  }

  // array_dims: ('[' [test] ']')+   (after a declarator's name, or a base type)
  // `int a[3][4]` is an array of 3 arrays of 4 ints: the first size is the outermost.
  TypeRef arrayDims(TypeRef elem) {
    List<Expr> sizes = new ArrayList<>();
    List<Pos> at = new ArrayList<>();
    while (in.check(TokenKind.LBRACKET)) {
      at.add(in.advance().pos());
      sizes.add(in.check(TokenKind.RBRACKET) ? null : expr.test());
      in.expect(TokenKind.RBRACKET);
    }
    TypeRef t = elem;
    for (int i = sizes.size() - 1; i >= 0; i--) t = new TypeRef.Array(t, sizes.get(i), at.get(i));
    return t;
  }

  // type: ['const'] base_type ['[' axis (',' axis)* ']']
  // base_type: ('unsigned'|'signed')? ('short'|'long'|'long' 'long')? NAME?
  TypeRef typeRef() {
    Token start = in.peek();
    if (in.check(TokenKind.LPAREN)) throw in.unsupported(start, "C tuple types"); // `cdef (double, int) f(...)`
    if (in.checkName("volatile") && in.peek(1).kind() == TokenKind.NAME) {
      in.advance();
      return new TypeRef.Volatile(typeRef(), start.pos());
    }
    boolean isConst = false;
    if (in.checkName("const")) {
      in.advance();
      isConst = true;
    }
    List<String> words = new ArrayList<>();
    Token first = in.peek();
    if ((in.checkName("unsigned") || in.checkName("signed")) && isFloatingAhead()) {
      // `signed float`, `unsigned long double`: Cython reports the combination and reads the type on.
      in.report(first.pos(), "Unrecognised type modifier combination");
      in.advance();
    }
    while (in.checkName("unsigned") || in.checkName("signed") || in.checkName("short") || in.checkName("long")) {
      words.add(in.advance().text());
      // 'long' alone may be the whole type: `long x`
      if (!in.check(TokenKind.NAME) || !continuesBaseType(words)) break;
    }
    if (words.isEmpty() || (in.check(TokenKind.NAME) && continuesBaseType(words) && isBaseTypeName(in.peek().text()))) {
      words.add(in.expectName().text());
    }
    while (in.check(TokenKind.DOT) && words.size() == 1 && in.peek(1).kind() == TokenKind.NAME) {
      // `a.Point`, `pkg.mod.Point`: a type of a cimported module, which sema looks up there.
      in.advance();
      words.set(0, words.get(0) + "." + in.expectName().text());
    }
    if (in.checkName("complex") && isComplexBase(words)) {
      // `double complex`, `int complex`: as in Cython, `complex` after a C number type is part of it.
      in.advance();
      words.add("complex");
    }
    TypeRef.Named named = new TypeRef.Named(words.size() == 1 ? expr.rename.apply(words.get(0)) : String.join(" ", words), first.pos());
    TypeRef base = isConst ? new TypeRef.Const(named, start.pos()) : named;
    if (!in.check(TokenKind.LBRACKET)) return base;
    if (TYPING_MODIFIERS.contains(named.name()) || named.name().startsWith("typing.")) {
      throw in.unsupported(first, "typing's subscripted types (Optional[...], Union[...], ClassVar[...]) as declared types");
    }
    if (isArraySize(named)) return arrayDims(base);
    if (isBuffer(named)) return buffer(named);
    Token lb = in.advance();
    List<TypeRef.Axis> axes = new ArrayList<>();
    do {
      axes.add(axis());
    } while (in.match(TokenKind.COMMA));
    in.expect(TokenKind.RBRACKET);
    return new TypeRef.MemoryView(named, List.copyOf(axes), isConst, isConst ? start.pos() : named.pos(), lb.pos());
  }

  /** At the '[' after a type: {@code int[10]} (a size, then ']') is a C array type. */
  private boolean isArraySize(TypeRef.Named base) {
    Token first = in.peek(1);
    return (first.kind() == TokenKind.INT || first.kind() == TokenKind.NAME) && in.peek(2).kind() == TokenKind.RBRACKET
        && !base.name().equals("object");
  }

  /** typing's names Cython reads as declaration modifiers when subscripted, never as buffer types. */
  private static final java.util.Set<String> TYPING_MODIFIERS = java.util.Set.of("Optional", "Union", "ClassVar");

  /**
   * At the '[' after a type: {@code object[int]} or {@code T[float, ndim=2]} is a buffer type, not
   * a memoryview; those start with a ':' (or a start, which the axis reports as Cython does).
   * ({@code T[double]} reads as an array of size {@code double}, which sema takes as a buffer when T is an object type.)
   */
  private boolean isBuffer(TypeRef.Named base) {
    Token first = in.peek(1);
    Token after = in.peek(2);
    boolean typeItem = first.kind() == TokenKind.NAME && after.kind() != TokenKind.COLON;
    return base.name().equals("object") && first.kind() != TokenKind.COLON || typeItem;
  }

  // buffer: '[' option (',' option)* ']'    option: NAME '=' (type | test) | type | test
  // The first positional option and `dtype=` are types; the others constants, which sema checks.
  private TypeRef buffer(TypeRef.Named base) {
    Token lb = in.advance();
    List<TypeRef.BufferArg> args = new ArrayList<>();
    do {
      if (in.check(TokenKind.RBRACKET)) break;
      Token at = in.peek();
      if (at.kind() == TokenKind.NAME && in.peek(1).kind() == TokenKind.EQ) {
        in.advance();
        in.advance();
        boolean dtype = at.text().equals("dtype");
        args.add(new TypeRef.BufferArg(at.text(), dtype ? pointers(typeRef()) : null, dtype ? null : expr.test(), at.pos()));
      } else if (args.isEmpty()) {
        args.add(new TypeRef.BufferArg(null, pointers(typeRef()), null, at.pos()));
      } else {
        args.add(new TypeRef.BufferArg(null, null, expr.test(), at.pos()));
      }
    } while (in.match(TokenKind.COMMA));
    in.expect(TokenKind.RBRACKET);
    return new TypeRef.Buffer(base, List.copyOf(args), base.pos(), lb.pos());
  }

  /** Whether {@code complex} after these words makes a complex type: they name a C number (not a typedef). */
  private static boolean isComplexBase(List<String> words) {
    String last = words.get(words.size() - 1);
    return switch (last) {
      case "char", "short", "int", "long", "float", "double", "signed", "unsigned", "Py_ssize_t", "size_t" -> true;
      default -> false;
    };
  }

  /** After a sign word: a floating type ({@code float}, {@code double}, {@code long double}). */
  private boolean isFloatingAhead() {
    Token next = in.peek(1);
    if (next.kind() != TokenKind.NAME) return false;
    return next.text().equals("float") || next.text().equals("double")
        || next.text().equals("long") && in.peek(2).kind() == TokenKind.NAME && in.peek(2).text().equals("double");
  }

  /** The words that name C types by themselves (a lone name of another kind in a C parameter list is the parameter's). */
  private static boolean isCTypeWord(String w) {
    return switch (w) {
      case "char", "short", "int", "long", "float", "double", "unsigned", "signed", "void", "bint", "size_t", "Py_ssize_t",
          "Py_hash_t", "ptrdiff_t", "object", "const" -> true;
      default -> false;
    };
  }

  private boolean continuesBaseType(List<String> words) {
    if (!in.check(TokenKind.NAME)) return false;
    String next = in.peek().text();
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
    Token t = in.peek();
    if (!in.check(TokenKind.COLON)) {
      if (in.check(TokenKind.COMMA) || in.check(TokenKind.RBRACKET)) throw in.error(t.pos(), "Expected ':', found '" + TokenCursor.found(t) + "'");
      expr.test();
      throw in.error(t.pos(), "Start must not be given.");
    }
    in.advance();
    Expr length = null;
    if (!in.check(TokenKind.COLON) && !in.check(TokenKind.COMMA) && !in.check(TokenKind.RBRACKET)) {
      // `<int[:10, :10]> p`: a cython.view.array over a pointer's memory, its axes' lengths given.
      if (castAt == null) throw in.error(in.peek().pos(), "Axis specification only allowed in the 'step' slot.");
      length = expr.test();
    }
    if (!in.match(TokenKind.COLON) || in.check(TokenKind.COMMA) || in.check(TokenKind.RBRACKET)) {
      return new TypeRef.Axis(false, null, t.pos(), t.pos(), length);
    }
    Token step = in.peek();
    if (step.kind() == TokenKind.INT && isOne(step.text())) {
      in.advance();
      return new TypeRef.Axis(true, null, t.pos(), step.pos(), length);
    }
    if (castAt != null && step.kind() == TokenKind.INT) {
      throw in.error(step.pos(), "Strides may only be given to indicate contiguity. Consider slicing it after conversion");
    }
    if (step.kind() == TokenKind.NAME) {
      StringBuilder name = new StringBuilder(in.advance().text());
      while (in.match(TokenKind.DOT)) name.append('.').append(in.expectName().text());
      return new TypeRef.Axis(false, name.toString(), t.pos(), step.pos());
    }
    throw in.error(step.pos(), "Step must be omitted, 1, or a valid specifier.");
  }

  /** An integer literal whose value is 1 in any base ({@code 1}, {@code 0x0001}, {@code 0b1}). */
  private static boolean isOne(String literal) {
    String t = literal.toLowerCase().replace("_", "");
    int radix = t.startsWith("0x") ? 16 : t.startsWith("0o") ? 8 : t.startsWith("0b") ? 2 : 10;
    String digits = radix == 10 ? t : t.substring(2);
    try {
      return new java.math.BigInteger(digits, radix).equals(java.math.BigInteger.ONE);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  // cdef_head: cdef_variables | cdef_function_head
  // cdef_variables: 'cdef' type declarator (',' declarator)* NEWLINE
  // declarator: NAME ['=' test]
  CDef cdef() {
    Token cdef = in.advance();
    if (in.check(TokenKind.CLASS) || in.checkName("class")) throw in.unsupported(in.peek(), "cdef class");
    if (cdef.kind() == TokenKind.CPDEF && (in.check(TokenKind.COLON) || in.checkName("nogil"))) {
      in.report(cdef.pos(), "cdef blocks cannot be declared cpdef");
    }
    if (in.checkName("nogil")) throw in.unsupported(cdef, "cdef nogil block");
    if (in.check(TokenKind.COLON)) return new Block(cdefBlock(cdef, Stmt.Visibility.PRIVATE));
    return cdefRest(cdef, null);
  }

  // cdef_block: ':' NEWLINE INDENT (('pass' | cdef_rest) NEWLINE)+ DEDENT   (each line a declaration without 'cdef')
  List<Stmt> cdefBlock(Token cdef, Stmt.Visibility visibility) {
    in.expect(TokenKind.COLON);
    in.expectNewline();
    if (!in.check(TokenKind.INDENT)) throw in.error(in.peek().pos(), "Expected an increase in indentation level");
    in.advance();
    List<Stmt> out = new ArrayList<>();
    while (!in.check(TokenKind.DEDENT) && !in.check(TokenKind.EOF)) {
      if (in.match(TokenKind.NEWLINE)) continue;
      if (in.match(TokenKind.PASS)) {
        in.expectNewline();
        continue;
      }
      // (a line may repeat `cdef`, as Cython allows)
      in.match(TokenKind.CDEF);
      CDef line = cdefRest(cdef, visibility);
      if (line instanceof Variables v) out.add(v.stmt());
      else if (line instanceof TypeDecl t) out.add(t.stmt());
      else if (line instanceof Extern e) out.add(e.stmt());
      else throw in.unsupported(cdef, "functions in a cdef block");
    }
    in.match(TokenKind.DEDENT);
    return out;
  }

  /** How the statement parser reads a method of an extern class (a cdef function and its suite). */
  void readExternMethodsWith(java.util.function.Supplier<Stmt> methods) {
    externs.methods = methods;
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
        if (in.check(TokenKind.COLON) && !isApi && !inline) return new Block(cdefBlock(cdef, visibility));
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
    if (in.check(TokenKind.LPAREN)) throw in.unsupported(in.peek(), "C tuple types");
    if (!in.check(TokenKind.NAME)) throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
    Token typeStart = in.peek();
    TokenKind afterName = in.peek(1).kind();
    // `cdef x = 5` declares an object variable, as `cdef object x = 5` does.
    boolean untyped = afterName == TokenKind.EQ || afterName == TokenKind.NEWLINE || afterName == TokenKind.COMMA
        || afterName == TokenKind.EOF;
    TypeRef type = untyped ? new TypeRef.Named("object", typeStart.pos()) : typeRef();
    if (!atFunctionPointer() && in.check(TokenKind.LPAREN) && type instanceof TypeRef.Named n && !n.name().contains(" ")) {
      // `cdef f(x):` names the function; its return type is object.
      if (visibility == Stmt.Visibility.READONLY) throw in.unsupported(visibilityToken, "cdef " + visibilityToken.text());
      return cdefFunction(cdef, inline, null, typeStart, linkage);
    }
    int stars = 0;
    while (in.peek(stars).kind() == TokenKind.STAR) stars++; // (a function returning a pointer)
    if (inline && !(in.peek(stars).kind() == TokenKind.NAME && in.peek(stars + 1).kind() == TokenKind.LPAREN)) {
      throw in.error(cdef.pos(), "'inline' is only allowed on cdef functions");
    }
    if (cdef.kind() == TokenKind.CPDEF && !(in.check(TokenKind.NAME) && in.peek(1).kind() == TokenKind.LPAREN)) {
      throw in.unsupported(cdef, "cpdef variable");
    }
    List<Stmt.Declarator> decls = new ArrayList<>();
    do {
      // Stars and sizes belong to each declarator: `cdef int *p, n, a[3]`.
      TypeRef own = pointers(type);
      boolean function = atFunctionPointer();
      if (!function && in.check(TokenKind.LPAREN)) throw in.unsupported(typeStart, "function types");
      if (!function && !in.check(TokenKind.NAME)) {
        throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
      }
      Named declared = declarator(own);
      // As Cython: a pointer to a function is assigned after its declaration, not in it.
      if (function && in.check(TokenKind.EQ)) throw in.error(in.peek().pos(), "Syntax error in C variable declaration");
      own = declared.type();
      Token name = declared.name();
      if (in.check(TokenKind.STRING) && in.peek(1).kind() == TokenKind.LPAREN && decls.isEmpty()) {
        throw in.unsupported(in.peek(), "C names of cdef functions"); // cdef int f "c_name"(int x)
      }
      if (in.check(TokenKind.LPAREN) && decls.isEmpty()) {
        if (visibility == Stmt.Visibility.READONLY) throw in.unsupported(visibilityToken, "cdef " + visibilityToken.text());
        return cdefFunction(cdef, inline, own, name, linkage);
      }
      if (in.check(TokenKind.LBRACKET)) own = arrayDims(own);
      Expr init = in.match(TokenKind.EQ) ? expr.test() : null;
      decls.add(new Stmt.Declarator(name.text(), init, name.pos(), own == type ? null : own));
    } while (in.match(TokenKind.COMMA));
    in.match(TokenKind.SEMI); // `cdef int a, b;` as in C: Cython reads the semicolon as the statement's end
    in.expectNewline();
    return new Variables(new Stmt.CDef(type, List.copyOf(decls), visibility, linkage, cdef.pos()));
  }

  /** Cython's message (naming `spam` whatever the function) for a void parameter of a declaration it writes. */
  private static final String VOID_PARAMETER = "Use spam() rather than spam(void) to declare a function with no arguments.";

  /** A C declaration's parameters: each a type with or without a name; {@code varargs} for a trailing {@code ...}. */
  record CParams(List<Stmt.Param> params, boolean varargs) {}

  // c_params: [c_param (',' c_param)*] [',' '...'] ')'   (after the '(')
  // c_param: NAME | type [declarator]   (a name alone is an object parameter, as in a cdef function)
  CParams cParams() {
    List<Stmt.Param> params = new ArrayList<>();
    boolean varargs = false;
    // `f(void)` takes no arguments, as in C.
    if (in.checkName("void") && in.peek(1).kind() == TokenKind.RPAREN) {
      if (externs.bareExtern()) in.report(in.peek().pos(), VOID_PARAMETER);
      in.advance();
    }
    while (!in.check(TokenKind.RPAREN)) {
      if (in.match(TokenKind.ELLIPSIS)) {
        varargs = true;
        break;
      }
      Token start = in.peek();
      TypeRef type;
      if (in.check(TokenKind.NAME) && !isCTypeWord(in.peek().text())
          && (in.peek(1).kind() == TokenKind.COMMA || in.peek(1).kind() == TokenKind.RPAREN)) {
        // `f(op)`: a parameter named without a type is an object, as in a cdef function.
        type = new TypeRef.Named("object", start.pos());
        params.add(new Stmt.Param(in.advance().text(), type, null, false, false, start.pos()));
        if (!in.match(TokenKind.COMMA)) break;
        continue;
      }
      if (externs.bareExtern() && in.checkName("void") && in.peek(1).kind() != TokenKind.STAR) in.report(in.peek().pos(), VOID_PARAMETER);
      type = pointers(typeRef());
      String pname = "arg" + params.size();
      if (atFunctionPointer()) {
        // `int (*compar)(const void *, const void *)`, or with no name.
        FunctionPointer fp = functionPointer(type);
        type = fp.type();
        if (fp.name() != null) pname = fp.name().text();
      }
      if (in.check(TokenKind.NAME)) pname = in.advance().text();
      if (in.check(TokenKind.LBRACKET)) {
        TypeRef array = arrayDims(type);
        type = new TypeRef.Pointer(((TypeRef.Array) array).elem(), type.pos());
      }
      // `x=*` declares an optional argument, whose default only the definition knows.
      if (in.check(TokenKind.EQ)) throw in.unsupported(start, "optional arguments of extern functions");
      params.add(new Stmt.Param(pname, type, null, false, false, start.pos()));
      if (!in.match(TokenKind.COMMA)) break;
    }
    in.expect(TokenKind.RPAREN);
    return new CParams(List.copyOf(params), varargs);
  }

  // except_spec: ['nogil'] ['noexcept' | 'except' ('*' | ['?'] test)] ['nogil']
  // `nogil` lets callers without the GIL call the function; pyxc never releases the GIL around
  // such calls, so the function runs as any other. Cython reports a misplaced exception clause at
  // the declarator's '('.
  Stmt.ExceptSpec exceptSpec(Pos declarator) {
    boolean nogil = in.checkName("nogil");
    if (nogil) in.advance();
    nogilSeen = nogil;
    Stmt.ExceptSpec except = Stmt.ExceptSpec.DEFAULT;
    if (in.checkName("noexcept")) {
      in.advance();
      except = new Stmt.ExceptSpec(Stmt.ExceptSpec.Kind.NOEXCEPT, null, declarator);
    } else if (in.match(TokenKind.EXCEPT)) {
      if (in.match(TokenKind.STAR)) {
        except = new Stmt.ExceptSpec(Stmt.ExceptSpec.Kind.STAR, null, declarator);
      } else if (in.check(TokenKind.PLUS)) {
        throw in.unsupported(in.peek(), "C++ (except +)");
      } else {
        boolean maybe = in.match(TokenKind.QUESTION);
        except = new Stmt.ExceptSpec(maybe ? Stmt.ExceptSpec.Kind.MAYBE_VALUE : Stmt.ExceptSpec.Kind.VALUE, expr.test(), declarator);
      }
    }
    if (!nogil && (in.checkName("nogil"))) {
      in.advance();
      nogilSeen = true;
    }
    return except;
  }

  // cdef_function_head: 'cdef' ['inline'] [type] NAME '(' [params] ')' [except_spec] ['nogil'] ':'
  // except_spec: 'noexcept' | 'except' ('*' | ['?'] test)
  private FunctionHead cdefFunction(Token cdef, boolean inline, TypeRef returnType, Token name, Stmt.Linkage linkage) {
    Pos declarator = in.expect(TokenKind.LPAREN).pos();
    List<Stmt.Param> params = paramList();
    if (in.check(TokenKind.ARROW)) {
      in.report(in.advance().pos(), "Return type annotation is not allowed in cdef/cpdef signatures. "
          + "Please define it before the function name, as in C signatures.");
      expr.test();
    }
    Stmt.ExceptSpec except = exceptSpec(declarator);
    // `with gil`: callable without the GIL, which the body takes for its whole run (a nogil
    // function whose body the statement parser puts in a `with gil:` block).
    Pos withGil = null;
    if (in.check(TokenKind.WITH) && in.peek(1).kind() == TokenKind.NAME && in.peek(1).text().equals("gil")) {
      withGil = in.advance().pos();
      in.advance();
      nogilSeen = true;
    }
    boolean declaration = in.check(TokenKind.NEWLINE) || in.check(TokenKind.EOF);
    Pos suite = null;
    if (declaration) in.expectNewline();
    else suite = in.expect(TokenKind.COLON).pos();
    return new FunctionHead(expr.rename.apply(name.text()), params, returnType,
        new Stmt.CSignature(inline, except, cdef.kind() == TokenKind.CPDEF, suite, linkage, declarator, nogilSeen), cdef.pos(),
        declaration, declarator, withGil);
  }
}
