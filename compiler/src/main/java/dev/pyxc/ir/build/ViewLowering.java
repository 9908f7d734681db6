package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.ErrorKind;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitive;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.ViewPrimitives;
import dev.pyxc.ir.Register;
import dev.pyxc.ir.ViewIndex;
import dev.pyxc.sema.CType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typed memoryviews: indexing and slicing (with the wraparound, boundscheck and nonecheck
 * directives), element stores, copies into a slice and broadcasts, {@code .T} and the shape
 * attributes.
 */
final class ViewLowering {
  private final FunctionBuilder fb;

  ViewLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  Register transpose(Expr.Attribute a, CType.MemView mv) {
    Register view = fb.expr(a.obj());
    notNone(view, "AttributeError", "Cannot transpose None memoryview slice", a.pos());
    return fb.call(ViewPrimitives.mvTranspose(mv), a.pos(), view);
  }

  /** {@code x.shape[k]}, {@code x.strides[k]} as C values. */
  Register shapeItem(Expr.Subscript s, Expr.Attribute a) {
    Register view = viewForAttribute(a);
    Register k = fb.exprAs(s.index(), CType.SSIZE_T);
    return fb.call(a.name().equals("shape") ? ViewPrimitives.MV_SHAPE : ViewPrimitives.MV_STRIDES, s.pos(), view, k);
  }

  /**
   * {@code &x.shape[k]}, {@code &x.strides[k]}: into the view's own struct when {@code x} is a
   * variable, else into the register its value was read into, which lives as long as the function.
   */
  Register shapeItemAddress(Expr.Subscript s, Expr.Attribute a) {
    Register view = viewForAttribute(a);
    Register k = fb.exprAs(s.index(), CType.SSIZE_T);
    return fb.call(a.name().equals("shape") ? ViewPrimitives.MV_SHAPE_ADDRESS : ViewPrimitives.MV_STRIDES_ADDRESS, s.pos(), view, k);
  }

  /** An element of a view, or a view of part of it when {@code type} is a view. */
  Register viewSubscript(Expr.Subscript s, CType.MemView mv, CType type) {
    Register view = type instanceof CType.MemView ? fb.expr(s.obj()) : fb.classes.viewOperand(s.obj(), indexParts(s));
    List<Register> idx = new ArrayList<>();
    List<ViewIndex> items = viewIndices(view, mv, s, idx);
    if (type instanceof CType.MemView result) {
      List<Register> args = new ArrayList<>(List.of(view));
      args.addAll(idx);
      return fb.call(ViewPrimitives.mvSubview(mv, result, items), s.pos(), args.toArray(new Register[0]));
    }
    List<Register> args = new ArrayList<>(List.of(view));
    args.addAll(idx);
    return load(mv, s.pos(), args);
  }

  /**
   * One element at checked indices; an element of an extension type's view is tested to be one
   * (or None) as it is read, since the buffer may hold any object: the test Cython leaves out,
   * which makes a wrong item a TypeError rather than a C read of the wrong layout.
   */
  Register load(CType.MemView mv, Pos pos, List<Register> at) {
    Register item = fb.call(ViewPrimitives.mvLoad(mv), pos, at.toArray(new Register[0]));
    return mv.dtype() instanceof CType.PyObject o && o.extType() != null ? fb.coerce(item, mv.dtype(), pos) : item;
  }

  /**
   * {@code &x[i, j]}: the element's address, valid while the view's buffer stays acquired (a
   * view attribute of self is read borrowed, as for an element load: {@code &self.x[0, t]}).
   */
  Register elementAddress(Expr.Subscript s, CType.MemView mv) {
    Register view = fb.classes.viewOperand(s.obj(), indexParts(s));
    List<Register> idx = new ArrayList<>();
    viewIndices(view, mv, s, idx);
    List<Register> args = new ArrayList<>(List.of(view));
    args.addAll(idx);
    return fb.call(ViewPrimitives.mvAddress(mv), s.pos(), args.toArray(new Register[0]));
  }

