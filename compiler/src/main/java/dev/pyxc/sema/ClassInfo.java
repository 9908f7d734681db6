package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An extension type ({@code cdef class}) as the rest of the module sees it: its attributes in
 * declaration order (the C struct's layout after its base's), its cdef methods and its def
 * methods. Filled by {@link ClassChecks} before any function body is checked, read-only after.
 */
public final class ClassInfo {
  /** A typed attribute: a member of the instance struct, which owns it when it is refcounted. */
  /** An attribute: {@code written} is its type as declared (a ctypedef's name, which {@code cython.typeof} gives). */
  public record Field(String name, CType type, Stmt.Visibility visibility, Pos pos, dev.pyxc.ast.TypeRef written) {}

  /**
   * A property: the def methods that get, set and delete it (any may be missing), from
   * {@code @property} / {@code @NAME.setter} / {@code @NAME.deleter} or a {@code property NAME:}
   * block. Each is compiled as a method named {@code NAME.__get__} etc. ({@link #accessorName}).
   */
  public static final class Property {
    public final String name;
    public Stmt.FuncDef getter;
    public Stmt.FuncDef setter;
    public Stmt.FuncDef deleter;

    Property(String name) {
      this.name = name;
    }
  }

  /** How Python calls a def method: through an instance (null), or as {@code @staticmethod} / {@code @classmethod}. */
  public enum MethodKind { STATIC, CLASS }

  public final Stmt.ClassDef def;
  final Map<String, Property> properties = new LinkedHashMap<>();
  final java.util.IdentityHashMap<Stmt.FuncDef, String> accessors = new java.util.IdentityHashMap<>();
  /** Class attributes of the body ({@code DIMS = 2}): literal values put in the type's dict. */
  final Map<String, dev.pyxc.ast.Expr> constants = new LinkedHashMap<>();
  final Map<String, Field> fields = new LinkedHashMap<>();
  final Map<String, CFunction> cmethods = new LinkedHashMap<>();
  final Map<String, Stmt.FuncDef> defMethods = new LinkedHashMap<>();
  /**
   * The defs pyxc writes for the class (also in defMethods): the Python side of each cpdef method,
   * and the pickling methods; {@code unpickle} is the module-level function pickling names.
   */
  final java.util.List<Stmt.FuncDef> synthesized = new java.util.ArrayList<>();
  Stmt.FuncDef unpickle;
  /**
   * The statements of the class body other than declarations, methods and literal attributes,
   * run at the class statement's place in the module's code with the type's dict as namespace.
   */
  final java.util.List<Stmt> bodyStatements = new java.util.ArrayList<>();
  /** Their Python class body (for checking and lowering), or null when there are none. */
  PyClassInfo body;

  public PyClassInfo body() {
    return body;
  }

  /** {@code @cython.total_ordering}: missing orderings derived from one that exists. */
  boolean totalOrdering;
  dev.pyxc.diag.Pos totalOrderingPos;

  public boolean totalOrdering() {
    for (ClassInfo c = this; c != null; c = c.base) if (c.totalOrdering) return true;
    return false;
  }

  /**
   * Whether a {@code .pxd} declares the class (its attributes and cdef methods are all there): other
   * modules may cimport and subclass it, so its layout and vtable follow from that file alone.
   */
  boolean declaredInPxd;
  /** For a class of a cimported module: that module, and the class's name there; null for the module's own. */
  String importedFrom;
  String pythonName;
  /**
   * For an extern class ({@code cdef extern class mod.Name [object S]}): how C spells its
   * instance struct ({@code S} of a ctypedef class, {@code struct S} otherwise), null when not
   * given; its fields are that struct's members, by their own names.
   */
  String externStruct;
  boolean extern;
  /** An extern class's {@code check_size}: "warn", "error" or "ignore". */
  String checkSize;

  /**
   * An extern class's {@code @property cdef inline} methods by name: the module-level inline
   * function each was made into (see {@code Stmt.ExternMethod}), as the declaring file names it.
   */
  final Map<String, String> inlineProperties = new LinkedHashMap<>();
  /** The {@code .pxd} module that declared an extern class (its inline methods are named there), or null for this module's. */
  String declaringFile;

  /** An extern class's C property setters by name: the inline function each was made into, as {@link #inlineProperties}. */
  final Map<String, String> inlineSetters = new LinkedHashMap<>();

