package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.Stmts;
import dev.pyxc.ast.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Extension types: declares each {@code cdef class} of the module (so that every signature and
 * body may name any of them), then reads their bodies: attributes, cdef method signatures, def
 * methods, and Cython's errors for what a class body may not hold.
 */
final class ClassChecks {
  /**
   * Special methods that CPython finds through a type slot, not the type's dict, and that pyxc
   * does not map to one yet: as plain methods they would be callable by name yet ignored by the
   * operation they stand for, so they are named as outside the subset. (Python 2's {@code __div__},
   * {@code __cmp__}, {@code __hex__}, ... have no slot in Python 3: plain methods, as in Cython 3.)
   */
  private static final Set<String> SLOT_METHODS = Set.of(
      "__new__", "__await__", "__aiter__", "__anext__", "__getreadbuffer__",
      "__getwritebuffer__", "__getslice__", "__setslice__", "__delslice__");

  /**
   * The special methods pyxc maps to slots ({@code emit/SlotEmitter}), with the parameters (self
   * included) of Cython's slot signature: at least {@code [0]}, at most {@code [1]}, any number
   * when {@code [1]} is -1.
   */
  static final Map<String, int[]> SLOT_ARITY = slotArity();

  private static Map<String, int[]> slotArity() {
    Map<String, int[]> m = new java.util.HashMap<>();
    for (String n : List.of("__repr__", "__str__", "__hash__", "__iter__", "__next__", "__len__", "__bool__", "__nonzero__", "__neg__",
        "__pos__", "__abs__", "__invert__", "__int__", "__long__", "__float__", "__index__", "__del__")) {
      m.put(n, new int[] {1, 1});
    }
    for (String n : List.of("__getitem__", "__delitem__", "__contains__", "__getattr__", "__getattribute__", "__eq__", "__ne__", "__lt__",
        "__le__", "__gt__", "__ge__", "__delete__")) {
      m.put(n, new int[] {2, 2});
    }
    for (String op : List.of("add", "sub", "mul", "truediv", "floordiv", "mod", "lshift", "rshift", "and", "or", "xor",
        "matmul")) {
      for (String form : List.of("__%s__", "__r%s__", "__i%s__")) m.put(String.format(form, op), new int[] {2, 2});
    }
    for (String n : List.of("__pow__", "__rpow__", "__ipow__")) m.put(n, new int[] {2, 3});
    m.put("__setitem__", new int[] {3, 3});
    m.put("__divmod__", new int[] {2, 2});
    m.put("__rdivmod__", new int[] {2, 2});
    m.put("__get__", new int[] {3, 3});
    m.put("__set__", new int[] {3, 3});
    m.put("__setattr__", new int[] {3, 3});
    m.put("__delattr__", new int[] {2, 2});
    m.put("__richcmp__", new int[] {3, 3});
    m.put("__call__", new int[] {1, -1});
    // Those of the right arity are cdef functions by now (BufferMethods); the others are reported here.
    m.put("__getbuffer__", new int[] {3, 3});
    m.put("__releasebuffer__", new int[] {2, 2});
    return Map.copyOf(m);
  }

  private final Checker module;
  private final MethodDecorators methods;
  /**
   * The module's classes and those it cimports, by their own names: a cimported class is named
   * after its module ({@code shapes.Shape}) wherever it is cimported, so that it is one type.
   */
  final Map<String, ClassInfo> classes = new LinkedHashMap<>();
  /** Every name a class goes by here: its own, and those cimports bind ({@code Shape} for {@code shapes.Shape}). */
  final Map<String, ClassInfo> named = new LinkedHashMap<>();
  /** The names the source gives classes (declared or cimported), which a cimport of this file may bind in turn. */
  final java.util.Set<String> sourceNames = new java.util.LinkedHashSet<>();

  ClassChecks(Checker module) {
    this.module = module;
    this.methods = new MethodDecorators(module);
  }

  /** Whether the class body declares {@code name} global (then binding it is a statement run with the body). */
  private static boolean declaredGlobal(ClassInfo info, String name) {
    java.util.Set<String> globals = new java.util.HashSet<>();
    ModuleGlobals.declaredGlobal(info.def.body(), globals);
    return globals.contains(name);
  }