  /** {@code x.shape}, {@code x.strides} as Python objects. */
  Register shapeList(Expr.Attribute a) {
    return fb.call(a.name().equals("shape") ? ViewPrimitives.MV_SHAPE_LIST : ViewPrimitives.MV_STRIDES_LIST, a.pos(), viewForAttribute(a));
  }

  /**
   * Evaluates a view's subscript left to right: integers are checked against their axis
   * (wraparound and bounds as the directives say), slices' parts become C values, {@code None}
   * adds an axis and an ellipsis stands for as many whole axes as the other items leave. Fills
   * {@code args} with the registers the subview or element op takes; returns the items.
   */
  private List<ViewIndex> viewIndices(Register view, CType.MemView mv, Expr.Subscript s, List<Register> args) {
    return indices(view, mv, s, args, null);
  }

  /**
   * As {@link #viewIndices}, for a view or for a buffer variable's buffer ({@code buffer} its
   * options, null for a view): a None buffer has no elements, every index out of its bounds.
   */
  private List<ViewIndex> indices(Register view, CType.MemView mv, Expr.Subscript s, List<Register> args, CType.Buffer buffer) {
    List<Expr> items = s.index() instanceof Expr.TupleExpr t ? t.elts() : List.of(s.index());
    long consuming = items.stream().filter(x -> !(x instanceof Expr.NoneLit) && !(x instanceof Expr.EllipsisLit)).count();
    List<ViewIndex> out = new ArrayList<>();
    List<int[]> positions = new ArrayList<>();   // {argument slot, axis, item} of each integer index
    int axis = 0;
    for (int k = 0; k < items.size(); k++) {
      Expr x = items.get(k);
      if (x instanceof Expr.NoneLit) {
        out.add(ViewIndex.NEWAXIS);
      } else if (x instanceof Expr.EllipsisLit) {
        for (long n = consuming; n < mv.ndim(); n++, axis++) out.add(ViewIndex.WHOLE);
        consuming = mv.ndim();
      } else if (x instanceof Expr.Slice sl) {
        for (Expr part : new Expr[] {sl.lo(), sl.hi(), sl.step()}) if (part != null) args.add(fb.exprAs(part, CType.SSIZE_T));
        out.add(new ViewIndex(ViewIndex.Kind.SLICE, sl.lo() != null, sl.hi() != null, sl.step() != null));
        axis++;
      } else {
        positions.add(new int[] {args.size(), axis, k});
        args.add(fb.exprAs(x, CType.SSIZE_T));
        out.add(ViewIndex.AT);
        axis++;
      }
    }
    boolean slicing = out.stream().anyMatch(it -> it.kind() != ViewIndex.Kind.AT);
    if (buffer != null) notNone(view, "TypeError", "'NoneType' object is not subscriptable", s.pos());
    else notNone(view, "TypeError", noneMessage(s, items, slicing), s.pos());
    // Every index is evaluated before any is checked, and the highest failing axis is the one
    // reported, as in Cython: check from the last axis back.
    boolean wrap = fb.directives.get("wraparound") && (buffer == null || buffer.negativeIndices());
    boolean bounds = fb.directives.get("boundscheck");
    boolean element = !slicing && positions.size() == mv.ndim();
    if (bounds && element && positions.size() > 1) {
      // An element of a multi-axis view: one check (one branch) for the whole access, then
      // each index wrapped on its own; a bounds-checked stencil runs as fast as Cython's.
      List<Register> checked = new ArrayList<>(List.of(view));
      for (int[] p : positions) checked.add(args.get(p[0]));
      fb.call(ViewPrimitives.mvCheckElement(positions.size(), wrap), items.get(positions.get(positions.size() - 1)[2]).pos(),
          checked.toArray(new Register[0]));
      if (wrap) {
        for (int[] p : positions) {
          args.set(p[0], fb.call(ViewPrimitives.mvIndex(p[1], true, false, true), items.get(p[2]).pos(), view, args.get(p[0])));
        }
      }
    } else if (wrap || bounds) {
      for (int k = positions.size() - 1; k >= 0; k--) {
        int[] p = positions.get(k);
        Pos pos = items.get(p[2]).pos();
        args.set(p[0], fb.call(ViewPrimitives.mvIndex(p[1], wrap, bounds, element), pos, view, args.get(p[0])));
      }
    }
    return out;
  }

