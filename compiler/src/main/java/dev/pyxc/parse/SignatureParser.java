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
 * Function signatures: the parameter lists of a def, of a cdef function and of a C declaration
 * (an extern function, a function pointer's type), the exception specification with its
 * {@code nogil}, and a cdef function's head up to the ':' before its suite. Apart from
 * {@link DeclarationParser}, which decides what a cdef statement declares and hands a function's
 * head to here, and from {@link TypeRefParser}, which reads the parameters' types.
 */
final class SignatureParser {
  private final TokenCursor in;
  private final ExpressionParser expr;
  private final TypeRefParser typeRefs;
  /** Whether the last exception specification read had {@code nogil} (before or after it). */
  private boolean nogilSeen;
  /** Whether the last cdef parameter list read ended with {@code ...}. */
  private boolean varargsSeen;

  boolean nogilSeen() {
    return nogilSeen;
  }

  SignatureParser(TokenCursor in, ExpressionParser expr, TypeRefParser typeRefs) {
    this.in = in;
    this.expr = expr;
    this.typeRefs = typeRefs;
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
      TypeRef t = typeRefs.typeRef();
      return new Stmt.Param("arg" + index, t, null, false, false, start.pos());
    }
    TypeRef type = null;
    if (in.check(TokenKind.NAME) && in.peek(1).kind() == TokenKind.LPAREN && in.peek(2).kind() == TokenKind.STAR || typeRefs.startsTypedDeclaration()
        || in.check(TokenKind.LPAREN)) {
      type = typeRefs.pointers(typeRefs.typeRef());
    }
    if (type == null || !typeRefs.atFunctionPointer()) {
      if (type != null && in.check(TokenKind.LPAREN)) throw in.unsupported(start, "function types");
      // Cython reads a parameter as a C declarator, whose message names what it found.
      if (!in.check(TokenKind.NAME)) throw in.error(in.peek().pos(), "Expected an identifier, found '" + TokenCursor.found(in.peek()) + "'");
    }
    TypeRefParser.Named declared = type == null ? new TypeRefParser.Named(in.expectName(), null) : typeRefs.declarator(type); // `int (*f)(int)`: a pointer to a C function
    type = declared.type();
    Token name = declared.name();
    // `void kernel(double *, int) nogil`: a parameter of function type is a pointer to one, as in C.
    if (type != null && in.check(TokenKind.LPAREN)) type = new TypeRef.Pointer(functionType(type, in.peek().pos()), type.pos());
    if (type != null && in.check(TokenKind.LBRACKET)) {
      // `int a[]`, `int a[3]`: an array parameter is a pointer to its first element, as in C.
      TypeRef array = typeRefs.arrayDims(type);
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
        // A builtin or extension type or a memoryview refuses None unless Optional (or, below, defaulting to None).
        boolean classType = type instanceof TypeRef.Named n && Annotations.isBuiltin(n.name()) || type instanceof TypeRef.ClassAnnotation
            || type instanceof TypeRef.MemoryView;
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
    varargsSeen = false;
    while (!in.check(TokenKind.RPAREN)) {
      if (in.check(TokenKind.STAR) || in.check(TokenKind.DSTAR) || in.check(TokenKind.SLASH)) in.expect(TokenKind.RPAREN);
      if (!params.isEmpty() && in.match(TokenKind.ELLIPSIS)) {
        varargsSeen = true;
        break;
      }
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

  // function_type: '(' [params] ')' [except_spec] ['nogil']   (after the result type and declarator)
  TypeRef.Function functionType(TypeRef result, Pos start) {
    Pos declarator = in.expect(TokenKind.LPAREN).pos();
    CParams params = cParams();
    if (params.varargs()) throw in.unsupported(in.peek(), "pointers to C varargs functions");
    Stmt.ExceptSpec except = exceptSpec(declarator);
    return new TypeRef.Function(result, params.params(), except, nogilSeen, start);
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
    // `f(void)` takes no arguments in C; Cython refuses it in a declaration (not in a cdef function's definition).
    if (in.checkName("void") && in.peek(1).kind() == TokenKind.RPAREN) {
      in.recoverable(in.peek().pos(), VOID_PARAMETER);
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
      // (a void parameter, named or not; `void *p` and `void (*f)()` are others)
      TokenKind after = in.peek(1).kind();
      if (in.checkName("void") && (after == TokenKind.COMMA || after == TokenKind.RPAREN || after == TokenKind.NAME)) {
        in.recoverable(in.peek().pos(), VOID_PARAMETER);
      }
      type = typeRefs.pointers(typeRefs.typeRef());
      String pname = "arg" + params.size();
      if (typeRefs.atFunctionPointer()) {
        // `int (*compar)(const void *, const void *)`, or with no name.
        TypeRefParser.FunctionPointer fp = typeRefs.functionPointer(type);
        type = fp.type();
        if (fp.name() != null) pname = fp.name().text();
      }
      if (in.check(TokenKind.NAME)) pname = in.advance().text();
      if (in.check(TokenKind.LBRACKET)) {
        TypeRef array = typeRefs.arrayDims(type);
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

  /** The words that name C types by themselves (a lone name of another kind in a C parameter list is the parameter's). */
  static boolean isCTypeWord(String w) {
    return switch (w) {
      case "char", "short", "int", "long", "float", "double", "unsigned", "signed", "void", "bint", "size_t", "Py_ssize_t",
          "Py_hash_t", "ptrdiff_t", "object", "const" -> true;
      default -> false;
    };
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
  DeclarationParser.FunctionHead cdefFunction(Token cdef, boolean inline, TypeRef returnType, Token name, Stmt.Linkage linkage) {
    Pos declarator = in.expect(TokenKind.LPAREN).pos();
    List<Stmt.Param> params = paramList();
    boolean varargs = varargsSeen;
    if (varargs && cdef.kind() == TokenKind.CPDEF) throw in.unsupported(cdef, "cpdef functions with C varargs");
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
    return new DeclarationParser.FunctionHead(expr.rename.apply(name.text()), params, returnType,
        new Stmt.CSignature(inline, except, cdef.kind() == TokenKind.CPDEF, suite, linkage, declarator, nogilSeen, varargs), cdef.pos(),
        declaration, declarator, withGil);
  }
}
