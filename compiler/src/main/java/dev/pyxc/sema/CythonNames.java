package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Diagnostics;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The names a module's cimports bind to Cython's own modules ({@code cimport cython [as cy]},
 * {@code from cython cimport view, boundscheck}, {@code from cython.view cimport contiguous}).
 * Each local name maps to the dotted path it stands for, so {@code cy.boundscheck} and a
 * cimported {@code boundscheck} both read as {@code cython.boundscheck}.
 */
public final class CythonNames {
  /** The Cython release whose behaviour pyxc follows (its command line, `cython.__version__`). */
  public static final String CYTHON_VERSION = "3.3.0";

  /** Modules that exist for Cython but whose declarations pyxc does not provide. */
  private static final Set<String> KNOWN_ELSEWHERE = Set.of("numpy", "libc", "libcpp", "cpython", "posix", "openmp");

  private final Map<String, String> bound = new HashMap<>();

  void add(Stmt.CImport c, Diagnostics diags) {
    if (c.module().equals("cython.parallel") || c.module().startsWith("cython.parallel.")) {
      parallel(c, diags);
      return;
    }
    if (c.names().size() == 1 && c.names().get(0).name().equals("*") && (c.module().equals("cython") || c.module().startsWith("cython."))) {
      diags.error(c.names().get(0).pos(), "'cimport *' is not supported by pyxc");
      return;
    }
    if (c.module().equals("cython.operator")) {
      // cimport cython.operator [as op]; from cython.operator cimport dereference [as deref], ...
      if (c.names().isEmpty()) {
        bound.put(c.alias() != null ? c.alias() : "cython", c.alias() != null ? c.module() : "cython");
      } else {
        for (Stmt.Alias a : c.names()) bound.put(a.asName() != null ? a.asName() : a.name(), c.module() + "." + a.name());
      }
      return;
    }
    if (c.module().startsWith("cython.") && !c.module().equals("cython.view")) {
      String invalid = invalidCythonModule(c.module());
      diags.error(c.modulePos(), invalid != null ? invalid : "cimport of '" + c.module() + "' is not supported by pyxc");
      return;
    }
    if (!c.module().equals("cython") && !c.module().equals("cython.view")) {
      String top = c.module().split("\\.")[0];
      if (KNOWN_ELSEWHERE.contains(top)) {
        diags.error(c.modulePos(), "cimport of '" + c.module() + "' is not supported by pyxc");
      } else if (c.names().isEmpty()) {
        diags.error(c.modulePos(), "'" + c.module().replace('.', '/') + ".pxd' not found");
      } else {
        // Cython then looks for each name as a module of that package, in vain too.
        diags.error(c.pos(), "'" + c.module().replace('.', '/') + ".pxd' not found");
        for (Stmt.Alias a : c.names()) diags.error(c.pos(), "'" + (c.module() + "." + a.name()).replace('.', '/') + ".pxd' not found");
      }
      return;
    }
    if (c.names().isEmpty()) {
      // `cimport cython.view` binds `cython`, as a Python import of a submodule does.
      if (c.alias() != null) bound.put(c.alias(), c.module());
      else bound.put("cython", "cython");
      return;
    }
    for (Stmt.Alias a : c.names()) {
      bound.put(a.asName() != null ? a.asName() : a.name(), c.module() + "." + a.name());
    }
  }

  /** What {@code cython.parallel} provides. */
  private static final java.util.List<String> PARALLEL_NAMES = java.util.List.of("parallel", "prange", "threadid");

  /** {@code cimport cython.parallel [as p]}, {@code from cython.parallel cimport prange, ...} (or *), and Cython's errors. */
  private void parallel(Stmt.CImport c, Diagnostics diags) {
    if (!c.module().equals("cython.parallel")) {
      diags.error(c.modulePos(), c.module() + " is not a module");
      return;
    }
    if (c.names().isEmpty()) {
      bound.put(c.alias() != null ? c.alias() : "cython", c.alias() != null ? c.module() : "cython");
      return;
    }
    for (Stmt.Alias a : c.names()) {
      if (a.name().equals("*")) {
        for (String n : PARALLEL_NAMES) bound.put(n, "cython.parallel." + n);
      } else if (!PARALLEL_NAMES.contains(a.name())) {
        diags.error(c.pos(), "No such directive: cython.parallel." + a.name());
      } else {
        bound.put(a.asName() != null ? a.asName() : a.name(), "cython.parallel." + a.name());
      }
    }
  }