  /**
   * The class a name stands for, or null. {@code cython.view.array} is one under every name the
   * module's cimports give it ({@code array}, {@code view.array}, {@code cython.view.array}), its
   * declarations read from the bundled cython/view.pxd when first named.
   */
  ClassInfo named(String name) {
    ClassInfo c = named.get(name);
    if (c != null || module.cythonNames == null || !"cython.view.array".equals(module.cythonNames.qualify(name))) return c;
    ClassInfo array = cythonArray();
    if (array != null) named.put(name, array);
    return array;
  }

  /** cython.view.array, which a cast {@code <T[:n]> p} makes whatever the module cimports; null where no declarations are found. */
  ClassInfo cythonArray() {
    Checker view = module.declarationFile("cython.view");
    ClassInfo array = view == null ? null : view.classes.named("array");
    if (array != null) classes.putIfAbsent(array.name(), array);
    return array;
  }

  /**
   * Makes the class's name known as a type and as a module global (the type object). A
   * {@code .pxd} checked for its cimporters names it after its module.
   */
  void declare(Stmt.ClassDef c) {
    if (named.containsKey(c.name())) {
      module.diags.error(c.pos(), "C class '" + c.name() + "' already implemented");
      return;
    }
    if (module.moduleNames.contains(c.name())) {
      module.diags.error(c.namePos(), "'" + c.name() + "' redeclared ");
      return;
    }
    Stmt.ClassDef def = module.declaredModule == null ? c : new Stmt.ClassDef(module.declaredModule + "." + c.name(),
        c.arguments(), true, c.docstring(), c.body(), c.decorators(), c.pos(), c.namePos());
    ClassInfo info = new ClassInfo(def);
    if (module.declaredModule != null) {
      info.importedFrom = module.declaredModule;
      info.pythonName = c.name();
      info.declaredInPxd = true;
    }
    classes.put(def.name(), info);
    named.put(def.name(), info);
    named.put(c.name(), info);
    sourceNames.add(c.name());
    module.moduleNames.add(c.name());
  }

  /**
   * {@code cdef extern class mod.Name [object S]}: a type of another module (or of CPython's
   * builtins), imported at module init by its module's name, known here by its own name.
   */
  void declareExtern(Stmt.ExternClass ec) {
    declareExtern(ec, false);
  }

  /** As above; {@code bundled}: cimported from pyxc's own cpython declarations, where a builtin's class is expected. */
  void declareExtern(Stmt.ExternClass ec, boolean bundled) {
    Stmt.ClassDef c = ec.def();
    if (named.containsKey(c.name()) || module.moduleNames.contains(c.name())) {
      if (bundled && named.get(c.name()) != null && named.get(c.name()).def == c) return; // cimported twice
      module.diags.error(c.namePos(), "'" + c.name() + "' redeclared ");
      return;
    }
    if (!bundled && (Types.named(c.name()) instanceof CType.PyObject || c.name().equals("complex"))) {
      module.diags.warning(c.pos(), c.name() + " already a builtin Cython type");
    }
    ClassInfo info = new ClassInfo(c);
    info.extern = true;
    info.importedFrom = ec.module().equals("__builtin__") ? "builtins" : ec.module();
    info.pythonName = c.name();
    info.checkSize = ec.checkSize();
    info.declaringFile = module.declaredModule;
    for (Stmt.ExternMethod m : ec.methods()) CProperties.declare(module, info, ec, m);
    String s = c.cNames().objectStruct();
    info.externStruct = s == null ? null : c.cNames().typedef() ? s : "struct " + s;
    if (info.externStruct == null && ec.inBlock()) {
      module.diags.error(c.pos(), "Object name required for 'public' or 'extern' C class");
      module.diags.error(c.pos(), "Object struct name specification required for C class defined in 'extern from' block");
    }
    if (!ec.defined()) module.diags.error(c.pos(), "C class '" + c.name() + "' is declared but not defined");
    classes.put(c.name(), info);
    named.put(c.name(), info);
    sourceNames.add(c.name());
  }