  /** The function this module compiles inline property {@code name} as (the declaring file's qualified name), or null. */
  public String inlineProperty(String name) {
    return qualified(inlineProperties.get(name));
  }

  /** The function this module compiles the setter of inline property {@code name} as, or null (none). */
  public String inlineSetter(String name) {
    return qualified(inlineSetters.get(name));
  }

  private String qualified(String function) {
    return function == null || declaringFile == null ? function : declaringFile + "." + function;
  }

  /** Whether another module (or CPython) defines the class and this one only declares it ({@code cdef extern class}). */
  public boolean isExtern() {
    return extern;
  }

  /** An extern class's instance struct as C spells it, or null when none was named. */
  public String externStruct() {
    return externStruct;
  }

  public String checkSize() {
    return checkSize;
  }

  /**
   * Whether code outside the module may subclass the class at the C level or call its cdef
   * methods through its vtable: its {@code .pxd} declares it (or its {@code .pyx}, read as one), or
   * it is {@code public} or {@code api}.
   */
  public boolean openToOtherModules() {
    return declaredInPxd || readFromPyx || def != null && def.cNames() != null && def.cNames().linkage().exported();
  }

  /** Cython's cimport_from_pyx: other modules cimport the class from its module's {@code .pyx}. */
  boolean readFromPyx;

  public boolean declaredInPxd() {
    return declaredInPxd;
  }

  /** The module a cimported class belongs to, or null for one of this module's. */
  public String importedFrom() {
    return importedFrom;
  }

  /** The name of the class in its module (its attribute there). */
  public String pythonName() {
    return pythonName != null ? pythonName : def.name();
  }
  /** cdef methods the {@code .pxd} declares that the {@code .pyx} has not defined (yet). */
  final Map<String, Stmt.FuncDecl> undefinedMethods = new LinkedHashMap<>();
  /** The fused cdef methods the module's own .pxd declares: their .pyx definitions make the specializations. */
  final java.util.Set<String> declaredFusedMethods = new java.util.HashSet<>();
  /** The cdef methods the module's own {@code .pxd} declares for the class, in its order (their vtable's). */
  final List<String> declaredMethodOrder = new java.util.ArrayList<>();

  /**
   * Puts the cdef methods in the order of the class's {@code .pxd}, a fused method's specializations
   * where it is declared: the vtable's order in every module, the cimporting ones reading it from
   * the {@code .pxd} alone, whatever order the {@code .pyx} defines them in.
   */
  void orderMethodsAsDeclared() {
    if (declaredMethodOrder.isEmpty()) return;
    Map<String, CFunction> ordered = new LinkedHashMap<>();
    for (String name : declaredMethodOrder) {
      if (!declaredFusedMethods.contains(name)) {
        if (cmethods.containsKey(name)) ordered.put(name, cmethods.get(name));
        continue;
      }
      specializationsOf.forEach((def, specs) -> {
        if (!def.name().equals(name)) return;
        for (Stmt.FuncDef spec : specs) if (cmethods.containsKey(spec.name())) ordered.put(spec.name(), cmethods.get(spec.name()));
      });
    }
    ordered.putAll(cmethods);
    cmethods.clear();
    cmethods.putAll(ordered);
  }


  /** Methods marked {@code @cython.final}. */
  final java.util.Set<String> finalMethods = new java.util.HashSet<>();
  /** {@code @cython.internal}: the type is not bound in the module's namespace. */
  boolean internal;
  /** {@code @cython.auto_pickle(False)}. */
  boolean noAutoPickle;
  /**
   * {@code c_api_binop_methods=True}: each binary operator slot is the class's {@code __add__}
   * (etc.) itself, called as {@code __add__(left, right)} whichever operand is the instance, so its
   * first argument is any object; {@code __radd__} is not used.
   */
  public boolean cApiBinops;
  /** {@code @cython.auto_pickle(True)}: pickling even struct attributes, and an error where it cannot be made. */
  boolean autoPickleForced;
  ClassInfo base;
  /** The builtin type this class extends directly (only a root of the module's hierarchy may), or null. */
  BuiltinBase builtinBase;
  /** {@code cdef object __weakref__} / {@code cdef dict __dict__}: the instance holds a weakref list / an attribute dict. */
  boolean weakrefs;
  boolean instanceDict;
  /** {@code @cython.final}, {@code @cython.no_gc}, {@code @cython.no_gc_clear}. */
  boolean isFinal;
  boolean noGc;
  boolean noGcClear;
  /** {@code @cython.collection_type("sequence")} or {@code ("mapping")}: what match statements take it for; null when not given. */
  String collectionType;
  /** {@code cdef __cythonbufferdefaults__ = {"mode": "strided"}}: the options of {@code Cls[dtype]} buffer types not written there. */
  dev.pyxc.ast.Expr.DictExpr bufferDefaults;