  /** Cython's submodules; any other {@code cython.X} is not a module. */
  private static final Set<String> CYTHON_SUBMODULES = Set.of("cimports", "dataclasses", "operator", "parallel", "view");

  /**
   * Names of Cython's {@code cython} module that are neither C types nor directives: its scope's
   * entries and what its parser makes of {@code cython.X} itself.
   */
  private static final Set<String> SCOPE_NAMES = Set.of("NULL", "__version__", "compiled", "set", "frozenset", "staticmethod",
      "cdiv", "cmod", "array", "PyTypeObject", "PyObject_TypeCheck", "struct", "union", "typedef", "const", "volatile",
      "exceptval", "annotation_typing", "Py_UCS4", "Py_UNICODE", "Py_hash_t", "Py_ssize_t", "size_t", "bint", "void",
      "p_void", "pp_void", "ufunc", "dataclasses", "parallel", "operator", "view", "cimports", "int", "long", "float", "complex");

  /**
   * Whether {@code qualified} ({@code cython.X}) is something Cython's {@code cython} module has:
   * a C type, a directive or another of its names. Cython reports any other attribute as no valid
   * one, where pyxc would say an expression of it is not supported.
   */
  static boolean knownToCython(String qualified, java.util.function.Function<String, CType> typeNamed) {
    if (!qualified.startsWith("cython.")) return true;
    String attr = qualified.substring("cython.".length());
    if (attr.contains(".")) return true; // (a submodule's, checked where its cimport is)
    return SCOPE_NAMES.contains(attr) || Directives.isKnown(attr) || DirectiveUses.isCythonName(attr)
        || Types.named(attr) != null || typeNamed.apply(qualified) != null;
  }

  /** Misspellings Cython recognises, by prefix, and what was meant. */
  private static final java.util.List<java.util.Map.Entry<String, String>> CYTHON_MODULE_HINTS = java.util.List.of(
      java.util.Map.entry("imp", "cimports"), java.util.Map.entry("cimp", "cimports"), java.util.Map.entry("para", "parallel"),
      java.util.Map.entry("parra", "parallel"), java.util.Map.entry("dataclass", "dataclasses"));

  /** Cython's message for {@code cython.X} that is no Cython module, or null when it is one. */
  static String invalidCythonModule(String module) {
    String sub = module.split("\\.")[1];
    if (CYTHON_SUBMODULES.contains(sub)) return null;
    String extra = "";
    for (java.util.Map.Entry<String, String> h : CYTHON_MODULE_HINTS) {
      if (module.startsWith("cython." + h.getKey())) {
        extra = ". Did you mean 'cython." + h.getValue() + "' ?";
        break;
      }
    }
    if (extra.isEmpty() && (Directives.isKnown(sub) || DirectiveUses.isCythonName(sub))) {
      extra = ". Instead, use 'import cython' and then 'cython." + sub + "'.";
    }
    return "'" + module + "' is not a valid cython.* module" + extra;
  }

  /** The dotted Cython path an expression names ({@code cython.view.contiguous}), or null. */
  String qualify(Expr e) {
    if (e instanceof Expr.Name n) return qualify(n.id()); // (a dotted one: cython.view.array read as one name)
    if (e instanceof Expr.Attribute a) {
      String base = qualify(a.obj());
      return base == null ? null : base + "." + a.name();
    }
    return null;
  }

  /** The same for a dotted name as written in a type ({@code view.contiguous}). */
  String qualify(String dotted) {
    int dot = dotted.indexOf('.');
    String base = bound.get(dot < 0 ? dotted : dotted.substring(0, dot));
    return base == null ? null : base + (dot < 0 ? "" : dotted.substring(dot));
  }

  /** {@code name} bound to what {@code other} binds {@code as} (a cimported .pxd's name). */
  void bindAs(String name, CythonNames other, String as) {
    bound.put(name, other.bound.get(as));
  }

  /** The names bound to Cython's own (a file's {@code from cython cimport integral}), which a cimport of the file takes too. */
  Set<String> names() {
    return bound.keySet();
  }

  boolean binds(String name) {
    return bound.containsKey(name);
  }
}
