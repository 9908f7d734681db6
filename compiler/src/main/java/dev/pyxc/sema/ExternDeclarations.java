package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code cdef extern} blocks declare to a module: C functions (called directly, by their C
 * names), C variables and constants, and the headers and verbatim C the module's C must
 * include, in the order they were declared.
 */
final class ExternDeclarations {
  /** A C variable or constant ({@code int INT_MAX}, {@code double HUGE_VAL}): read, or written unless const. */
  record Variable(String name, String cName, CType type, boolean isConst, dev.pyxc.diag.Pos pos) {}

  final Map<String, Variable> variables = new LinkedHashMap<>();
  /** {@code #include <...>} lines and {@code from *} blocks' C, each once. */
  final Set<String> preamble = new LinkedHashSet<>();

  private final Checker module;
  private final Diagnostics diags;

  ExternDeclarations(Checker module, Diagnostics diags) {
    this.module = module;
    this.diags = diags;
  }

  /** Declares a block's names (all of them, or those {@code only} lists, by their bound names). */
  void declare(Stmt.CExtern block, Map<String, String> only) {
    boolean outer = module.resolvingExtern;
    module.resolvingExtern = true;
    try {
      declareAll(block, only);
    } finally {
      module.resolvingExtern = outer;
    }
  }

  /** The type declarations of bundled files already declared here (the files are parsed once, so each is one statement). */
  private final Set<Stmt> cimportedTypes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  private void declareAll(Stmt.CExtern block, Map<String, String> only) {
    // A block's verbatim C comes before its header, as in Cython (it may configure the header).
    if (block.code() != null) preamble.add(block.code());
    if (block.header() != null) {
      String h = block.header();
      preamble.add(h.startsWith("<") ? "#include " + h : "#include \"" + h + "\"");
    }
    for (Stmt.ExternDecl d : block.decls()) {
      if (d instanceof Stmt.ExternClass) continue; // a class: see ClassChecks.declareExtern
      String bound = only == null ? d.name() : only.get(d.name());
      if (d instanceof Stmt.ExternType et && only != null) {
        // Types (and enum constants) a cimported declaration uses come along, once however often
        // cimported, by their own names; those not cimported by name give way to the module's own.
        if (cimportedTypes.add(et.type())) {
          module.types.declare(et.type(), et.cname(), true);
          module.types.defineAll();
          if (d.name() != null) module.types.implicit.add(d.name());
        }
        if (bound != null && bound.equals(d.name())) module.types.implicit.remove(bound);
        else if (bound != null && module.types.names.containsKey(d.name())) module.types.names.put(bound, module.types.names.get(d.name()));
        continue;
      }
      if (bound == null) continue;
      if (d instanceof Stmt.ExternType && only == null) continue;
      if (d instanceof Stmt.ExternFunction f && only == null && module.cdefs.awaitsDefinition(bound)
          && module.cdefs.implementsDeclared(bound, signature(f, bound), f.pos())) {
        continue;
      }
      if (only != null && sameCName(d, bound)) continue; // the same C name cimported again (SEEK_SET from stdio and unistd)
      CFunction earlier = module.cfunctions.get(bound);
      if (d instanceof Stmt.ExternFunction f && earlier != null && earlier.extern() != null) {
        // A header's function declared again (by the module, after a cimport declared it): the first
        // declaration stands, as in Cython, which warns at the parameters when the two differ beyond const.
        if (!sameButConst(earlier, signature(f, bound))) {
          diags.warning(new dev.pyxc.diag.Pos(f.pos().line(), f.pos().col() + f.name().length(), f.pos().file()),
              "Function signature does not match previous declaration");
        }
        continue;
      }
      if (module.cfunctions.containsKey(bound) || variables.containsKey(bound) || module.variables.containsKey(bound)) {
        diags.error(d.pos(), "'" + bound + "' redeclared ");
        continue;
      }
      if (d instanceof Stmt.ExternFunction f) {
        CFunction sig = signature(f, bound);
        module.cfunctions.put(bound, sig);
        if (block.declaredHere()) preamble.add(prototype(sig, f.cname(), f.varargs()));
      } else if (d instanceof Stmt.ExternVariable v) {
        CType t = module.resolve(v.type());
        if (block.declaredHere() && t.isRefcounted()) {
          diags.error(v.pos(), "Python object cannot be declared extern");
          continue;
        }
        variables.put(bound, new Variable(bound, v.cname(), t, v.isConst(), v.pos()));
        if (block.declaredHere()) preamble.add("extern " + dev.pyxc.ir.CSpelling.declare(t, v.cname()) + ";");
      }
    }
  }

