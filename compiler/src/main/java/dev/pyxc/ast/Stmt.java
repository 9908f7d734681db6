package dev.pyxc.ast;

import dev.pyxc.diag.Pos;
import java.util.List;

/** Statements. Immutable records. */
public sealed interface Stmt {
  Pos pos();

  record ExprStmt(Expr expr, Pos pos) implements Stmt {}

  /** {@code a = b = value}: targets in source order. */
  record Assign(List<Expr> targets, Expr value, Pos pos) implements Stmt {}

  record AugAssign(Expr target, BinaryOp op, Expr value, Pos pos) implements Stmt {}

  /**
   * {@code cdef T a = 1, b}: one statement, several declarators. {@code visibility} is PUBLIC or
   * READONLY only for {@code cdef public}/{@code cdef readonly} attributes of an extension type.
   */
  record CDef(TypeRef type, List<Declarator> names, Visibility visibility, Linkage linkage, Pos pos) implements Stmt {
    public CDef(TypeRef type, List<Declarator> names, Pos pos) {
      this(type, names, Visibility.PRIVATE, Linkage.PRIVATE, pos);
    }

    public CDef(TypeRef type, List<Declarator> names, Visibility visibility, Pos pos) {
      this(type, names, visibility, Linkage.PRIVATE, pos);
    }
  }

  /**
   * {@code public} and {@code api} on a module's C declaration: a public one has its own C name
   * with external linkage and is declared in {@code MODULE.h}; an api one is exported in
   * {@code __pyx_capi__} for the import function of {@code MODULE_api.h}.
   */
  record Linkage(boolean isPublic, boolean isApi) {
    public static final Linkage PRIVATE = new Linkage(false, false);

    public boolean exported() {
      return isPublic || isApi;
    }
  }

  /**
   * {@code cdef struct Name:} / {@code cdef union Name:} (with {@code ctypedef}: {@code typedef}),
   * its fields as declarations; {@code fields} is null for an opaque {@code ctypedef struct Name}
   * of a {@code cdef extern} block. {@code cname} is the C name given after its name (a string;
   * null when none), {@code fieldCNames} those given after field names ({@code int x "not_x"}).
   */
  record StructDef(String name, String cname, boolean union, boolean packed, List<CDef> fields, java.util.Map<String, String> fieldCNames,
      boolean typedef, Linkage linkage, Pos pos) implements Stmt {}

  /**
   * {@code cdef enum [Name]:} / {@code cpdef enum ...} / {@code ctypedef enum Name:}: named C
   * integer constants (and, when named, a type); {@code name} null for an anonymous enum.
   */
  record EnumDef(String name, List<EnumMember> members, boolean cpdef, boolean typedef, Linkage linkage, String doc, Pos pos)
      implements Stmt {
    public EnumDef(String name, List<EnumMember> members, boolean cpdef, boolean typedef, Pos pos) {
      this(name, members, cpdef, typedef, Linkage.PRIVATE, null, pos);
    }
  }

  /** One constant of an enum, with its explicit value (or null) and its C name in an extern block. */
  record EnumMember(String name, String cname, Expr value, Pos pos) {}

  /**
   * {@code include "file.pxi"}: the statements of that file, in place (the driver reads and
   * parses it; no later stage sees this statement).
   */
  record Include(String path, Pos pos) implements Stmt {}

  /**
   * {@code ctypedef fused name:} with one member type per line: a function taking it is compiled
   * once per member (see {@code sema.FusedFunctions}).
   */
  record FusedTypeDef(String name, List<TypeRef> members, Pos pos) implements Stmt {}

  /** {@code ctypedef T name}: another name for a type. */
  /** {@code cname}: the header's own spelling given after the name ({@code ctypedef int SInt "signed int"}), or null. */
  record TypeDef(TypeRef type, String name, String cname, Linkage linkage, Pos pos) implements Stmt {
    public TypeDef(TypeRef type, String name, Pos pos) {
      this(type, name, null, Linkage.PRIVATE, pos);
    }
  }

  /**
   * {@code cdef extern from "header.h":} (or {@code from *:} with {@code header} null): C
   * declarations the module's C may use, with {@code code} the verbatim C of a {@code from *}
   * block's docstring (or null). {@code declaredHere}: {@code cdef extern int f()} without
   * {@code from}, whose C declarations the module writes itself (no header declares them).
   */
  record CExtern(String header, String code, List<ExternDecl> decls, boolean declaredHere, Pos pos) implements Stmt {
    public CExtern(String header, String code, List<ExternDecl> decls, Pos pos) {
      this(header, code, decls, false, pos);
    }
  }

