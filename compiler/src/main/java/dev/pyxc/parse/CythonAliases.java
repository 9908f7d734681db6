package dev.pyxc.parse;

import dev.pyxc.ast.Expr;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The other names pure Python mode's declarations go by in a module: {@code import cython as cy}
 * and {@code from cython import declare as my_declare, p_void}. The parser reads
 * {@code cython.declare(...)} and {@code @cython.locals(...)} as declarations (CythonLocals); a
 * call through one of these names is read as that one, its type arguments too.
 */
final class CythonAliases {
  private final Set<String> modules = new HashSet<>();
  private final Map<String, String> names = new HashMap<>();

  /** {@code import cython as alias}. */
  void module(String alias) {
    modules.add(alias);
  }

  /** {@code from cython import name as bound}. */
  void name(String bound, String name) {
    names.put(bound, name);
  }

  /**
   * A call of {@code cython.declare} or {@code cython.locals} under another name, written as that
   * call (its arguments naming cython's types by other names too); any other expression as it is.
   */
  Expr canonicalCall(Expr e) {
    if (!(e instanceof Expr.Call c) || modules.isEmpty() && names.isEmpty()) return e;
    Expr func = canonical(c.func());
    if (!(func instanceof Expr.Attribute a && a.obj() instanceof Expr.Name m && m.id().equals("cython")
        && (a.name().equals("declare") || a.name().equals("locals"))) || func == c.func()) {
      return e;
    }
    List<Expr.Arg> args = c.args().stream().map(x -> new Expr.Arg(x.keyword(), canonical(x.value()), x.pos(), x.stars())).toList();
    return new Expr.Call(func, args, c.pos());
  }

  /** {@code cy.int} or a name imported from cython, as {@code cython.int}; anything else as it is. */
  private Expr canonical(Expr e) {
    if (e instanceof Expr.Name n && names.containsKey(n.id())) {
      return new Expr.Attribute(new Expr.Name("cython", n.pos()), names.get(n.id()), n.pos());
    }
    if (e instanceof Expr.Attribute a && a.obj() instanceof Expr.Name m && modules.contains(m.id())) {
      return new Expr.Attribute(new Expr.Name("cython", m.pos()), a.name(), a.pos());
    }
    return e;
  }
}