  public String collectionType() {
    return collectionType;
  }

  /** {@code @cython.type_version_tag(False)}: the type keeps no attribute cache version. */
  boolean noVersionTag;

  public boolean noVersionTag() {
    return noVersionTag;
  }

  /** {@code @cython.trashcan(...)} as written (null: as the base says). */
  Boolean trashcan;
  /** The module's directives with the class's own directive decorators ({@code @cython.boundscheck(False)}): its methods'. */
  Directives directives;

  /**
   * Whether deallocating an instance goes through CPython's trashcan (a deep chain of instances
   * freed without a deep C recursion), by Cython's rule: never with {@code trashcan(False)}; with
   * {@code trashcan(True)} when the class's own fields may form cycles; else as its base does, and
   * for a subclass of a builtin type whose own dealloc uses it (list, dict, tuple, set, ...).
   */
  public boolean trashcan() {
    if (Boolean.FALSE.equals(trashcan)) return false;
    if (Boolean.TRUE.equals(trashcan) && fields.values().stream().anyMatch(ClassInfo::mayFormCycles)) return true;
    if (base != null) return base.trashcan();
    return builtinBase != null && java.util.Set.of("dict", "list", "set", "frozenset", "tuple", "type").contains(builtinBase.name());
  }
  /** The module's classes that extend this one, directly or not (filled once all bases are known). */
  final java.util.List<ClassInfo> subclasses = new java.util.ArrayList<>();

  ClassInfo(Stmt.ClassDef def) {
    this.def = def;
  }

  public Map<String, Property> properties() {
    return Collections.unmodifiableMap(properties);
  }

  public Map<String, dev.pyxc.ast.Expr> constants() {
    return Collections.unmodifiableMap(constants);
  }

  /** The name a property accessor is compiled under ({@code celsius.__set__}), or null for other methods. */
  public String accessorName(Stmt.FuncDef f) {
    return accessors.get(f);
  }

  /**
   * A method of a cdef class whose parameters start with {@code *args} (or {@code *,}): the
   * instance (or class) is its first positional argument, the tuple's first item as Cython and
   * Python pass it (with {@code *,} a call is a TypeError, as in Python; Cython binds the instance
   * to the first keyword-only parameter instead).
   */
  public static boolean selfInStarArgs(Stmt.FuncDef f) {
    if (methodKind(f) == MethodKind.STATIC || f.params().isEmpty()) return false;
    Stmt.Param.Kind k = f.params().get(0).kind();
    return k == Stmt.Param.Kind.STAR || k == Stmt.Param.Kind.KEYWORD_ONLY;
  }

  /** Whether special method {@code name}'s slot gives a C number (a length, a hash, a truth value). */
  public static boolean slotReturnsCNumber(String name) {
    return Set.of("__len__", "__hash__", "__bool__", "__nonzero__", "__contains__").contains(name);
  }

  /** The binary operator methods whose first argument is any object under {@link #cApiBinops}. */
  private static final Set<String> BINOP_METHODS = Set.of("__add__", "__sub__", "__mul__", "__mod__", "__divmod__", "__pow__",
      "__lshift__", "__rshift__", "__and__", "__xor__", "__or__", "__floordiv__", "__truediv__", "__matmul__");

  /** Whether def method {@code f}'s first parameter is an object rather than the class's instance. */
  public boolean selfUntyped(Stmt.FuncDef f) {
    return cApiBinops && !f.isCdef() && BINOP_METHODS.contains(f.name());
  }