  /** One declaration of a {@code cdef extern} block; {@code cname} is the C spelling ({@code name "cname"}). */
  sealed interface ExternDecl {
    String name();

    String cname();

    Pos pos();
  }

  /**
   * {@code T name(params) [except ...] [nogil]}; {@code varargs} for a trailing {@code ...};
   * {@code cpdef}: Python sees it too, as a function of the module (see sema's CpdefExterns).
   */
  record ExternFunction(String name, String cname, List<Param> params, TypeRef returnType, ExceptSpec except, boolean varargs,
      boolean nogil, boolean cpdef, Pos pos) implements ExternDecl {
    public ExternFunction(String name, String cname, List<Param> params, TypeRef returnType, ExceptSpec except, boolean varargs,
        boolean nogil, Pos pos) {
      this(name, cname, params, returnType, except, varargs, nogil, false, pos);
    }
  }

  /**
   * {@code cdef extern class mod.Name [object S, check_size X]:} (or {@code ctypedef class}, then
   * {@code S} a typedef): an extension type another module (or CPython) defines, taken from
   * {@code module} at import, its C attributes ({@code def}'s {@code cdef} fields) read through
   * its struct; {@code checkSize} "warn", "error" or "ignore"; {@code defined}: it has a body
   * (without one it is a forward declaration, which Cython requires to be completed);
   * {@code inBlock}: declared in a {@code cdef extern from} block, where its struct must be named.
   */
  record ExternClass(ClassDef def, String module, String checkSize, boolean defined, boolean inBlock, List<ExternMethod> methods)
      implements ExternDecl {
    public ExternClass(ClassDef def, String module, String checkSize, boolean defined, boolean inBlock) {
      this(def, module, checkSize, defined, inBlock, List.of());
    }

    @Override
    public String name() {
      return def.name();
    }

    @Override
    public String cname() {
      return def.cNames().objectStruct();
    }

    @Override
    public Pos pos() {
      return def.pos();
    }
  }

  /**
   * A C property method of an extern class ({@code @property cdef inline}, {@code @name.setter
   * cdef inline}): {@code function} is the module-level inline function the parser made of it,
   * named {@code Class.name} (a setter {@code Class.name.__set__}), whose first parameter is the
   * instance typed as the class. Nothing of it lives in the class at run time: reading the
   * attribute is a call of the getter, assigning it one of the setter. A deleter, which Cython
   * refuses, and a def method are kept only for the errors they give; {@code at} is the
   * decorator (the def's position).
   */
  record ExternMethod(String name, FuncDef function, Kind kind, Pos at) {
    public enum Kind { GETTER, SETTER, DELETER, DEF }
  }

  /** {@code T name}: a C variable or constant (a macro of that type). */
  record ExternVariable(String name, String cname, TypeRef type, boolean isConst, Pos pos) implements ExternDecl {}

  /**
   * A type an extern block declares, as the header defines it ({@code struct tm: ...},
   * {@code ctypedef struct pair_t}, {@code enum: ...}, {@code ctypedef int int32_t}); {@code cname}
   * is how C spells it.
   */
  record ExternType(Stmt type, String cname) implements ExternDecl {
    @Override
    public String name() {
      return type instanceof StructDef s ? s.name() : type instanceof EnumDef e ? e.name() : ((TypeDef) type).name();
    }

    @Override
    public Pos pos() {
      return type.pos();
    }
  }

  /** Whether Python code sees an extension type's attribute: not at all, read and write, or read only. */
  enum Visibility { PRIVATE, PUBLIC, READONLY }

  /** {@code cdef class Name}: a forward declaration, which a definition later in the module must complete. */
  record ClassForward(String name, Pos pos) implements Stmt {}

  /**
   * A cdef class's linkage and the C names {@code [object O, type T]} gives its instance struct
   * and type object (null where not given); {@code typedef} for {@code ctypedef class}, whose
   * struct is a typedef name; {@code namesPos} where the bracket stands (null without one).
   */
  record ExtNames(Linkage linkage, String objectStruct, String typeObject, boolean typedef, Pos namesPos) {}

