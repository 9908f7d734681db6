package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.ast.Stmts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the Python {@code class} statements of the module's top-level code (in any block; those
 * inside functions are declared as their functions are checked), and what each body may hold: any statement but C declarations, whose errors are
 * Cython's.
 */
final class PyClasses {
  private final Checker module;
  final Map<Stmt.ClassDef, PyClassInfo> classes = new IdentityHashMap<>();
  final List<PyClassInfo> order = new ArrayList<>();
  private final Map<String, Integer> seen = new HashMap<>();

  PyClasses(Checker module) {
    this.module = module;
  }

  /**
   * The statements of a cdef class body that are not declarations: checked and compiled as a
   * Python class body (its namespace the type's dict), keyed by the class's own statement.
   */
  void declareExtensionBody(ClassInfo info) {
    if (info.bodyStatements.isEmpty()) return;
    Stmt.ClassDef c = info.def;
    // (its fused def methods, decorated, are made as the body runs, as a Python class's are)
    Stmt.ClassDef body = module.fused.withMethodsSpecialized(new Stmt.ClassDef(c.name(), List.of(), false, null,
        List.copyOf(info.bodyStatements), List.of(), c.pos(), c.namePos()));
    Set<String> names = new LinkedHashSet<>(ModuleGlobals.boundBy(body.body()));
    names.addAll(info.defMethods.keySet());
    names.addAll(info.constants.keySet());
    // (a private one too: the body finds it declared, as Cython does, and looks it up when it runs)
    for (ClassInfo.Field f : info.fields.values()) names.add(f.name());
    PyClassInfo py = pyClass(body, "cdef_" + c.name(), names, true);
    info.body = py;
    classes.put(c, py);
    order.add(py);
    checkBody(body.body());
  }

  /** Collects the classes of top-level statements and reports what their bodies may not hold. */
  void collect(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.ClassDef c && !c.extensionType()) declare(c);
      if (!(s instanceof Stmt.FuncDef) && !(s instanceof Stmt.ClassDef)) {
        for (List<Stmt> inner : Stmts.blocks(s)) collect(inner);
      }
    }
  }

  private void declare(Stmt.ClassDef c) {
    int n = seen.merge(c.name(), 1, Integer::sum);
    PyClassInfo info = info(c, n == 1 ? c.name() : c.name() + "_" + n);
    order.add(info);
  }

  /**
   * A class statement inside a function, named in C by its part of the function's nesting
   * ({@code cPart}); its body and methods are checked as functions nested in that function.
   */
  PyClassInfo declareLocal(Stmt.ClassDef c, String cPart) {
    return info(c, cPart);
  }

  private PyClassInfo info(Stmt.ClassDef c, String cName) {
    Set<String> names = new LinkedHashSet<>(ModuleGlobals.boundBy(c.body()));
    defNames(c.body(), names);
    PyClassInfo info = pyClass(c, cName, names, false);
    classes.put(c, info);
    checkBody(c.body());
    return info;
  }

  /** A body's {@code global} names are the module's: neither bound in nor looked up in the namespace. */
  private static PyClassInfo pyClass(Stmt.ClassDef c, String cName, Set<String> names, boolean extensionType) {
    Set<String> globals = new LinkedHashSet<>();
    ModuleGlobals.declaredGlobal(c.body(), globals);
    names.removeAll(globals);
    return new PyClassInfo(c, cName, java.util.Collections.unmodifiableSet(names), java.util.Collections.unmodifiableSet(globals),
        extensionType);
  }

  /** The names the defs of a body bind, in any block. */
  private static void defNames(List<Stmt> body, Set<String> out) {
    for (Stmt s : body) {
      if (s instanceof Stmt.FuncDef f) out.add(f.name());
      for (List<Stmt> inner : Stmts.blocks(s)) defNames(inner, out);
    }
  }

  private void checkBody(List<Stmt> body) {
    for (Stmt s : body) {
      if (s instanceof Stmt.CDef cd) {
        module.diags.error(cd.type().pos(), "cdef statement not allowed here");
      } else if (s instanceof Stmt.FuncDef f && f.isCdef()) {
        module.diags.error(f.returnType() != null ? f.returnType().pos() : f.pos(), "cdef statement not allowed here");
      } else if (s instanceof Stmt.ClassDef c && c.extensionType()) {
        module.diags.error(c.pos(), "Extension type definition not allowed here");
      }
      for (List<Stmt> inner : Stmts.blocks(s)) checkBody(inner);
    }
  }
}