  private static boolean sameButConst(CFunction a, CFunction b) {
    if (a.params().size() != b.params().size() || a.varargs() != b.varargs() || !a.except().equals(b.except())) return false;
    for (int i = 0; i < a.params().size(); i++) if (!unconst(a.params().get(i)).equals(unconst(b.params().get(i)))) return false;
    return unconst(a.returnType()).equals(unconst(b.returnType()));
  }

  private static CType unconst(CType t) {
    return t instanceof CType.Pointer p ? p.withoutConst() : t;
  }

  /** Whether {@code bound} already names the C variable or function that {@code d} declares. */
  private boolean sameCName(Stmt.ExternDecl d, String bound) {
    if (d instanceof Stmt.ExternVariable v && variables.get(bound) != null) return variables.get(bound).cName().equals(v.cname());
    CFunction f = module.cfunctions.get(bound);
    return d instanceof Stmt.ExternFunction ef && f != null && f.extern() != null && f.extern().cName().equals(ef.cname());
  }

  /**
   * {@code from libc.X cimport a, b as c} of one of pyxc's bundled declaration
   * files: declares the names it lists. False when pyxc bundles no such file.
   */
  boolean cimport(Stmt.CImport c) {
    List<Stmt.CExtern> blocks = BundledPxd.externs(c.module());
    if (blocks == null) return false;
    Map<String, String> only = new LinkedHashMap<>();
    if (c.names().isEmpty()) {
      // `cimport libc.stdlib [as m]`: its names as `libc.stdlib.malloc` (`m.malloc`), which the parser reads as one name.
      String prefix = (c.alias() != null ? c.alias() : c.module()) + ".";
      for (Stmt.CExtern b : blocks) for (Stmt.ExternDecl d : b.decls()) only.put(d.name(), prefix + d.name());
      for (Stmt.CExtern b : blocks) declare(b, only);
      // Enum constants too: `cpython.buffer.PyBUF_WRITABLE`.
      for (Stmt.CExtern b : blocks) {
        for (Stmt.ExternDecl d : b.decls()) {
          if (!(d instanceof Stmt.ExternType et && et.type() instanceof Stmt.EnumDef e)) continue;
          for (Stmt.EnumMember m : e.members()) {
            TypeDeclarations.EnumConstant k = module.types.constants.get(m.name());
            if (k != null) module.types.constants.putIfAbsent(prefix + m.name(), k);
          }
        }
      }
      return true;
    }
    Set<String> declared = new java.util.HashSet<>();
    for (Stmt.CExtern b : blocks) for (Stmt.ExternDecl d : b.decls()) declared.addAll(names(d));
    if (c.names().size() == 1 && c.names().get(0).name().equals("*")) {
      for (String d : declared) only.put(d, d);
      for (Stmt.CExtern b : blocks) declare(b, only);
      return true;
    }
    for (Stmt.Alias a : c.names()) {
      if (!declared.contains(a.name()) && BundledPxd.externs(c.module() + "." + a.name()) != null) {
        // `from cpython cimport mem`: the package's module, as `mem.PyMem_Malloc`.
        cimport(new Stmt.CImport(c.module() + "." + a.name(), a.asName() != null ? a.asName() : a.name(), List.of(), a.pos(), a.pos()));
        continue;
      }
      if (!declared.contains(a.name()) && c.module().startsWith("cpython") && Types.named(a.name()) instanceof CType.PyObject o
          && o.builtin() != null) {
        // Cython's cpython files declare builtin types as extern classes (tested as subclasses, with other messages).
        diags.error(a.pos(), "'" + a.name() + "' of " + c.module() + ", an extern class there (the builtin type needs no cimport), is not"
            + " supported by pyxc");
        continue;
      }
      if (!declared.contains(a.name()) && module.declarationFile(c.module() + "." + a.name()) != null) {
        // `from cpython cimport datetime`: a declaration file with functions of its own (pxd-modules), as `datetime.date_new`.
        module.userCimports.cimport(new Stmt.CImport(c.module() + "." + a.name(), a.asName() != null ? a.asName() : a.name(), List.of(),
            a.pos(), a.pos()));
        continue;
      }
      if (!declared.contains(a.name()) && c.module().equals("cpython") && CYTHON_CPYTHON_MODULES.contains(a.name())) {
        diags.error(a.pos(), "cimport of 'cpython." + a.name() + "' is not supported by pyxc");
        continue;
      }
      if (!declared.contains(a.name()) && a.asName() == null && Types.named(a.name()) instanceof CType.Struct) {
        continue; // Py_buffer: a builtin C type, which Cython's cpython.buffer also names
      }
      if (!declared.contains(a.name()) && Builtins.CIMPORTABLE.contains(a.name())) {
        module.builtinAliases.put(a.asName() != null ? a.asName() : a.name(), a.name());
        continue;
      }
      if (!declared.contains(a.name())) {
        // Cython looks for a name the module does not declare as a module of that name.
        diags.error(c.pos(), "'" + (c.module() + "." + a.name()).replace('.', '/') + ".pxd' not found");
        module.missingModules.add(a.asName() != null ? a.asName() : a.name());
        continue;
      }
      Stmt.ExternClass cls = externClass(blocks, a.name());
      if (cls != null) {
        // `from cpython.bool cimport bool`: the builtin type as the extern class Cython declares it there.
        if (a.asName() != null) diags.error(a.pos(), "cimport of the class '" + a.name() + "' under another name is not supported by pyxc");
        else module.classes.declareExtern(cls, true);
        continue;
      }
      only.put(a.name(), a.asName() != null ? a.asName() : a.name());
    }
    for (Stmt.CExtern b : blocks) declare(b, only);
    return true;
  }