  /** A cimported class, known here as {@code bound}; its bases come along under their own names. */
  void adopt(String bound, ClassInfo info) {
    for (ClassInfo c = info; c != null; c = c.base) {
      classes.putIfAbsent(c.name(), c);
      named.putIfAbsent(c.name(), c);
    }
    named.put(bound, info);
    sourceNames.add(bound);
  }

  /** Resolves bases, attributes and method signatures, in source order. */
  void readBodies() {
    // A cimported class was read by the checker of its .pxd.
    // (the module's own, which a .pxd it cimports may cimport back, are read by the module's checker)
    List<ClassInfo> own = classes.values().stream().filter(c -> c.importedFrom == null && module.declaredModule == null
        || c.extern && java.util.Objects.equals(c.declaringFile, module.declaredModule)
        || !c.extern && module.declaredModule != null && module.declaredModule.equals(c.importedFrom)).toList();
    for (ClassInfo info : own) base(info);
    for (ClassInfo info : own) {
      for (ClassInfo b = info.base; b != null; b = b.base) b.subclasses.add(info);
    }
    for (ClassInfo info : own) {
      ClassDecorators.check(module, info);
      if (module.declaredModule == null) info.declaredInPxd = info.def.body().stream().anyMatch(module.ownDeclarations::contains);
      // (with Cython's cimport_from_pyx, other modules read the class from this module's .pyx)
      if (module.declaredModule == null && module.files.cimportFromPyx()) info.readFromPyx = true;
      for (Stmt s : info.def.body()) member(info, s);
      info.orderMethodsAsDeclared();
    }
    if (module.declaredModule == null && !module.diags.hasErrors()) {
      for (ClassInfo info : own) {
        for (Stmt.FuncDecl d : info.undefinedMethods.values()) {
          module.diags.error(d.declarator(), "C method '" + d.def().name() + "' is declared but not defined");
        }
      }
    }
    for (ClassInfo info : own) {
      if (info.totalOrdering) ClassDecorators.totalOrderingWarning(module, info);
    }
    for (ClassInfo info : own) {
      // A cimporting module makes no pickling methods for another module's class.
      if (info.noAutoPickle || module.declaredModule != null) continue;
      Pickling.Defs pickling = Pickling.of(info, message -> module.diags.error(info.def.pos(), message));
      for (Stmt.FuncDef f : pickling.methods()) {
        info.defMethods.put(f.name(), f);
        info.synthesized.add(f);
      }
      if (pickling.unpickle() != null && !module.moduleNames.contains(pickling.unpickle().name())) {
        info.unpickle = pickling.unpickle();
        module.moduleNames.add(info.unpickle.name());
      }
    }
  }

  private void base(ClassInfo info) {
    List<Expr> bases = info.def.bases();
    if (bases.isEmpty()) return;
    if (bases.size() > 1) {
      long extBases = bases.stream().filter(b -> b instanceof Expr.Name n && named.containsKey(n.id())).count();
      if (extBases > 1) module.diags.error(bases.get(1).pos(), "Only one extension type base class allowed.");
      else module.diags.error(bases.get(1).pos(), "'Python classes as further bases of a cdef class' is not supported by pyxc");
      return;
    }
    Expr b = bases.get(0);
    if (b instanceof Expr.Name n && n.id().equals("object")) return;
    ClassInfo base = b instanceof Expr.Name n ? named.get(n.id()) : null;
    if (base == null && b instanceof Expr.Name n && !Builtins.NAMES.contains(n.id()) && !Types.KNOWN_TO_CYTHON.contains(n.id())
        && !n.id().equals("unicode") && !n.id().equals("basestring")) {
      // A module variable or an unknown name: nothing Cython can lay out a struct after.
      module.diags.error(b.pos(), "First base of '" + info.name() + "' is not an extension type");
      return;
    }
    BuiltinBase builtin = base == null && b instanceof Expr.Name n ? BuiltinBase.named(n.id()) : null;
    if (builtin != null && (builtin.name().equals("tuple") || builtin.name().equals("bytes"))) {
      module.diags.error(b.pos(), "inheritance from PyVarObject types like '" + builtin.name() + "' is not currently supported");
      return;
    }
    if (builtin != null) {
      info.builtinBase = builtin;
      return;
    }
    if (base == null) {
      module.diags.error(b.pos(), "base types other than cdef classes and builtin types of this module are not supported by pyxc");
      return;
    }
    if (base.isSubclassOf(info)) {
      module.diags.error(b.pos(), "Base class '" + base.name() + "' of type '" + info.name() + "' is incomplete");
      return;
    }
    if (base.def.decorators().stream().anyMatch(d -> "cython.final".equals(module.cythonNames.qualify(d.expr())))) {
      module.diags.error(b.pos(), "Base class '" + base.name() + "' of type '" + info.name() + "' is final");
      return;
    }
    info.base = base;
  }

