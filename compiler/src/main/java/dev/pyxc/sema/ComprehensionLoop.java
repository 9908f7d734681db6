package dev.pyxc.sema;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * How a comprehension is compiled: inline, as loops of the enclosing function (its renamed
 * variables are locals of it) that fill a hidden local, {@code result}, with each item. A
 * generator expression is compiled this way where what consumes it takes every item anyway:
 * {@code any()}/{@code all()} as loops that stop at the answer (as Cython inlines them), the
 * constructors and reductions over a list of the items.
 */
public record ComprehensionLoop(Mode mode, String result, CType resultType, List<Stmt> loop) {
  /** What each item does: added to a list, set or dict, or tested for {@code any()}/{@code all()}. */
  public enum Mode { LIST, SET, DICT, ANY, ALL }

  private static final java.util.Map<String, Mode> CONSUMERS = java.util.Map.of("any", Mode.ANY, "all", Mode.ALL,
      "set", Mode.SET, "frozenset", Mode.SET, "list", Mode.LIST, "tuple", Mode.LIST, "sorted", Mode.LIST, "sum", Mode.LIST,
      "min", Mode.LIST, "max", Mode.LIST);

  /**
   * How the call consumes the generator expression it is given first, when it is a builtin that
   * takes every item ({@code any()}/{@code all()} given nothing else, {@code str.join()} of a
   * literal separator); null otherwise. By the names only: the caller rules out shadowed ones.
   */
  static Mode consumer(Expr.Call c) {
    if (c.args().isEmpty() || c.args().get(0).keyword() != null || c.args().get(0).stars() != 0
        || !(c.args().get(0).value() instanceof Expr.Comprehension g) || g.kind() != Expr.ComprehensionKind.GENERATOR) {
      return null;
    }
    if (c.func() instanceof Expr.Name n) {
      Mode mode = CONSUMERS.get(n.id());
      return (mode == Mode.ANY || mode == Mode.ALL) && c.args().size() != 1 ? null : mode;
    }
    if (c.func() instanceof Expr.Attribute a && a.name().equals("join") && a.obj() instanceof Expr.StrLit && c.args().size() == 1) {
      return Mode.LIST;
    }
    return null;
  }

  static ComprehensionLoop of(Expr.Comprehension c, Mode mode, int id) {
    CType type = switch (mode) {
      case LIST -> CType.pyBuiltin("list");
      case SET -> CType.pyBuiltin("set");
      case DICT -> CType.pyBuiltin("dict");
      case ANY, ALL -> CType.BINT;
    };
    List<Stmt> body = List.of(new Stmt.ComprehensionItem(c, c.element().pos()));
    for (int i = c.clauses().size() - 1; i >= 0; i--) {
      Expr.ComprehensionFor f = c.clauses().get(i);
      for (int k = f.conditions().size() - 1; k >= 0; k--) {
        Expr cond = f.conditions().get(k);
        body = List.of(new Stmt.If(List.of(new Stmt.Branch(cond, body, cond.pos())), List.of(), cond.pos()));
      }
      body = List.of(new Stmt.For(f.target(), f.iter(), body, List.of(), f.from(), f.pos()));
    }
    return new ComprehensionLoop(mode, "comprehension" + dev.pyxc.ast.ComprehensionVariables.MARK + id, type,
        new ArrayList<>(body));
  }
}
