package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.CallPrimitives;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python call with {@code *iterable} or {@code **mapping} arguments, {@code f(a, *b, c=1, **d)}:
 * the callee and then each argument evaluated in source order, the positional ones gathered
 * into a tuple (one {@code PySequence_Tuple} for a lone {@code *x}, else a list extended item by
 * item), the keywords into a dict, and one {@code PyObject_Call}. The containers are temporaries
 * owned by this function; the refcount pass releases them after the call like any other.
 *
 * <pre>
 * %1 = load_global g
 * %2 = py_list_pack a          # positional arguments before the first *
 * list_extend %2, b            # '*b': items appended, "'int' object is not iterable"
 * %4 = list_as_tuple %2
 * %5 = dict_new
 * kwargs_add %5, 'c', %6
 * kwargs_merge %5, d           # '**d': None refused, a name given twice refused
 * %8 = call_tuple_dict %1, %4, %5
 * </pre>
 */
final class StarCallLowering {
  private final FunctionBuilder fb;

  StarCallLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  Register call(Expr.Call c) {
    Register callee = fb.exprAs(c.func(), CType.OBJECT);
    Register[] arguments = arguments(c.args(), c.pos());
    Register args = arguments[0];
    Register kwargs = arguments[1];
    return kwargs == null ? fb.call(CallPrimitives.CALL_TUPLE, c.pos(), callee, args)
        : fb.call(CallPrimitives.CALL_TUPLE_DICT, c.pos(), callee, args, kwargs);
  }

  /**
   * The tuple of positional arguments and the dict of keyword arguments (null when there are
   * none) of a call's argument list, or of a class statement's.
   */
  Register[] arguments(List<Expr.Arg> all, Pos pos) {
    List<Expr.Arg> positional = all.stream().filter(a -> a.keyword() == null && a.stars() != 2).toList();
    Register args = positional(positional, pos);
    Register kwargs = null;
    for (Expr.Arg a : all) {
      if (a.keyword() == null && a.stars() != 2) continue;
      Register v = fb.exprAs(a.value(), CType.OBJECT);
      if (a.stars() == 2) {
        if (kwargs == null) kwargs = fb.call(CallPrimitives.KWARGS_COPY, a.pos(), v);
        else fb.call(CallPrimitives.KWARGS_MERGE, a.pos(), kwargs, v);
      } else {
        if (kwargs == null) kwargs = fb.call(CallPrimitives.DICT_NEW, a.pos());
        fb.call(CallPrimitives.KWARGS_ADD, a.pos(), kwargs, fb.constant(new Const.PyStr(a.keyword()), CType.OBJECT), v);
      }
    }
    return new Register[] {args, kwargs};
  }

  /**
   * The tuple of positional arguments. Keyword arguments written between them are evaluated
   * after all positional ones, as CPython and Cython do.
   */
  private Register positional(List<Expr.Arg> args, Pos pos) {
    if (args.size() == 1 && args.get(0).stars() == 1) {
      return fb.call(CallPrimitives.SEQUENCE_TUPLE, args.get(0).pos(), fb.exprAs(args.get(0).value(), CType.OBJECT));
    }
    int leading = 0;
    while (leading < args.size() && args.get(leading).stars() == 0) leading++;
    List<Register> first = new ArrayList<>();
    for (Expr.Arg a : args.subList(0, leading)) first.add(fb.exprAs(a.value(), CType.OBJECT));
    if (args.isEmpty()) return fb.call(CallPrimitives.TUPLE_EMPTY, pos);
    if (leading == args.size()) return fb.call(Primitives.TUPLE_PACK, pos, first.toArray(new Register[0]));
    Register list = leading == 0 ? fb.call(CallPrimitives.LIST_EMPTY, pos)
        : fb.call(Primitives.LIST_PACK, pos, first.toArray(new Register[0]));
    for (Expr.Arg a : args.subList(leading, args.size())) {
      Register v = fb.exprAs(a.value(), CType.OBJECT);
      fb.call(a.stars() == 1 ? CallPrimitives.LIST_EXTEND : CallPrimitives.LIST_APPEND, a.pos(), list, v);
    }
    return fb.call(CallPrimitives.LIST_AS_TUPLE, pos, list);
  }
}