  /** What indexing a None view says: {@code x[...] = v} (all of it, unsliced) is an assignment to it. */
  private String noneMessage(Expr.Subscript s, List<Expr> items, boolean slicing) {
    if (!slicing) return "Cannot index None memoryview slice";
    boolean whole = items.stream().allMatch(x -> x instanceof Expr.EllipsisLit);
    return whole && assigning.contains(s) ? "Cannot assign to None memoryview slice" : "Cannot slice None memoryview slice";
  }

  /** The subscripts being stored into (their indexing's None check names the assignment). */
  private final Set<Expr.Subscript> assigning = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /** {@code x[i] = v} stores one element; {@code x[a:b] = v} copies a view or broadcasts a value. */
  void storeIntoView(Expr.Subscript s, CType.MemView mv, Register value, Pos pos) {
    assigning.add(s);
    Register view = fb.typeOf(s) instanceof CType.MemView ? fb.expr(s.obj()) : fb.classes.viewOperand(s.obj(), indexParts(s));
    List<Register> idx = new ArrayList<>();
    List<ViewIndex> items = viewIndices(view, mv, s, idx);
    List<Register> args = new ArrayList<>(List.of(view));
    args.addAll(idx);
    if (fb.typeOf(s) instanceof CType.MemView part) {
      Register dst = fb.call(ViewPrimitives.mvSubview(mv, part, items), s.pos(), args.toArray(new Register[0]));
      // As in Cython, only a view (or a C array's memory) is copied; anything else (objects too)
      // is one value broadcast.
      CType.MemView source = value.type() instanceof CType.MemView v ? v : value.type() instanceof CType.CArray a ? a.asView() : null;
      if (source != null) {
        fb.call(ViewPrimitives.mvCopy(part, source), s.pos(), dst, fb.coerce(value, source, pos));
      } else {
        fb.call(ViewPrimitives.mvFill(part), s.pos(), dst, fb.coerce(value, part.dtype(), pos));
      }
      return;
    }
    args.add(fb.coerce(value, mv.dtype(), pos));
    fb.call(ViewPrimitives.mvStore(mv), s.pos(), args.toArray(new Register[0]));
  }

  /** {@code x[i] += v}: the indices are evaluated and checked once, for the load and the store. */
  void augAssignElement(Stmt.AugAssign a, Expr.Subscript s, CType.MemView mv) {
    List<Expr> rest = new ArrayList<>(indexParts(s));
    rest.add(a.value());
    Register view = fb.classes.viewOperand(s.obj(), rest);
    List<Register> idx = new ArrayList<>();
    viewIndices(view, mv, s, idx);
    List<Register> at = new ArrayList<>(List.of(view));
    at.addAll(idx);
    Register old = load(mv, s.pos(), at);
    Register result = fb.operators.binary(a.op(), old, fb.expr(a.value()), a.pos(), true);
    at.add(fb.coerce(result, mv.dtype(), a.pos()));
    fb.call(ViewPrimitives.mvStore(mv), s.pos(), at.toArray(new Register[0]));
  }

  /** {@code a[i, j]} of a buffer variable: the element of its buffer ({@code view}). */
  Register bufferElement(Expr.Subscript s, Register view, CType.Buffer buffer) {
    List<Register> at = bufferIndices(s, view, buffer);
    return fb.call(ViewPrimitives.mvLoad(buffer.view()), s.pos(), at.toArray(new Register[0]));
  }