  /**
   * {@code cdef class Name(Base): body} ({@code extensionType}) or {@code class Name(bases): body}.
   * The body holds attribute declarations ({@link CDef}) and methods ({@link FuncDef}); a Python
   * class body may hold any statement; {@code decorators} are those written above the class;
   * {@code arguments} what the parentheses after the name hold, bases and keywords, as a call's.
   */
  record ClassDef(String name, List<Expr.Arg> arguments, boolean extensionType, String docstring,
      List<Stmt> body, List<Decorator> decorators, ExtNames cNames, Pos pos, Pos namePos) implements Stmt {
    public ClassDef(String name, List<Expr.Arg> arguments, boolean extensionType, String docstring, List<Stmt> body,
        List<Decorator> decorators, Pos pos, Pos namePos) {
      this(name, arguments, extensionType, docstring, body, decorators, null, pos, namePos);
    }

    public ClassDef withBody(List<Stmt> newBody) {
      return new ClassDef(name, arguments, extensionType, docstring, newBody, decorators, cNames, pos, namePos);
    }

    /** The positional arguments' expressions (a starred one's iterable too). */
    public List<Expr> bases() {
      return arguments.stream().filter(a -> a.keyword() == null && a.stars() != 2).map(Expr.Arg::value).toList();
    }

    /** The keyword arguments, and {@code **mapping} ones. */
    public List<Expr.Arg> keywords() {
      return arguments.stream().filter(a -> a.keyword() != null || a.stars() == 2).toList();
    }

    /** Whether a {@code *iterable} or {@code **mapping} argument is among them. */
    public boolean hasStarredArguments() {
      return arguments.stream().anyMatch(a -> a.stars() != 0);
    }
  }

  /**
   * One name of a cdef statement; {@code type} is its whole type when its declarator adds to the
   * statement's ({@code cdef int *p, a[3], n}: {@code int *}, {@code int [3]}, then null).
   */
  record Declarator(String name, Expr init, Pos pos, TypeRef type) {
    public Declarator(String name, Expr init, Pos pos) {
      this(name, init, pos, null);
    }

    /** This name's type in the statement {@code c}. */
    public TypeRef typeIn(CDef c) {
      return type != null ? type : c.type();
    }
  }

  record If(List<Branch> branches, List<Stmt> orElse, Pos pos) implements Stmt {}

  record Branch(Expr cond, List<Stmt> body, Pos pos) {}

  record While(Expr cond, List<Stmt> body, List<Stmt> orElse, Pos pos) implements Stmt {}