  /**
   * {@code @cython.final} on a method: no subclass may override it, and only a final type may
   * mark a Python-visible (def or cpdef) method so. Records it; reports Cython's errors.
   */
  private void finalMethod(ClassInfo info, Stmt.FuncDef f) {
    for (Stmt.Decorator d : f.decorators()) {
      if (!"cython.final".equals(module.cythonNames.qualify(d.expr()))) continue;
      if ((!f.isCdef() || f.cdef().cpdef()) && !info.isFinal) {
        module.diags.error(d.pos(), "Only final types can have final Python (def/cpdef) methods");
      }
      info.finalMethods.add(f.name());
    }
    for (ClassInfo b = info.base; b != null; b = b.base) {
      if (b.finalMethods.contains(f.name())) {
        module.diags.error(f.pos(), "Overriding final methods is not allowed");
        return;
      }
    }
  }

  /**
   * A method whose parameters use fused types: its specializations, each a method of the kind it
   * is (a def one's reached from Python through the object its name is bound to).
   */
  private void fusedMethod(ClassInfo info, Stmt.FuncDef f) {
    // (a cimported .pxd's declaration is the method as its module compiled it)
    if (info.declaredInPxd && f.isCdef() && !info.declaredFusedMethods.contains(f.name()) && module.declaredModule == null || info.extern) {
      module.diags.error(f.pos(), "fused methods of a class a .pxd declares are not supported by pyxc");
      return;
    }
    for (Stmt.FuncDef spec : f.isCdef() ? module.fused.expandMethod(info, f) : module.fused.expandDefMethod(info, f)) {
      module.specialized(spec, () -> member(info, spec));
      // (a cpdef one's def wrapper is checked under the same bindings)
      if (f.isCdef() && f.cdef().cpdef() && info.defMethods.get(spec.name()) != null) {
        module.fused.bindAsSpecialization(info.defMethods.get(spec.name()), spec);
      }
      info.fusedSpecializations.add(spec);
      info.specializationsOf.computeIfAbsent(f, k -> new ArrayList<>()).add(spec);
    }
  }