  /** {@code @staticmethod} or {@code @classmethod} among a def method's decorators, or null. */
  public static MethodKind methodKind(Stmt.FuncDef f) {
    // As type() does for a Python class, and Cython for a cdef class: a classmethod without saying so.
    if (f.name().equals("__class_getitem__")) return MethodKind.CLASS;
    for (Stmt.Decorator d : f.decorators()) {
      if (d.expr() instanceof dev.pyxc.ast.Expr.Name n && n.id().equals("staticmethod")) return MethodKind.STATIC;
      if (d.expr() instanceof dev.pyxc.ast.Expr.Name n && n.id().equals("classmethod")) return MethodKind.CLASS;
    }
    return null;
  }

  /**
   * Whether decorator {@code d} of def method {@code f} is one a cdef class gives meaning to:
   * {@code @property}, {@code @f.getter}, {@code @f.setter}, {@code @f.deleter}, {@code @staticmethod},
   * {@code @classmethod}. ({@code f} may be the accessor as compiled, named {@code NAME.__set__}.)
   */
  public static boolean isMethodDecorator(Stmt.Decorator d, Stmt.FuncDef f) {
    if (d.expr() instanceof dev.pyxc.ast.Expr.Name n) return List.of("property", "staticmethod", "classmethod").contains(n.id());
    return d.expr() instanceof dev.pyxc.ast.Expr.Attribute a && a.obj() instanceof dev.pyxc.ast.Expr.Name n
        && (f.name().equals(n.id()) || f.name().startsWith(n.id() + ".")) && List.of("getter", "setter", "deleter").contains(a.name());
  }

  public boolean declaresWeakrefs() {
    return weakrefs;
  }

  public boolean declaresInstanceDict() {
    return instanceDict;
  }

  /** The builtin type at the bottom of this class's hierarchy, or null when that is {@code object}. */
  public BuiltinBase builtinBase() {
    return root().builtinBase;
  }

  /** The top of this class's hierarchy: the class whose instance struct holds the vtable pointer. */
  public ClassInfo root() {
    ClassInfo c = this;
    while (c.base != null) c = c.base;
    return c;
  }

  /**
   * Whether a call of cdef method {@code name} on a value of this static type must go through the
   * vtable: some class of the module below this one replaces the implementation this one has.
   * (Only the module can subclass its types at the C level: pyxc writes no .pxd for others.)
   */
  public boolean dispatches(String name) {
    CFunction here = cmethod(name);
    // Another module may subclass a class its .pxd declares and override any cdef method.
    ClassInfo intro = introducer(name);
    if (intro != null && intro.openToOtherModules()) return true;
    for (ClassInfo s : subclasses) if (s.cmethod(name) != here) return true;
    return false;
  }

  /** Whether the class defines cdef methods of its own (Cython gives it a vtable, pyxc one only where dispatch needs it). */
  public boolean hasOwnCdefMethods() {
    return !cmethods.isEmpty();
  }

  public java.util.List<CFunction> ownSlots() {
    java.util.List<CFunction> out = new java.util.ArrayList<>();
    for (CFunction f : cmethods.values()) {
      if (slotClass(f.name()) == this && (openToOtherModules() || dispatches(f.name()))) out.add(f);
    }
    return out;
  }

  /** Whether instances carry a vtable pointer: some class of the hierarchy has a slot. */
  public boolean hasVtable() {
    ClassInfo r = root();
    if (!r.ownSlots().isEmpty()) return true;
    for (ClassInfo s : r.subclasses) if (!s.ownSlots().isEmpty()) return true;
    return false;
  }

  /** The class whose implementation of cdef method {@code name} instances of this one run: itself or the nearest base. */
  public ClassInfo implementer(String name) {
    for (ClassInfo c = this; c != null; c = c.base) if (c.cmethods.containsKey(name)) return c;
    return null;
  }

  /**
   * The class whose vtable struct holds the slot calls of cdef method {@code name} on this static
   * type go through: the one that introduced the method, or the nearest that overrode it with more
   * optional parameters (a slot of that signature; the older slots reach it through an adapter).
   */
  public ClassInfo slotClass(String name) {
    ClassInfo c = implementer(name);
    if (c == null) return null;
    int arity = c.cmethods.get(name).params().size();
    while (c.base != null && c.base.cmethod(name) != null && c.base.cmethod(name).params().size() == arity) c = c.base;
    return c;
  }

  /** The class that introduced cdef method {@code name}. */
  public ClassInfo introducer(String name) {
    ClassInfo found = null;
    for (ClassInfo c = this; c != null; c = c.base) if (c.cmethods.containsKey(name)) found = c;
    return found;
  }

