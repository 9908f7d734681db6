package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a module's top-level imports bind to the standard library objects Cython knows at
 * compile time ({@code functools.total_ordering}, {@code dataclasses.dataclass}): Cython reads a
 * cdef class's decorators through them, whatever name the import chose ({@code from functools
 * import total_ordering as by_another_name}).
 */
final class StandardLibraryNames {
  private static final Set<String> MODULES = Set.of("functools", "dataclasses");
  /** Bound name to what it names; null for a name bound to two different things (not known, as in Cython). */
  private final Map<String, String> bound = new HashMap<>();

  static StandardLibraryNames of(List<Stmt> body) {
    StandardLibraryNames names = new StandardLibraryNames();
    for (Stmt s : body) {
      if (!(s instanceof Stmt.Import imp)) continue;
      for (Stmt.Alias a : imp.names()) {
        String as = a.asName() != null ? a.asName() : a.name();
        if (imp.fromModule() == null && MODULES.contains(a.name())) {
          names.bind(as, a.name());
        } else if (imp.fromModule() != null && MODULES.contains(imp.fromModule())) {
          names.bind(as, imp.fromModule() + "." + a.name());
        }
      }
    }
    return names;
  }

  private void bind(String name, String qualified) {
    if (bound.containsKey(name) && !qualified.equals(bound.get(name))) qualified = null;
    bound.put(name, qualified);
  }

  /** What {@code e} ({@code name} or {@code module.name}) names in the standard library, or null. */
  String qualify(Expr e) {
    if (e instanceof Expr.Name n) return bound.get(n.id());
    if (e instanceof Expr.Attribute a && a.obj() instanceof Expr.Name n && bound.get(n.id()) != null
        && MODULES.contains(bound.get(n.id()))) {
      return bound.get(n.id()) + "." + a.name();
    }
    return null;
  }
}