  private void member(ClassInfo info, Stmt s) {
    if (s instanceof Stmt.FuncDecl d) {
      // A .pxd's `cdef int m(self, int x)`: the slot is declared; the .pyx must define it.
      if (module.ownDeclarations.contains(s) && module.declaredModule == null) info.declaredMethodOrder.add(d.def().name());
      if (module.ownDeclarations.contains(s) && module.declaredModule == null && module.fused.usesFusedTypes(d.def())) {
        // A fused method the module's own .pxd declares: the .pyx's definition gives its specializations.
        info.declaredFusedMethods.add(d.def().name());
        info.undefinedMethods.put(d.def().name(), d);
      } else if (module.ownDeclarations.contains(s) || module.declaredModule != null) {
        member(info, d.def());
        if (info.cmethods.containsKey(d.def().name()) && !d.def().cdef().inline()) info.undefinedMethods.put(d.def().name(), d);
      } else {
        module.diags.error(d.declarator(), "Non-extern C function '" + d.def().name() + "' declared but not defined");
      }
      return;
    }
    if (s instanceof Stmt.FuncDef f && f.isCdef() && info.declaredFusedMethods.contains(f.name()) && module.fused.usesFusedTypes(f)) {
      info.undefinedMethods.remove(f.name());
      fusedMethod(info, f);
      return;
    }
    if (s instanceof Stmt.FuncDef f && f.isCdef() && info.undefinedMethods.containsKey(f.name())) {
      definition(info, f);
      return;
    }
    if (s instanceof Stmt.FuncDef f && !f.isCdef() && !module.isSpecialization(f) && module.fused.usesFusedTypes(f)
        && (methods.decoratedByPython(f) || !EvaluatedDefaults.of(f).isEmpty())) {
      // A fused def method with decorators or defaults computed when the class statement runs: made
      // with the class body, as a Python class's is (see below).
      methods.madeInBody(info, f);
      return;
    }
    if (s instanceof Stmt.FuncDef f && !module.isSpecialization(f) && module.fused.usesFusedTypes(f)) {
      fusedMethod(info, f);
      return;
    }
    if (s instanceof Stmt.FuncDef f) finalMethod(info, f);
    BuiltinBase builtin = info.root().builtinBase;
    if (s instanceof Stmt.CDef cd && builtin != null && builtin.variableSize()) {
      module.diags.error(cd.pos(), "'attributes in a subclass of " + builtin.name() + "' is not supported by pyxc");
      return;
    }
    if (s instanceof Stmt.CDef cd) {
      boolean added = info.declaredInPxd && !module.ownDeclarations.contains(cd) && module.declaredModule == null;
      for (Stmt.Declarator d : cd.names()) {
        if (added) module.diags.error(d.pos(), "C attributes cannot be added in implementation part of extension type defined in a pxd");
        if (d.name().equals("__cythonbufferdefaults__") && d.init() != null) {
          // Not an attribute: the defaults of this class's buffer types (BufferTypes).
          if (d.init() instanceof Expr.DictExpr dict) info.bufferDefaults = dict;
          else module.diags.error(d.pos(), "Invalid buffer defaults specification (see docs)");
          continue;
        }
        TypeRef written = annotatedAttribute(d.typeIn(cd));
        CType t = module.withFusedMisuse("Fused types not allowed here", cd.pos(), () -> module.resolve(written));
        if (IncompleteTypes.reportVariable(t, d, module.diags)) continue;
        if (Types.bufferOf(t) != null) {
          module.diags.error(d.pos(), BufferTypes.LOCAL_ONLY);
          t = ((CType.PyObject) t).withoutBuffer();
        }
        // A public or readonly C array is a list to Python (bytes for a char array), as in Cython.
        boolean convertibleArray = t instanceof CType.CArray a && CPointers.convertsToPython(a);
        if (t instanceof CType.Pointer p && !p.isCharPtr() && cd.visibility() != Stmt.Visibility.PRIVATE) {
          // Cython's errors: a pointer has no Python form (named as written, a typedef by its name).
          String name = d.typeIn(cd) instanceof dev.pyxc.ast.TypeRef.Named n && module.types.cythonSpellings.containsKey(n.name())
              ? n.name() : t.name();
          module.diags.error(d.pos(), "C attribute of type '" + name + "' cannot be accessed from Python");
          module.diags.error(d.pos(), "Cannot convert '" + name + "' to Python object");
          if (cd.visibility() == Stmt.Visibility.PUBLIC) module.diags.error(d.pos(), "Cannot convert Python object to '" + name + "'");
          continue;
        }
        if ((t instanceof CType.CArray && !convertibleArray || t instanceof CType.Pointer) && cd.visibility() != Stmt.Visibility.PRIVATE) {
          module.diags.error(d.pos(), "'" + (t instanceof CType.CArray ? "public C array" : "public pointer")
              + " attributes of extension types' is not supported by pyxc");
          continue;
        }
        if (d.init() != null) {
          module.diags.error(d.pos(), "Cannot assign default value to fields in cdef classes, structs or unions");
        }
        if (d.name().equals("__weakref__") || d.name().equals("__dict__")) {
          special(info, cd, d, t);
          continue;
        }
        if (info.field(d.name()) != null || info.defMethods.containsKey(d.name()) || info.cmethods.containsKey(d.name())) {
          module.diags.error(d.pos(), "'" + d.name() + "' redeclared ");
          if (info.field(d.name()) != null) module.diags.error(info.field(d.name()).pos(), "Previous declaration is here");
          continue;
        }
        info.fields.put(d.name(), new ClassInfo.Field(d.name(), t, cd.visibility(), d.pos(), written));
      }
    } else if (s instanceof Stmt.FuncDef f && f.isCdef()) {
      if (f.name().startsWith("__") && f.name().endsWith("__") && !f.name().equals("__enter__") && !f.name().equals("__exit__")) {
        module.diags.error(f.pos(), "Special methods must be declared with 'def', not 'cdef'");
        return;
      }
      if (f.decorators().stream().anyMatch(d -> d.expr() instanceof Expr.Name n && n.id().equals("staticmethod"))) {
        module.diags.error(f.pos(), "'static cdef method' is not supported by pyxc");
        return;
      }
      if (f.params().isEmpty()) {
        module.diags.error(f.pos(), "C method has no self argument");
        return;
      }
      Stmt.Param self = f.params().get(0);
      if (self.type() != null && !(module.resolve(self.type()) instanceof CType.PyObject)) {
        module.diags.error(f.pos(), "Self argument (" + module.resolve(self.type()).name() + ") of C method '" + f.name()
            + "' does not match parent type (" + info.name() + ")");
        return;
      }
      if (redeclared(info, f)) return;
      if (f.cdef().varargs()) module.diags.error(f.pos(), "'cdef methods with C varargs' is not supported by pyxc");
      CFunction sig = module.signatureOf(f);
      List<CType> params = new ArrayList<>(sig.params());
      params.set(0, info.type());
      info.cmethods.put(f.name(), new CFunction(f.name(), List.copyOf(params), sig.returnType(), sig.propagation(),
          sig.errorValue(), sig.inline(), info.name(), sig.defaults(), sig.cpdef(), sig.paramNames()).withNogil(f.cdef().nogil())
          .withExcept(sig.except()));
      if (f.cdef().cpdef()) {
        Stmt.FuncDef wrapper = CSignatures.cpdefMethodWrapper(f, info.name());
        info.defMethods.put(f.name(), wrapper);
        info.synthesized.add(wrapper);
      }
      CFunction inherited = info.base == null ? null : info.base.cmethod(f.name());
      CFunction mine = info.cmethods.get(f.name());
      if (inherited != null && (inherited.cpdef() && !mine.cpdef() || !(sameParameters(inherited, mine)
          && narrowerOrSame(mine.returnType(), inherited.returnType())
          && inherited.propagation() == mine.propagation() && java.util.Objects.equals(inherited.errorValue(), mine.errorValue())))) {
        // A vtable slot has one C signature: an override must keep it.
        module.diags.error(f.pos(), "Signature not compatible with previous declaration");
        Stmt.FuncDef previous = info.base.cmethodDef(f.name());
        if (previous != null) module.diags.error(previous.pos(), "Previous declaration is here");
      }
    } else if (s instanceof Stmt.FuncDef f && methods.accessor(info, f)) {
      // a property's getter, setter or deleter
    } else if (s instanceof Stmt.FuncDef f) {
      if (f.name().equals("__init_subclass__")) {
        // An extension type's subclasses are made by C code that never calls it.
        module.diags.error(f.decorators().isEmpty() ? f.pos() : f.decorators().get(0).pos(),
            "'__init_subclass__' is not supported by extension class");
        return;
      }
      if (SLOT_METHODS.contains(f.name())) {
        module.diags.error(f.pos(), "special method '" + f.name() + "' of a cdef class is not supported by pyxc");
        return;
      }
      int[] arity = SLOT_ARITY.get(f.name());
      if (arity != null && !f.decorators().isEmpty()) {
        module.diags.error(f.pos(), "decorators on special methods of cdef classes are not supported by pyxc");
        return;
      }
      if (arity == null && methods.decoratedByPython(f)) {
        methods.madeInBody(info, f);
        return;
      }
      if (arity != null && (f.params().size() < arity[0] || (arity[1] >= 0 && f.params().size() > arity[1]))) {
        String expected = arity[0] + (arity[1] < 0 ? " or more" : arity[1] > arity[0] ? " to " + arity[1] : "");
        module.diags.error(f.pos(), "Special method " + f.name() + " has wrong number of arguments (" + f.params().size()
            + " declared, " + expected + " expected)");
        return;
      }
      if (arity != null && arity[1] >= 0) slotDefaults(f);
      if (f.name().equals("__cinit__") && f.params().isEmpty()) {
        module.diags.error(f.pos(), "Special method __cinit__ has wrong number of arguments (0 declared, 1 or more expected)");
        return;
      }
      if (f.name().equals("__dealloc__") && f.params().size() != 1) {
        module.diags.error(f.pos(), "Special method __dealloc__ has wrong number of arguments (" + f.params().size()
            + " declared, 1 expected)");
        return;
      }
      Stmt.Param.Kind firstKind = f.params().isEmpty() ? null : f.params().get(0).kind();
      if (ClassInfo.methodKind(f) != ClassInfo.MethodKind.STATIC && (firstKind == null || firstKind == Stmt.Param.Kind.DSTAR)) {
        module.diags.error(f.pos(), "Method " + f.name() + " has wrong number of arguments (0 declared, 1 or more expected)");
        return;
      }
      if (VOID_SLOTS.contains(f.name())) returnsValue(f.body());
      if (redeclared(info, f)) return;
      info.defMethods.put(f.name(), f);
    } else if (s instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n) {
      // A class attribute: an entry of the type's dict, read-only once the type is ready.
      Expr v = a.value();
      boolean literal = v instanceof Expr.IntLit || v instanceof Expr.FloatLit || v instanceof Expr.StrLit
          || v instanceof Expr.BoolLit || v instanceof Expr.NoneLit;
      // A literal is put in the type's dict when the type is made, unless a statement that runs
      // with the body comes first (it might read the name before this binds it).
      if (!literal || !info.bodyStatements.isEmpty() || declaredGlobal(info, n.id())) {
        info.bodyStatements.add(s);
      } else if (info.fields.containsKey(n.id()) || info.defMethods.containsKey(n.id()) || info.cmethods.containsKey(n.id())
          || info.properties.containsKey(n.id()) || info.constants.containsKey(n.id())) {
        module.diags.error(n.pos(), "'" + n.id() + "' redeclared ");
      } else {
        info.constants.put(n.id(), v);
      }
    } else if (s instanceof Stmt.Pass) {
      // nothing to declare
    } else {
      // Run where the class statement stands, with the type's dict as the namespace (as Cython does).
      info.bodyStatements.add(s);
    }
  }