  /**
   * {@code for x in iter}; or Cython's {@code for x from a <= x < b by s} ({@code from} set), whose
   * {@code iter} is then the tuple of its bound and step expressions, so that whatever walks
   * expressions sees them.
   */
  record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, FromBounds from, Pos pos) implements Stmt {
    public For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, Pos pos) {
      this(target, iter, body, orElse, null, pos);
    }
  }

  /**
   * The relations of {@code for x from first REL x REL bound [by step]} (in a statement or a
   * comprehension), whose expressions are the items of the loop's iter tuple (so that rewriting
   * the iter rewrites them): both relations {@code <}/{@code <=} ({@code upward}) or both
   * {@code >}/{@code >=}; a strict first relation starts 1 in.
   */
  record FromBounds(boolean firstStrict, boolean upward, boolean boundStrict) {
    public static Expr first(Expr iter) {
      return ((Expr.TupleExpr) iter).elts().get(0);
    }

    public static Expr bound(Expr iter) {
      return ((Expr.TupleExpr) iter).elts().get(1);
    }

    /** The step, or null. */
    public static Expr step(Expr iter) {
      List<Expr> e = ((Expr.TupleExpr) iter).elts();
      return e.size() > 2 ? e.get(2) : null;
    }
  }

  record Break(Pos pos) implements Stmt {}

  record Continue(Pos pos) implements Stmt {}

  record Pass(Pos pos) implements Stmt {}

  /**
   * {@code try: body} with {@code except} clauses, {@code else} and {@code finally}; either list
   * of handlers or the finally body may be empty, not both.
   */
  record Try(List<Stmt> body, List<Handler> handlers, List<Stmt> orElse, List<Stmt> finalBody, Pos pos) implements Stmt {}

  /** {@code except [type [as name]]: body}; {@code type} null for a bare except. */
  record Handler(Expr type, String name, List<Stmt> body, Pos pos, Pos namePos) {}

  /** {@code assert test [, msg]}. */
  record Assert(Expr test, Expr msg, Pos pos) implements Stmt {}

  /** {@code value} is null for a bare return. */
  record Return(Expr value, Pos pos) implements Stmt {}

  /**
   * {@code exc} null for a bare re-raise; {@code legacy} the value and traceback of language level
   * 2's {@code raise E, V[, tb]} (empty otherwise).
   */
  record Raise(Expr exc, Expr cause, List<Expr> legacy, Pos pos) implements Stmt {
    public Raise(Expr exc, Expr cause, Pos pos) {
      this(exc, cause, List.of(), pos);
    }
  }

  /**
   * A function: {@code def}, or {@code cdef}/{@code cpdef} with a C signature ({@code cdef} is
   * null for a def). {@code returnType} null means object.
   */
  record FuncDef(String name, List<Param> params, TypeRef returnType, String docstring, List<Stmt> body,
      List<Decorator> decorators, CSignature cdef, Pos pos) implements Stmt {
    /** The name of the function sema makes of a module's top-level statements (run at import). */
    public static final String MODULE_BODY = "<module>";

    public boolean isCdef() {
      return cdef != null;
    }

    public boolean isModuleBody() {
      return name.equals(MODULE_BODY);
    }

    /**
     * How the names of a fused function's specializations start ({@code __pyx_fuse_1__f}): unique
     * among the module's functions, as Cython reserves names starting {@code __pyx_}.
     */
    public static final String FUSED_PREFIX = "__pyx_fuse_";

    /** The specialization {@code index} of a fused function named {@code name}. */
    public static String specializationName(String name, int index) {
      return FUSED_PREFIX + index + "__" + name;
    }

    /** The name as written: a specialization's is its fused function's. */
    public String displayName() {
      return displayName(name);
    }

    /** A function's name as written, from its name in the compiler. */
    public static String displayName(String name) {
      if (name.startsWith(CFUNCTION_WRAPPER_PREFIX)) return "wrap";
      return name.startsWith(FUSED_PREFIX) ? name.substring(name.indexOf("__", FUSED_PREFIX.length()) + 2) : name;
    }

    /** The def sema makes for a cdef function used as a Python object, named {@code wrap} as Cython's. */
    public static final String CFUNCTION_WRAPPER_PREFIX = "__pyx_cfunc_wrap_";

    /** The same function under another name and with another body. */
    public FuncDef withNameAndBody(String newName, List<Stmt> newBody) {
      return new FuncDef(newName, params, returnType, docstring, newBody, decorators, cdef, pos);
    }
  }

  /**
   * {@code cdef int f(int x)} with no body: a {@code .pxd}'s declaration of a function its module
   * defines (or, in a {@code .pyx}, one that must be defined). {@code def} has an empty body;
   * {@code declarator} is where its parameter list opens.
   */
  record FuncDecl(FuncDef def, Pos declarator) implements Stmt {
    @Override
    public Pos pos() {
      return def.pos();
    }
  }

  /**
   * What a cdef function declares beyond a def: {@code inline}, its exception specification, and
   * whether it is {@code cpdef} (also callable from Python). {@code suite}: where the body's colon stands (Cython's position for a definition in the wrong
   * place), null for a declaration; {@code declarator}: where the parameters' parenthesis opens;
   * {@code nogil}: callable without the GIL, its body a nogil context; {@code varargs}: a trailing
   * {@code ...} (C varargs, which callers may pass and the body cannot read, as in Cython).
   */
  record CSignature(boolean inline, ExceptSpec except, boolean cpdef, Pos suite, Linkage linkage, Pos declarator, boolean nogil,
      boolean varargs) {
    public CSignature(boolean inline, ExceptSpec except, boolean cpdef, Pos suite) {
      this(inline, except, cpdef, suite, Linkage.PRIVATE, null, false, false);
    }

    public CSignature(boolean inline, ExceptSpec except, boolean cpdef, Pos suite, Linkage linkage, Pos declarator, boolean nogil) {
      this(inline, except, cpdef, suite, linkage, declarator, nogil, false);
    }
  }

  /**
   * {@code except V}, {@code except? V}, {@code except *}, {@code noexcept}, or nothing written
   * ({@link Kind#DEFAULT}: Cython 3's default for the return type).
   */
  record ExceptSpec(Kind kind, Expr value, Pos pos) {
    public enum Kind { DEFAULT, VALUE, MAYBE_VALUE, STAR, NOEXCEPT }

    public static final ExceptSpec DEFAULT = new ExceptSpec(Kind.DEFAULT, null, Pos.NONE);
  }

  /** {@code @expr} above a def; {@code pos} is the {@code @}. */
  record Decorator(Expr expr, Pos pos) {
    /**
     * Whether these decorators make a plain {@code class} an extension type, as read before names
     * are bound ({@code @cython.cclass}, {@code @cython.total_ordering}): its annotations then
     * declare attributes. Sema confirms the names are Cython's.
     */
    public static boolean makeExtensionType(List<Decorator> decorators) {
      return decorators.stream().anyMatch(d -> d.expr() instanceof Expr.Attribute a && (a.name().equals("cclass")
          || a.name().equals("total_ordering") && a.obj() instanceof Expr.Name n && n.id().equals("cython")));
    }
  }

  /**
   * {@code cimport a.b [as c]} ({@code names} empty) or {@code from a.b cimport x [as y], ...};
   * sema decides which modules exist.
   */
  record CImport(String module, String alias, List<Alias> names, Pos pos, Pos modulePos) implements Stmt {}

  /**
   * A Python import: {@code import a.b [as c], ...} ({@code fromModule} null) or {@code from a.b
   * import x [as y], ...}. Each name binds a module global, or a local inside a function.
   */
  record Import(String fromModule, List<Alias> names, Pos pos, Pos modulePos) implements Stmt {
    public Import(String fromModule, List<Alias> names, Pos pos) {
      this(fromModule, names, pos, pos);
    }

    /** The name an alias binds: its {@code as} name, the imported name, or a dotted module's first part. */
    public String bound(Alias a) {
      return a.asName() != null ? a.asName() : fromModule != null ? a.name() : a.name().split("\\.")[0];
    }
  }

  /**
   * {@code from m import *} (only at module level): binds every public name of {@code m}, a
   * module-level cdef variable of that name taking the value converted to its type.
   */
  record ImportStar(String fromModule, Pos pos) implements Stmt {}

  /** {@code del a, b[i], c.x}: each target unbound or deleted in turn (a tuple target is flattened). */
  record Del(List<Expr> targets, Pos pos) implements Stmt {}

  /**
   * One item of a comprehension, innermost in the loops sema makes of it (never written in source):
   * its element added to the comprehension's result, or, inlined into {@code any()}/{@code all()},
   * tested (ending every loop of it once the answer is known).
   */
  record ComprehensionItem(Expr.Comprehension of, Pos pos) implements Stmt {}

  /** {@code nonlocal a, b}: these names are those of an enclosing function. */
  record Nonlocal(List<String> names, Pos pos) implements Stmt {}

  /** {@code global a, b}: these names are the module's, not the function's. */
  record Global(List<String> names, Pos pos) implements Stmt {}

  /** One imported name; {@code asName} null when not renamed. */
  record Alias(String name, String asName, Pos pos) {}

  /** {@code with a [as t], b: body}; pyxc accepts compiler-directive contexts only. */
  record With(List<WithItem> items, List<Stmt> body, Pos pos) implements Stmt {}

  record WithItem(Expr context, Expr target, Pos pos) {}

  /**
   * A {@code def} parameter; {@code type} null when untyped (object). {@code kind} says how a call
   * may pass it: positionally only (before {@code /}), positionally or by keyword, by keyword only
   * (after {@code *} or {@code *args}), or as the tuple {@code *args} / the dict {@code **kwargs}.
   */
  record Param(String name, TypeRef type, Expr defaultValue, boolean notNone, boolean orNone, Pos pos, Kind kind) {
    public enum Kind { POSITIONAL_ONLY, POSITIONAL, KEYWORD_ONLY, STAR, DSTAR }

    public Param(String name, TypeRef type, Expr defaultValue, boolean notNone, boolean orNone, Pos pos) {
      this(name, type, defaultValue, notNone, orNone, pos, Kind.POSITIONAL);
    }

    public Param withKind(Kind k) {
      return new Param(name, type, defaultValue, notNone, orNone, pos, k);
    }

    /** Filled from the call's positional arguments (before any {@code *args}). */
    public boolean positional() {
      return kind == Kind.POSITIONAL_ONLY || kind == Kind.POSITIONAL;
    }

    /** {@code *args} or {@code **kwargs}: a container the wrapper builds, never a named argument. */
    public boolean starred() {
      return kind == Kind.STAR || kind == Kind.DSTAR;
    }
  }
}