  /** Packages of declaration files that declare nothing themselves. */
  private static final Set<String> BARE_PACKAGES = Set.of("libc", "posix");

  /**
   * {@code from libc cimport math, stdlib as sl} as the cimports of each module it names
   * ({@code cimport libc.math as math}); any other cimport as it is.
   */
  static List<Stmt.CImport> modulesOfPackage(Stmt.CImport c) {
    if (!BARE_PACKAGES.contains(c.module()) || c.names().isEmpty() || c.names().get(0).name().equals("*")) return List.of(c);
    return c.names().stream()
        .map(a -> new Stmt.CImport(c.module() + "." + a.name(), a.asName() != null ? a.asName() : a.name(), List.of(), a.pos(), a.pos()))
        .toList();
  }

  /** The modules of Cython 3.3's cpython package (those pyxc does not bundle are named as unsupported). */
  private static final Set<String> CYTHON_CPYTHON_MODULES = Set.of("array", "bool", "buffer", "bytearray", "bytes", "cellobject",
      "ceval", "codecs", "complex", "contextvars", "conversion", "datetime", "descr", "dict", "exc", "fileobject", "float",
      "frozendict", "function", "genobject", "getargs", "instance", "iterator", "iterobject", "list", "long", "longintrepr",
      "mapping", "marshal", "mem", "memoryview", "method", "module", "number", "object", "pycapsule", "pylifecycle", "pyport",
      "pystate", "pythread", "ref", "sentinel", "sequence", "set", "slice", "time", "tuple", "type", "unicode", "version", "weakref");

  /** The names a declaration makes: an enum's constants besides its own name. */
  private static Stmt.ExternClass externClass(List<Stmt.CExtern> blocks, String name) {
    for (Stmt.CExtern b : blocks) {
      for (Stmt.ExternDecl d : b.decls()) if (d instanceof Stmt.ExternClass ec && ec.def().name().equals(name)) return ec;
    }
    return null;
  }

  static List<String> names(Stmt.ExternDecl d) {
    List<String> out = new java.util.ArrayList<>();
    if (d.name() != null) out.add(d.name());
    if (d instanceof Stmt.ExternType et && et.type() instanceof Stmt.EnumDef e) e.members().forEach(m -> out.add(m.name()));
    return out;
  }

  /**
   * A declared function's signature: an extern function checks for exceptions only as its clause
   * says (Cython: no clause means none, unlike a cdef function), except that an object result is
   * always checked: NULL means an exception was raised, as Cython's calls test it.
   */
  private CFunction signature(Stmt.ExternFunction f, String bound) {
    Stmt.ExceptSpec except = f.except().kind() == Stmt.ExceptSpec.Kind.DEFAULT && !LegacyNoexcept.returnsObject(module, f.returnType())
        ? new Stmt.ExceptSpec(Stmt.ExceptSpec.Kind.NOEXCEPT, null, f.pos()) : f.except();
    Stmt.FuncDef def = new Stmt.FuncDef(bound, f.params(), f.returnType(), null, List.of(), List.of(),
        new Stmt.CSignature(false, except, false, null), f.pos());
    return CSignatures.of(def, module::resolve, diags, true).asExtern(new CFunction.Extern(f.cname(), f.varargs())).withNogil(f.nogil());
  }

  /** The C declaration of a function a {@code cdef extern} without a header names, as the module writes it. */
  private static String prototype(CFunction f, String cname, boolean varargs) {
    List<String> params = new ArrayList<>(f.params().stream().map(dev.pyxc.ir.CSpelling::bare).toList());
    if (varargs) params.add("...");
    return dev.pyxc.ir.CSpelling.declare(f.returnType(), cname + "(" + (params.isEmpty() ? "void" : String.join(", ", params)) + ")") + ";";
  }

  List<String> preamble() {
    return new ArrayList<>(preamble);
  }
}