  /**
   * An attribute declared by an annotation with a name ({@code size: real}): the C type of that
   * name (a ctypedef, struct, union or enum) as Cython declares it, else the extension type or
   * object the name stands for.
   */
  private TypeRef annotatedAttribute(TypeRef t) {
    if (t instanceof TypeRef.ClassAnnotation a && module.types.lookup(a.name()) != null
        && !(module.types.lookup(a.name()) instanceof CType.PyObject)) {
      return new TypeRef.Named(a.name(), a.pos());
    }
    return t;
  }


  /**
   * {@code cdef object __weakref__} makes instances weakly referenceable and {@code cdef dict
   * __dict__} gives them an attribute dict: slots of the type, not attributes code reads.
   */
  private void special(ClassInfo info, Stmt.CDef cd, Stmt.Declarator d, CType t) {
    boolean weak = d.name().equals("__weakref__");
    boolean rightType = weak ? t.equals(CType.OBJECT) : t instanceof CType.PyObject o && "dict".equals(o.builtin());
    if (cd.visibility() != Stmt.Visibility.PRIVATE) {
      module.diags.error(d.pos(), "Special attribute " + d.name() + " cannot be exposed to Python");
    } else if (!rightType) {
      module.diags.error(d.pos(), "Special attribute " + d.name() + " must be of type " + (weak ? "object" : "dict"));
    } else if (weak) {
      info.weakrefs = true;
    } else {
      info.instanceDict = true;
    }
  }

