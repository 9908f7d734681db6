package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.StructPrimitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * Struct fields as places: {@code s.f}, {@code p.f} through a pointer, {@code a[i].f}, nested
 * ({@code seg.a.x}), read, written and addressed in the storage they name, so that a store into
 * a nested field changes the variable and not a copy. Struct literals and dict displays stored as
 * structs.
 */
final class StructLowering {
  private final FunctionBuilder fb;

  StructLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /** A C lvalue: its template over {@code args} ({@code %0.f_a.f_x}). */
  private record Place(String template, List<Register> args) {
    Place then(String suffix) {
      return new Place(template + suffix, args);
    }
  }

  /** Whether an attribute names a field of a struct (or of one a pointer points to). */
  boolean isField(Expr.Attribute a) {
    StructType st = dev.pyxc.sema.StructChecks.structOf(fb.typeOf(a.obj()));
    return st != null && st.fields().containsKey(a.name());
  }

  private Place place(Expr e) {
    if (e instanceof Expr.Name n && fb.vars.containsKey(n.id()) && !fb.closures.handles(n.id())) {
      return new Place("%0", new ArrayList<>(List.of(fb.vars.get(n.id()))));
    }
    if (e instanceof Expr.Name n && !fb.vars.containsKey(n.id()) && fb.outer.info.variables().containsKey(n.id())) {
      return new Place(dev.pyxc.ir.ModuleVariablePrimitives.cName(fb.outer.info.variables().get(n.id())), new ArrayList<>());
    }
    if (e instanceof Expr.Attribute a && !isField(a) && fb.classes.fieldOwner(a) != null) {
      // A struct attribute of an extension type: its fields are the instance's, read and written there.
      Register obj = fb.classes.instance(a.obj(), a.name(), a.pos());
      return new Place(dev.pyxc.ir.ClassPrimitives.fieldPlace(fb.classes.fieldOwner(a), a.name()), new ArrayList<>(List.of(obj)));
    }
    if (e instanceof Expr.Attribute a && isField(a)) {
      StructType st = dev.pyxc.sema.StructChecks.structOf(fb.typeOf(a.obj()));
      if (fb.typeOf(a.obj()) instanceof CType.Struct) return place(a.obj()).then("." + st.cField(a.name()));
      return value(a.obj(), "(", ")->" + st.cField(a.name()));
    }
    if (e instanceof Expr.Subscript s && fb.typeOf(s.obj()) instanceof CType.MemView mv && fb.typeOf(s) instanceof CType.Struct) {
      // A view's struct item: its fields are read and written in the view's memory.
      return new Place("(*%0)", new ArrayList<>(List.of(fb.views.elementAddress(s, mv))));
    }
    if (e instanceof Expr.Subscript s && fb.buffers.isElement(s) && fb.typeOf(s) instanceof CType.Struct) {
      // A buffer variable's struct item: the same, in its buffer's memory.
      return new Place("(*%0)", new ArrayList<>(List.of(fb.buffers.elementAddress(s))));
    }
    if (e instanceof Expr.Subscript s && !(s.index() instanceof Expr.Slice) && dev.pyxc.sema.CPointers.isPointerLike(fb.typeOf(s.obj()))) {
      Place base = fb.typeOf(s.obj()) instanceof CType.CArray ? place(s.obj()) : value(s.obj(), "(", ")");
      Register i = fb.typeOf(s.index()) instanceof CType.CInt ? fb.expr(s.index()) : fb.exprAs(s.index(), CType.SSIZE_T);
      base.args().add(i);
      return base.then("[%" + (base.args().size() - 1) + "]");
    }
    return value(e, "", "");
  }

  /** A place holding a computed value (a pointer, or a struct only read). */
  private Place value(Expr e, String before, String after) {
    return new Place(before + "%0" + after, new ArrayList<>(List.of(fb.expr(e))));
  }

  Register load(Expr.Attribute a) {
    Place p = place(a);
    return fb.call(StructPrimitives.load(p.template(), fb.typeOf(a)), a.pos(), p.args().toArray(new Register[0]));
  }

  void store(Expr.Attribute a, Register value, Pos pos) {
    Place p = place(a);
    List<Register> args = new ArrayList<>(p.args());
    args.add(fb.coerce(value, fb.typeOf(a), pos));
    fb.call(StructPrimitives.store(p.template(), p.args().size(), fb.typeOf(a)), a.pos(), args.toArray(new Register[0]));
  }

  /** {@code s.f += v}: the place found once, read, combined and written back. */
  void augAssign(Stmt.AugAssign s, Expr.Attribute a) {
    Place p = place(a);
    Register[] at = p.args().toArray(new Register[0]);
    Register old = fb.call(StructPrimitives.load(p.template(), fb.typeOf(a)), a.pos(), at);
    Register result = fb.operators.binary(s.op(), old, fb.expr(s.value()), s.pos(), true);
    List<Register> args = new ArrayList<>(p.args());
    args.add(fb.coerce(result, fb.typeOf(a), s.value().pos()));
    fb.call(StructPrimitives.store(p.template(), p.args().size(), fb.typeOf(a)), a.pos(), args.toArray(new Register[0]));
  }

  Register address(Expr.Attribute a, CType.Pointer t) {
    Place p = place(a);
    return fb.call(StructPrimitives.address(p.template(), t), a.pos(), p.args().toArray(new Register[0]));
  }

  /** {@code Point(1, y=2)}: the arguments in source order, stored as their fields. */
  Register literal(Expr.Call c, StructType st) {
    List<String> names = List.copyOf(st.fields().keySet());
    List<String> fields = new ArrayList<>();
    List<Expr> values = new ArrayList<>();
    int positional = 0;
    for (Expr.Arg a : c.args()) {
      fields.add(a.keyword() != null ? a.keyword() : names.get(positional++));
      values.add(a.value());
    }
    return make(st, fields, values, c.pos());
  }

  /** {@code {'x': 1, 'y': 2}} or {@code [1, 2]} wanted as a struct. */
  Register display(Expr value, StructType st) {
    return make(st, dev.pyxc.sema.StructChecks.displayFields(value, st), dev.pyxc.sema.StructChecks.displayValues(value), value.pos());
  }

  /**
   * A struct value of the given fields: a compound literal; an array field (which C cannot
   * initialise from a value) is filled afterwards in the struct, from its display or sequence.
   */
  private Register make(StructType st, List<String> fields, List<Expr> values, Pos pos) {
    List<String> scalar = new ArrayList<>();
    List<Register> args = new ArrayList<>();
    List<Integer> arrays = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      CType t = st.fields().get(fields.get(i));
      if (t instanceof CType.CArray) {
        arrays.add(i);
        continue;
      }
      scalar.add(fields.get(i));
      args.add(fb.exprAs(values.get(i), t));
    }
    Register literal = fb.call(StructPrimitives.literal(st, scalar), pos, args.toArray(new Register[0]));
    if (arrays.isEmpty()) return literal;
    Register made = fb.hiddenVar(new CType.Struct(st), "struct");
    fb.add(new dev.pyxc.ir.Op.Assign(made, literal));
    for (int i : arrays) {
      CType.CArray t = (CType.CArray) st.fields().get(fields.get(i));
      Register field = fb.call(StructPrimitives.load("%0." + st.cField(fields.get(i)), t), pos, made);
      fb.pointers.storeArray(field, t, values.get(i), values.get(i).pos());
    }
    return made;
  }
}
