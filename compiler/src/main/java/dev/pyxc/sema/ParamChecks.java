package dev.pyxc.sema;

import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Diagnostics;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The shape of a {@code def}'s parameter list as Cython checks it: a positional parameter without
 * a default after one with a default, and names declared twice. Cython declares the named
 * parameters first and then {@code *args} and {@code **kwargs}, so a clash with a starred name is
 * reported at whichever comes later in that order.
 */
final class ParamChecks {
  private ParamChecks() {}

  /** Reports the signature's errors; returns the parameters that redeclare a name (not declared again). */
  static Set<Stmt.Param> signature(Stmt.FuncDef def, Diagnostics diags) {
    boolean sawDefault = false;
    boolean cFunctionReported = false;
    for (Stmt.Param p : def.params()) {
      if (!p.positional()) continue;
      if (p.defaultValue() != null) {
        sawDefault = true;
        continue;
      }
      if (!sawDefault) continue;
      // A C function's type is wrong too: Cython says so once, at its parameter list.
      if (def.isCdef() && def.cdef().declarator() != null && !cFunctionReported) {
        diags.error(def.cdef().declarator(), "Non-default argument follows default argument");
        cFunctionReported = true;
      }
      diags.error(p.pos(), "Non-default argument following default argument");
    }
    Map<String, Stmt.Param> seen = new HashMap<>();
    Set<Stmt.Param> redeclared = new LinkedHashSet<>();
    List<Stmt.Param> order = Stream.concat(def.params().stream().filter(p -> !p.starred()),
        def.params().stream().filter(Stmt.Param::starred)).toList();
    for (Stmt.Param p : order) {
      Stmt.Param prev = seen.putIfAbsent(p.name(), p);
      if (prev != null) {
        diags.error(p.pos(), "'" + p.name() + "' redeclared ");
        diags.error(prev.pos(), "Previous declaration is here");
        redeclared.add(p);
      }
    }
    return redeclared;
  }

  /** An untyped parameter's type: {@code *args} is a tuple, {@code **kwargs} a dict, any other an object. */
  static CType untypedType(Stmt.Param p) {
    return switch (p.kind()) {
      case STAR -> CType.pyBuiltin("tuple");
      case DSTAR -> CType.pyBuiltin("dict");
      default -> CType.OBJECT;
    };
  }
}
