package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import cython}, {@code import cython as cy}, {@code import cython.view} and
 * {@code from cython import typeof} in top-level code are compile-time names, as in Cython: there
 * is no module {@code cython} to import at run time. They are read as the cimports they mean
 * before the module is checked; an import statement that names other modules too keeps those.
 */
final class CythonImports {
  private CythonImports() {}

  static List<Stmt> asCImports(List<Stmt> body) {
    List<Stmt> out = new ArrayList<>(body.size());
    for (Stmt s : body) {
      if (s instanceof Stmt.ImportStar i && isCython(i.fromModule())) {
        out.add(new Stmt.CImport(i.fromModule(), null, List.of(new Stmt.Alias("*", null, i.pos())), i.pos(), i.pos()));
      } else if (!(s instanceof Stmt.Import i)) {
        out.add(s);
      } else if (i.fromModule() != null) {
        out.add(isCython(i.fromModule()) ? new Stmt.CImport(i.fromModule(), null, i.names(), i.pos(), i.pos()) : i);
      } else {
        List<Stmt.Alias> others = new ArrayList<>();
        for (Stmt.Alias a : i.names()) {
          if (isCython(a.name())) out.add(new Stmt.CImport(a.name(), a.asName(), List.of(), i.pos(), a.pos()));
          else others.add(a);
        }
        if (!others.isEmpty()) out.add(others.size() == i.names().size() ? i : new Stmt.Import(null, List.copyOf(others), i.pos()));
      }
    }
    return out;
  }

  private static boolean isCython(String module) {
    return module.equals("cython") || module.startsWith("cython.");
  }
}
