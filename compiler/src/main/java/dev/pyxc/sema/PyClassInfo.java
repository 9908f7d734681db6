package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import java.util.Set;

/**
 * A Python {@code class} statement: its body runs as a function of its own that fills the class
 * namespace, and its {@code def}s are functions bound into that namespace. {@code cName} is
 * unique in the module (two statements may define classes of one name); {@code namespaceNames}
 * are the names the body binds, which the body reads from the namespace before the globals;
 * {@code globals} those it declares {@code global}, which it binds and reads as module globals.
 * {@code extensionType}: the statements of a cdef class body, whose namespace is the type's dict.
 */
public record PyClassInfo(Stmt.ClassDef def, String cName, Set<String> namespaceNames, Set<String> globals, boolean extensionType) {
  /** The synthetic function whose body is the class body (its name is the class's). */
  public Stmt.FuncDef bodyFunction() {
    return bodyFunction(def);
  }

  static Stmt.FuncDef bodyFunction(Stmt.ClassDef def) {
    return new Stmt.FuncDef(def.name(), java.util.List.of(), null, def.docstring(), def.body(), java.util.List.of(), null,
        def.pos());
  }
}
