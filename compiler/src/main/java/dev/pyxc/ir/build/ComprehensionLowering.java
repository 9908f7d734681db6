package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.ir.BasicBlock;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.ComprehensionLoop;
import java.math.BigInteger;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Comprehensions, compiled inline as the loops sema made of them ({@link ComprehensionLoop}): the
 * loops are ordinary {@code for} statements (over a C counter for {@code range}, over a view's
 * items, or through the iterator protocol), whose innermost item adds to a hidden local holding
 * the result, or, for {@code any()}/{@code all()}, decides the answer and leaves every loop.
 */
final class ComprehensionLowering {
  private final FunctionBuilder fb;
  /** Where an any()/all() item goes once it knows the answer, for each comprehension being lowered. */
  private final Map<Expr.Comprehension, BasicBlock> exits = new IdentityHashMap<>();

  ComprehensionLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  Register comprehension(Expr.Comprehension c) {
    ComprehensionLoop loop = fb.fi.comprehensions().get(c);
    if (loop == null) return fb.closures.generatorExpression(c);
    Register result = fb.vars.get(loop.result());
    switch (loop.mode()) {
      case LIST -> fb.assign(result, fb.call(Primitives.LIST_NEW, c.pos()));
      case SET -> fb.assign(result, fb.call(Primitives.SET_NEW, c.pos()));
      case DICT -> fb.assign(result, fb.call(Primitives.DICT_NEW, c.pos()));
      case ANY -> fb.assign(result, fb.cConst(BigInteger.ZERO, CType.BINT));
      case ALL -> fb.assign(result, fb.cConst(BigInteger.ONE, CType.BINT));
    }
    fb.markAssigned(loop.result());
    BasicBlock exit = fb.fn.newBlock();
    exits.put(c, exit);
    Set<String> before = fb.assignedHere();
    fb.block(loop.loop());
    exits.remove(c);
    fb.jump(exit);
    fb.cur = exit;
    // What the loops assign (a walrus) is assigned only if they ran.
    fb.assigned = before;
    return result;
  }

  /**
   * A call that is its generator expression's loops: {@code any(...)}/{@code all(...)} (the
   * answer), {@code list(...)} and {@code set(...)} (the container filled); null for any other
   * call, whose argument is then the list or set of the items.
   */
  Register consumingCall(Expr.Call c) {
    if (c.args().size() != 1 || !(c.args().get(0).value() instanceof Expr.Comprehension g)
        || g.kind() != Expr.ComprehensionKind.GENERATOR || !(c.func() instanceof Expr.Name n)) {
      return null;
    }
    ComprehensionLoop loop = fb.fi.comprehensions().get(g);
    if (loop == null) return null;
    boolean whole = switch (loop.mode()) {
      case ANY, ALL -> true;
      case LIST -> n.id().equals("list");
      case SET -> n.id().equals("set");
      case DICT -> false;
    };
    return whole ? fb.expr(g) : null;
  }

  /** The innermost statement of a comprehension's loops. */
  void item(Stmt.ComprehensionItem item) {
    Expr.Comprehension c = item.of();
    ComprehensionLoop loop = fb.fi.comprehensions().get(c);
    Register result = fb.vars.get(loop.result());
    switch (loop.mode()) {
      case LIST -> fb.call(Primitives.LIST_APPEND, item.pos(), result, fb.exprAs(c.element(), CType.OBJECT));
      case SET -> fb.call(Primitives.SET_ADD, item.pos(), result, fb.exprAs(c.element(), CType.OBJECT));
      case DICT -> {
        Register key = fb.exprAs(c.element(), CType.OBJECT);
        fb.call(Primitives.DICT_SETITEM, item.pos(), result, key, fb.exprAs(c.value(), CType.OBJECT));
      }
      case ANY, ALL -> {
        BasicBlock decided = fb.fn.newBlock();
        BasicBlock next = fb.fn.newBlock();
        boolean any = loop.mode() == ComprehensionLoop.Mode.ANY;
        fb.conditions.condition(c.element(), any ? decided : next, any ? next : decided);
        fb.cur = decided;
        fb.add(new Op.Assign(result, fb.cConst(any ? BigInteger.ONE : BigInteger.ZERO, CType.BINT)));
        fb.jump(exits.get(c));
        fb.cur = next;
      }
    }
  }
}