  public String name() {
    return def.name();
  }

  public CType.PyObject type() {
    return CType.extType(def.name());
  }

  /** The extension type this one extends, or null when its base is {@code object}. */
  public ClassInfo base() {
    return base;
  }

  /** The attributes this class declares itself (its base's come first in the layout). */
  public Map<String, Field> ownFields() {
    return Collections.unmodifiableMap(fields);
  }

  /** The def methods this class declares, special methods included, by name. */
  public Map<String, Stmt.FuncDef> defMethods() {
    return Collections.unmodifiableMap(defMethods);
  }

  public Map<String, CFunction> ownCMethods() {
    return Collections.unmodifiableMap(cmethods);
  }

  /** An attribute of this class or of a base, or null. */
  public Field field(String name) {
    for (ClassInfo c = this; c != null; c = c.base) {
      Field f = c.fields.get(name);
      if (f != null) return f;
    }
    return null;
  }

  /** A cdef method of this class or of a base, or null. */
  public CFunction cmethod(String name) {
    for (ClassInfo c = this; c != null; c = c.base) {
      CFunction f = c.cmethods.get(name);
      if (f != null) return f;
    }
    return null;
  }

  /** The declaration of cdef method {@code name} in this class or the nearest base that has one. */
  public Stmt.FuncDef cmethodDef(String name) {
    for (ClassInfo c = this; c != null; c = c.base) {
      if (!c.cmethods.containsKey(name)) continue;
      for (Stmt s : c.def.body()) if (s instanceof Stmt.FuncDef f && f.isCdef() && f.name().equals(name)) return f;
      for (Stmt.FuncDef f : c.fusedSpecializations) if (f.name().equals(name)) return f;
    }
    return null;
  }

  /** The specializations of the class's cdef fused methods: cdef methods of their own names (see FusedFunctions). */
  final List<Stmt.FuncDef> fusedSpecializations = new java.util.ArrayList<>();
  /** Each fused method's specializations, by the method as written. */
  final java.util.IdentityHashMap<Stmt.FuncDef, List<Stmt.FuncDef>> specializationsOf = new java.util.IdentityHashMap<>();

  /** The methods the class compiles for method {@code def} as written: its specializations when it is fused, else itself. */
  public List<Stmt.FuncDef> compiledAs(Stmt.FuncDef def) {
    if (madeInBody.contains(def)) return List.of(); // (its function object is made by the class body)
    return specializationsOf.getOrDefault(def, List.of(def));
  }

  /** The def methods made where they stand in the class body (decorated ones): no methods of the type's own. */
  final Set<Stmt.FuncDef> madeInBody = Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** Builtin types whose instances hold no references that could lead back (Cython's list). */
  private static final java.util.Set<String> ACYCLIC = java.util.Set.of("str", "bytes", "int", "float", "bool", "complex",
      "bytearray");

  /**
   * Whether a field can be part of a reference cycle: an object field, unless its declared type is
   * a builtin that holds no references. Only those are visited and cleared for the collector.
   */
  public static boolean mayFormCycles(Field f) {
    return f.type() instanceof CType.PyObject o && (o.builtin() == null || !ACYCLIC.contains(o.builtin()));
  }

  /** Whether an instance of this class is also one of {@code other}. */
  public boolean isSubclassOf(ClassInfo other) {
    for (ClassInfo c = this; c != null; c = c.base) if (c == other) return true;
    return false;
  }

  public boolean isInternal() {
    return internal;
  }

  public boolean isFinal() {
    return isFinal;
  }

  /**
   * Whether the type takes part in cyclic garbage collection: it holds references a cycle could go
   * through, and {@code @cython.no_gc} does not promise that none will.
   */
  public boolean usesGc() {
    return (holdsObjects() || builtinBase() != null && builtinBase().gc()) && !noGc;
  }

  /** Whether the collector may clear the instance's object fields ({@code @cython.no_gc_clear} says no). */
  public boolean clearsForGc() {
    return usesGc() && !noGcClear;
  }

  /** Whether instances hold references that a cycle could go through (so the type takes part in GC). */
  public boolean holdsObjects() {
    for (ClassInfo c = this; c != null; c = c.base) {
      if (c.instanceDict) return true;
      for (Field f : c.fields.values()) if (mayFormCycles(f)) return true;
    }
    return false;
  }
}
