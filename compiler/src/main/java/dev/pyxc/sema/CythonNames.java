package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Diagnostics;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The names a module's cimports bind: Cython's own modules ({@code cimport cython [as cy]},
 * {@code from cython cimport view, boundscheck}, {@code from cython.view cimport contiguous}) and
 * C's math library ({@code from libc.math cimport sqrt}).
 * Each local name maps to the dotted path it stands for, so {@code cy.boundscheck} and a
 * cimported {@code boundscheck} both read as {@code cython.boundscheck}.
 */
final class CythonNames {
  /** Modules that exist for Cython but whose declarations pyxc does not provide. */
  private static final Set<String> KNOWN_ELSEWHERE = Set.of("numpy", "libc", "libcpp", "cpython", "posix", "openmp");

  private final Map<String, String> bound = new HashMap<>();

  void add(Stmt.CImport c, Diagnostics diags) {
    if (c.module().equals("libc.math")) {
      for (Stmt.Alias a : c.names()) {
        // An unknown name stays bound, so that its uses get Cython's message too.
        if (!LibcMath.declares(a.name())) diags.error(c.pos(), "'libc/math/" + a.name() + ".pxd' not found");
        bound.put(a.asName() != null ? a.asName() : a.name(), "libc.math." + a.name());
      }
      if (c.names().isEmpty()) bound.put(c.alias() != null ? c.alias() : "libc", c.alias() != null ? "libc.math" : "libc");
      return;
    }
    if (!c.module().equals("cython") && !c.module().equals("cython.view")) {
      String top = c.module().split("\\.")[0];
      if (KNOWN_ELSEWHERE.contains(top)) {
        diags.error(c.modulePos(), "cimport of '" + c.module() + "' is not supported by pyxc");
      } else {
        diags.error(c.modulePos(), "'" + c.module().replace('.', '/') + ".pxd' not found");
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

  /** The dotted Cython path an expression names ({@code cython.view.contiguous}), or null. */
  String qualify(Expr e) {
    if (e instanceof Expr.Name n) return bound.get(n.id());
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

  boolean binds(String name) {
    return bound.containsKey(name);
  }
}
