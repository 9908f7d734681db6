package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.TypeRef;
import dev.pyxc.diag.Pos;
import dev.pyxc.lex.Token;
import dev.pyxc.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Types as Cython's declarations write them: C base types ({@code unsigned long long}, a cimported
 * module's {@code m.T}), pointers and arrays, memoryview types with their axis specifications,
 * buffer types, the type of a cast, and the declarator after a base type ({@code name} or a
 * pointer to a C function, {@code (*name)(params)}). Apart from {@link DeclarationParser} because
 * every place that names a type reads it here: cdef statements, parameters, struct fields,
 * extern declarations, casts, {@code sizeof} and typed lambda parameters. A function pointer's
 * parameter list is the {@link SignatureParser}'s.
 */
final class TypeRefParser {
  private final TokenCursor in;
  private final ExpressionParser expr;
  /** For the signature of a pointer to a C function; set once by {@link DeclarationParser}, which makes both. */
  private SignatureParser signatures;

  TypeRefParser(TokenCursor in, ExpressionParser expr) {
    this.in = in;
    this.expr = expr;
  }

  void useSignatures(SignatureParser signatures) {
    this.signatures = signatures;
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
    in.expect(TokenKind.LPAREN);
    in.expect(TokenKind.STAR);
    if (in.check(TokenKind.STAR)) throw in.unsupported(in.peek(), "pointers to function pointers");
    Token name = in.check(TokenKind.NAME) ? in.advance() : null;
    in.expect(TokenKind.RPAREN);
    // (the function type is placed at its parameters, as Cython places it)
    return new FunctionPointer(name, new TypeRef.Pointer(signatures.functionType(result, in.peek().pos()), result.pos()));
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

  /** The '<' of the cast whose type is being read, or null: its view type may give axes' lengths. */
  private Token castAt;

  // cast_type: type '*'*   (after '<'; no declarator)
  TypeRef castType(Token lt) {
    if (!in.check(TokenKind.NAME) && !in.check(TokenKind.LPAREN)) {
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

  // ctuple: '(' type_with_pointers (',' type_with_pointers)* [','] ')'   (no comma: a parenthesized type)
  private TypeRef ctuple() {
    Token lp = in.advance();
    List<TypeRef> items = new ArrayList<>();
    boolean comma = false;
    do {
      if (in.check(TokenKind.RPAREN) && !items.isEmpty()) break;
      items.add(pointers(typeRef()));
    } while (comma |= in.match(TokenKind.COMMA));
    in.expect(TokenKind.RPAREN);
    // `(char *)` is that type in parentheses; `(int,)` a C tuple of one item.
    return comma ? new TypeRef.CTuple(List.copyOf(items), lp.pos()) : items.get(0);
  }

  private Pos restrictedLast;

  /**
   * {@code T*}, {@code T**}: the pointer stars after a base type ({@code **} is one token), each
   * optionally qualified ({@code int *const p}, {@code int *const *q}, {@code char *restrict s}).
   */
  TypeRef pointers(TypeRef base) {
    TypeRef t = base;
    restrictedLast = null;
    while (in.check(TokenKind.STAR) || in.check(TokenKind.DSTAR)) {
      Token star = in.advance();
      int n = star.kind() == TokenKind.DSTAR ? 2 : 1;
      for (int i = 0; i < n; i++) t = new TypeRef.Pointer(t, star.pos());
      t = pointerQualifiers(t);
    }
    return t;
  }

  /**
   * Qualifiers written after a pointer's star qualify the pointer itself: {@code const} makes it a
   * pointer that may not be assigned (as {@code const (int *)}), {@code volatile} is kept for C,
   * {@code restrict} is a promise to the C compiler that changes nothing Cython checks.
   */
  private TypeRef pointerQualifiers(TypeRef pointer) {
    Token start = in.peek();
    boolean isConst = false;
    boolean isVolatile = false;
    boolean isRestrict = false;
    while ((in.checkName("const") || in.checkName("volatile") || in.checkName("restrict")) && qualifierFollows()) {
      String q = in.advance().text();
      boolean seen = q.equals("const") ? isConst : q.equals("volatile") ? isVolatile : isRestrict;
      if (seen) in.recoverable(start.pos(), "Duplicate '" + q + "'");
      switch (q) {
        case "const" -> isConst = true;
        case "volatile" -> isVolatile = true;
        default -> isRestrict = true;
      }
    }
    restrictedLast = isRestrict ? start.pos() : null;
    TypeRef t = isVolatile ? new TypeRef.Volatile(pointer, start.pos()) : pointer;
    return isConst ? new TypeRef.Const(t, start.pos()) : t;
  }

  /**
   * Where the qualifiers of the last star {@link #pointers} read start, when {@code restrict} is
   * one of them: a function's declarator cannot be restrict ({@code int *restrict f()}).
   */
  Pos restrictedLast() {
    return restrictedLast;
  }

  /** Whether the name ahead is a qualifier, not the declarator's name ({@code int *restrict} names a variable). */
  private boolean qualifierFollows() {
    TokenKind next = in.peek(1).kind();
    return next == TokenKind.NAME || next == TokenKind.STAR || next == TokenKind.DSTAR || next == TokenKind.RPAREN
        || next == TokenKind.COMMA;
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
    if (in.check(TokenKind.LPAREN)) return ctuple(); // `cdef (double, int) f(...)`
    // Qualifiers in any order; one written twice is Cython's error, at the type, and read on.
    boolean isConst = false;
    boolean isVolatile = false;
    while (in.checkName("const") || in.checkName("volatile") && in.peek(1).kind() == TokenKind.NAME) {
      String q = in.advance().text();
      if (q.equals("const") ? isConst : isVolatile) in.recoverable(start.pos(), "Duplicate '" + q + "'");
      if (q.equals("const")) isConst = true;
      else isVolatile = true;
    }
    if ((isConst || isVolatile) && in.check(TokenKind.NAME) && in.peek(1).kind() == TokenKind.EQ) {
      // `cdef const x = [1, 2]`: the name is the declarator's, the type an object (Cython's error follows).
      TypeRef object = new TypeRef.Named("object", start.pos());
      TypeRef t = isVolatile ? new TypeRef.Volatile(object, start.pos()) : object;
      return isConst ? new TypeRef.Const(t, start.pos()) : t;
    }
    if (isConst && !isVolatile && in.check(TokenKind.LPAREN)) {
      // `const (double *) p`: the pointer itself is const (p may not be assigned), not what it points to.
      in.advance();
      TypeRef pointer = pointers(typeRef());
      in.expect(TokenKind.RPAREN);
      return new TypeRef.Const(pointer, start.pos());
    }
    TypeRef t = unqualified(start, isConst);
    return isVolatile ? new TypeRef.Volatile(t, start.pos()) : t;
  }

  private TypeRef unqualified(Token start, boolean isConst) {
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
}