  /**
   * A slot's parameters are the C slot's, not a Python signature: no defaults, but for the
   * modulus of the ternary power methods, which may default to None (what the slot passes).
   */
  private void slotDefaults(Stmt.FuncDef f) {
    for (int i = 0; i < f.params().size(); i++) {
      Expr d = f.params().get(i).defaultValue();
      if (d == null) continue;
      boolean modulus = i == 2 && f.name().matches("__[ri]?pow__");
      if (!modulus) module.diags.error(f.params().get(i).pos(), "This argument cannot have a default value");
      else if (!(d instanceof Expr.NoneLit)) module.diags.error(f.params().get(i).pos(), "This argument cannot have a non-None default value");
    }
  }

  /** The special methods whose slots return no value (a status), so that a returned value is Cython's error. */
  private static final Set<String> VOID_SLOTS = Set.of("__dealloc__", "__del__", "__init__", "__cinit__", "__setitem__",
      "__delitem__", "__setattr__", "__delattr__", "__set__", "__delete__");

  /** A slot returning nothing: a returned value is Cython's error. */
  private void returnsValue(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.Return r && r.value() != null) module.diags.error(r.value().pos(), "Return with value in void function");
      for (List<Stmt> inner : Stmts.blocks(s)) returnsValue(inner);
    }
  }

  /**
   * Whether an override's parameters fit the vtable slot of the method it overrides: the same
   * after self, or (Cython's rule) those followed by more optional ones, as many required.
   */
  private static boolean sameParameters(CFunction inherited, CFunction mine) {
    int n = inherited.params().size();
    return mine.params().size() >= n && withoutDefault(mine) == withoutDefault(inherited)
        && inherited.params().subList(1, n).equals(mine.params().subList(1, n));
  }

  private static long withoutDefault(CFunction f) {
    return f.defaults().stream().filter(java.util.Objects::isNull).count();
  }

  /**
   * Whether an override may return {@code mine} where the overridden method returns {@code theirs}:
   * the same type, or (both being objects in C) an extension type where theirs is object or a base.
   */
  private boolean narrowerOrSame(CType mine, CType theirs) {
    if (mine.equals(theirs)) return true;
    ClassInfo m = module.classOf(mine);
    if (m == null || !(theirs instanceof CType.PyObject t)) return false;
    if (!t.isExtType()) return theirs.equals(CType.OBJECT);
    ClassInfo base = module.classOf(theirs);
    return base != null && m.isSubclassOf(base);
  }

  /** The {@code .pyx}'s definition of a cdef method its {@code .pxd} declares: the same signature. */
  private void definition(ClassInfo info, Stmt.FuncDef f) {
    Stmt.FuncDecl decl = info.undefinedMethods.remove(f.name());
    CFunction declared = info.cmethods.get(f.name());
    CFunction sig = module.signatureOf(f);
    List<CType> params = new ArrayList<>(sig.params());
    params.set(0, info.type());
    // A cpdef definition of what the .pxd declares cdef is accepted (Cython warns), not the other way round.
    boolean same = declared.params().equals(params) && declared.returnType().equals(sig.returnType())
        && CSignatures.compatibleExceptions(decl.def().cdef().except(), f.cdef().except(), sig.returnType())
        && (!declared.cpdef() || sig.cpdef());
    if (!same) {
      module.diags.error(f.pos(), "Function signature does not match previous declaration");
      return;
    }
    if (declared.nogil() != f.cdef().nogil()) {
      // The vtable slot's type says whether callers may call it without the GIL: both must agree.
      module.diags.error(f.pos(), "Signature not compatible with previous declaration");
      module.diags.error(decl.declarator(), "Previous declaration is here");
      return;
    }
    info.cmethods.put(f.name(), declared.definedBy(sig));
    if (sig.cpdef()) {
      // The Python method is the definition's (its defaults, `=*` in the .pxd, and docstring), not the declaration's.
      if (declared.cpdef()) info.synthesized.remove(info.defMethods.get(f.name()));
      Stmt.FuncDef wrapper = CSignatures.cpdefMethodWrapper(f, info.name());
      info.defMethods.put(f.name(), wrapper);
      info.synthesized.add(wrapper);
    }
  }

  private boolean redeclared(ClassInfo info, Stmt.FuncDef f) {
    if (info.fields.containsKey(f.name()) || info.defMethods.containsKey(f.name()) || info.cmethods.containsKey(f.name())
        || info.properties.containsKey(f.name())) {
      module.diags.error(f.pos(), "'" + f.name() + "' redeclared ");
      ClassInfo.Field field = info.fields.get(f.name());
      if (field != null) module.diags.error(field.pos(), "Previous declaration is here");
      return true;
    }
    return false;
  }
}