  /** The address of a buffer variable's element ({@code p[i].x = v} of a struct item writes there). */
  Register bufferElementAddress(Expr.Subscript s, Register view, CType.Buffer buffer) {
    List<Register> at = bufferIndices(s, view, buffer);
    return fb.call(ViewPrimitives.mvAddress(buffer.view()), s.pos(), at.toArray(new Register[0]));
  }

  /** {@code a[i, j] = v} of a buffer variable. */
  void storeIntoBuffer(Expr.Subscript s, Register view, CType.Buffer buffer, Register value, Pos pos) {
    List<Register> at = bufferIndices(s, view, buffer);
    at.add(fb.coerce(value, buffer.dtype(), pos));
    fb.call(ViewPrimitives.mvStore(buffer.view()), s.pos(), at.toArray(new Register[0]));
  }

  /** {@code a[i, j] += v} of a buffer variable: its indices evaluated and checked once. */
  void augAssignBuffer(Stmt.AugAssign a, Expr.Subscript s, Register view, CType.Buffer buffer) {
    List<Register> at = bufferIndices(s, view, buffer);
    Register old = fb.call(ViewPrimitives.mvLoad(buffer.view()), s.pos(), at.toArray(new Register[0]));
    Register result = fb.operators.binary(a.op(), old, fb.expr(a.value()), a.pos(), true);
    at.add(fb.coerce(result, buffer.dtype(), a.pos()));
    fb.call(ViewPrimitives.mvStore(buffer.view()), s.pos(), at.toArray(new Register[0]));
  }

  private List<Register> bufferIndices(Expr.Subscript s, Register view, CType.Buffer buffer) {
    List<Register> idx = new ArrayList<>();
    indices(view, buffer.view(), s, idx, buffer);
    List<Register> at = new ArrayList<>(List.of(view));
    at.addAll(idx);
    return at;
  }

  /** The expressions of a subscript's index, each item of a tuple index on its own. */
  private static List<Expr> indexParts(Expr.Subscript s) {
    return s.index() instanceof Expr.TupleExpr t ? t.elts() : List.of(s.index());
  }

  /** The view whose attribute {@code a} reads, checked against None under nonecheck. */
  Register viewForAttribute(Expr.Attribute a) {
    Register view = fb.expr(a.obj());
    notNone(view, "AttributeError", "Cannot access '" + a.name() + "' attribute of None memoryview slice", a.pos());
    return view;
  }

  /** Under nonecheck, raises {@code excType(message)} when {@code view} is None. */
  private void notNone(Register view, String excType, String message, Pos pos) {
    if (fb.directives.get("nonecheck")) fb.call(ViewPrimitives.mvNotNone(excType, message), pos, view);
  }

  /** {@code x.ndim}, {@code x.size}, {@code x.itemsize}, {@code x.nbytes} as C values; {@code x._data}, its first item's address. */
  Register viewAttribute(Expr.Attribute a, CType.MemView mv) {
    if (a.name().equals("ndim")) return fb.cConst(BigInteger.valueOf(mv.ndim()), CType.SSIZE_T);
    Register view = viewForAttribute(a);
    if (a.name().equals("_data")) {
      CType chars = fb.typeOf(a);
      Register r = fb.temp(chars);
      fb.add(new Op.Call(r, new Primitive("mv_data", "%0.data", chars, false, Set.of(), ErrorKind.NEVER), List.of(view)));
      return r;
    }
    StringBuilder size = new StringBuilder("((Py_ssize_t)1");
    for (int i = 0; i < mv.ndim(); i++) size.append(" * %0.shape[").append(i).append(']');
    size.append(')');
    String item = "(Py_ssize_t)sizeof(" + ViewPrimitives.cType(mv.dtype()) + ")";
    String template = switch (a.name()) {
      case "itemsize" -> item;
      case "size" -> size.toString();
      default -> size + " * " + item;
    };
    Register r = fb.temp(CType.SSIZE_T);
    fb.add(new Op.Call(r, new Primitive("mv_" + a.name(), template, CType.SSIZE_T, false, Set.of(), ErrorKind.NEVER), List.of(view)));
    return r;
  }
}
