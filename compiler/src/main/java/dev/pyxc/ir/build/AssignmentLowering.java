package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Exprs;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.Op;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Assignments and their targets: plain and chained {@code =}, tuple unpacking and pairwise
 * {@code a, b = b, a}, augmented assignment, {@code cdef} initialisers and the walrus
 * {@code :=}.
 */
final class AssignmentLowering {
  private final FunctionBuilder fb;

  AssignmentLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  void assignStmt(Stmt.Assign a) {
    if (a.targets().size() == 1 && pairsUp(a.targets().get(0), a.value())) {
      assignPairs(Exprs.elements(a.targets().get(0)), Exprs.elements(a.value()));
      return;
    }
    List<Expr> unpacked = a.targets().size() == 1 ? Exprs.elements(a.targets().get(0)) : null;
    dev.pyxc.sema.CPointers.ConstantSlice slice = unpacked != null && !Exprs.hasStarred(unpacked)
        ? dev.pyxc.sema.CPointers.constantSlice(a.value(), fb::typeOf) : null;
    if (unpacked != null && !Exprs.hasStarred(unpacked) && fb.typeOf(a.value()) instanceof CType.Struct st && st.type().isCTuple()) {
      // `x, y = t` of a C tuple: every item read, then every target assigned (sema checked the length).
      Register tuple = fb.expr(a.value());
      List<Register> items = new ArrayList<>();
      for (int i = 0; i < unpacked.size(); i++) {
        items.add(fb.call(dev.pyxc.ir.StructPrimitives.load("%0." + st.type().cField(Integer.toString(i)), st.type().items().get(i)),
            a.value().pos(), tuple));
      }
      for (int i = 0; i < unpacked.size(); i++) store(unpacked.get(i), items.get(i), a.value().pos());
      return;
    }
    if (slice != null && slice.length() == unpacked.size()) {
      // `x, y, z = p[1:4]`: every element read, then every target assigned (sema checked the length).
      List<Register> items = fb.pointers.sliceElements((Expr.Subscript) a.value(), slice);
      for (int i = 0; i < unpacked.size(); i++) store(unpacked.get(i), items.get(i), a.value().pos());
      return;
    }
    if (a.targets().size() == 1 && (fb.pointers.isPartOfArray(a.targets().get(0))
        || a.targets().get(0) instanceof Expr.Subscript && dev.pyxc.sema.CPointers.isMadeInPlace(a.targets().get(0), a.value(), fb::typeOf))) {
      fb.pointers.storePart((Expr.Subscript) a.targets().get(0), a.value());
      return;
    }
    if (a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Attribute at && fb.typeOf(at) instanceof CType.CArray arr) {
      // An array field of a struct or an extension type: filled in place (its first element's address).
      fb.pointers.storeArray(fb.expr(at), arr, a.value(), a.value().pos());
      return;
    }
    CType single = a.targets().size() == 1 ? placeType(a.targets().get(0)) : null;
    if (single instanceof CType.CArray arr && a.targets().get(0) instanceof Expr.Name n) {
      Register base = fb.closures.handles(n.id()) ? fb.closures.read(n.id(), n.pos())
          : fb.vars.containsKey(n.id()) ? fb.vars.get(n.id()) : fb.module.readVariable(moduleVariable(n.id()), n.pos());
      fb.pointers.storeArray(base, arr, a.value(), a.value().pos());
      return;
    }
    // A one-character literal stored in a C integer is its code, made as a C constant.
    // A display or literal stored in a C struct, pointer or number is made as that C value
    // (stored in a variable or attribute, or in an element or field of one: `v[i].c = 'x'`).
    if (single == null && a.targets().size() == 1 && (a.targets().get(0) instanceof Expr.Subscript || a.targets().get(0) instanceof Expr.Attribute)) {
      CType place = fb.typeOf(a.targets().get(0));
      if (Types.isCNumeric(place) || place instanceof CType.Struct) single = place;
    }
    boolean madeAsPlace = single != null && (ExpressionLowering.charCode(a.value()) != null && Types.isCNumeric(single)
        || dev.pyxc.sema.StructChecks.isStructDict(a.value(), single) || dev.pyxc.sema.CPointers.isArrayDisplay(a.value(), single)
        || single instanceof CType.Pointer p && p.isCharPtr() && (a.value() instanceof Expr.StrLit || a.value() instanceof Expr.BytesLit)
        || single instanceof CType.MemView && a.value() instanceof Expr.IfExp);
    // Targets that are all views of one type share one acquisition of the value's buffer, as in Cython.
    CType firstPlace = a.targets().size() > 1 ? placeType(a.targets().get(0)) : null;
    if (firstPlace instanceof CType.MemView && a.targets().stream().allMatch(t -> firstPlace.equals(placeType(t)))) {
      single = firstPlace;
      madeAsPlace = true;
    }
    Register value = madeAsPlace ? fb.exprAs(a.value(), single) : fb.expr(a.value());
    for (Expr t : a.targets()) store(t, value, a.value().pos());
  }

  /** The C type of a variable or extension-type attribute assigned to, or null for other targets. */
  private CType placeType(Expr target) {
    if (target instanceof Expr.Name n && fb.vars.containsKey(n.id())) return fb.vars.get(n.id()).type();
    if (target instanceof Expr.Name n && fb.closures.handles(n.id())) return fb.fi.symbol(n.id()).type();
    if (target instanceof Expr.Name n && moduleVariable(n.id()) != null) return moduleVariable(n.id()).type();
    if (target instanceof Expr.Attribute at && fb.classes.fieldOwner(at) != null) {
      return fb.classes.fieldOwner(at).field(at.name()).type();
    }
    if (target instanceof Expr.Attribute at && fb.structs.isField(at)) return fb.typeOf(at);
    if (isBytearrayItem(target)) return new CType.CInt(CType.IntKind.UCHAR);
    return null;
  }

  /**
   * A bytearray's byte stored in C, as Cython stores it: an object converted to an unsigned char
   * (OverflowError outside one), a C integer checked for range(0, 256) (ValueError) where the GIL
   * is held and taken as its unsigned char where it is not.
   */
  private void storeByte(Register bytearray, Register index, Register value, Pos pos) {
    boolean object = value.type() instanceof CType.PyObject;
    boolean checked = !object && !fb.withoutGil;
    Register v = fb.coerce(value, object ? new CType.CInt(CType.IntKind.UCHAR) : CType.LONG, pos);
    fb.call(Primitives.bytearraySetInC(checked, fb.directives.get("wraparound"), fb.directives.get("boundscheck")), pos, bytearray, index, v);
  }

  /** {@code b[i]} of a bytearray with a C index, which Cython stores in C. */
  private boolean isBytearrayItem(Expr target) {
    return target instanceof Expr.Subscript s && fb.expressions.isItemInC(s)
        && fb.typeOf(s.obj()) instanceof CType.PyObject o && "bytearray".equals(o.builtin());
  }

  /** The module-level cdef variable a name not bound in this function stands for, or null. */
  private dev.pyxc.sema.ModuleVariable moduleVariable(String name) {
    return fb.closures.handles(name) ? null : fb.outer.info.variables().get(name);
  }

  /** {@code cdef T x = init}: declarations without a value assign nothing. */
  void cdefStmt(Stmt.CDef c) {
    for (Stmt.Declarator d : c.names()) {
      if (d.init() == null) continue;
      Register var = fb.vars.get(d.name());
      if (var == null && moduleVariable(d.name()) != null && moduleVariable(d.name()).type() instanceof CType.CArray arr) {
        fb.pointers.storeArray(fb.module.readVariable(moduleVariable(d.name()), d.pos()), arr, d.init(), d.pos());
        continue;
      }
      if (var == null && fb.closures.handles(d.name()) && fb.fi.symbol(d.name()).type() instanceof CType.CArray arr) {
        // (an array a nested function shares: filled in place in the scope)
        fb.pointers.storeArray(fb.closures.read(d.name(), d.pos()), arr, d.init(), d.pos());
        continue;
      }
      if (var == null) {
        CType t = moduleVariable(d.name()) != null ? moduleVariable(d.name()).type() : fb.fi.symbol(d.name()).type();
        store(new Expr.Name(d.name(), d.pos()), fb.exprAs(d.init(), t), d.pos());
        continue;
      }
      if (var.type() instanceof CType.CArray a) {
        fb.pointers.storeArray(var, a, d.init(), d.pos());
        continue;
      }
      Register v = fb.exprAs(d.init(), var.type());
      fb.buffers.assign(d.name(), var, v, d.pos());
      fb.markAssigned(d.name());
    }
  }

  /**
   * {@code del}: a local is read (so an unassigned one raises UnboundLocalError) and unbound, its
   * value released by the refcount pass; a module global is removed from the module dict; an
   * item or attribute is deleted through the object protocol.
   */
  void delStmt(Stmt.Del d) {
    for (Expr t : d.targets()) {
      if (t instanceof Expr.Name n && fb.closures.handles(n.id())) {
        fb.closures.delete(n.id(), n.pos());
      } else if (t instanceof Expr.Name n && fb.vars.containsKey(n.id())) {
        fb.expr(n);
        fb.add(new Op.Unbind(fb.vars.get(n.id())));
        if (fb.assigned != null) fb.assigned.remove(n.id());
      } else if (t instanceof Expr.Name n) {
        fb.module.delGlobal(n.id(), n.pos());
      } else if (t instanceof Expr.Subscript s) {
        Register obj = fb.exprAs(s.obj(), CType.OBJECT);
        fb.call(Primitives.DELITEM, s.pos(), obj, fb.expressions.index(s.index()));
      } else if (t instanceof Expr.Attribute a) {
        Register obj = fb.exprAs(a.obj(), CType.OBJECT);
        fb.call(Primitives.DELATTR, a.pos(), obj, fb.constant(new Const.PyStr(a.name()), CType.OBJECT));
      } else {
        throw new AssertionError(t);
      }
    }
  }

  void store(Expr target, Register value, Pos pos) {
    if (target instanceof Expr.Name n && fb.closures.handles(n.id()) && fb.fi.symbol(n.id()).type() instanceof CType.CArray arr) {
      fb.pointers.storeArray(fb.closures.read(n.id(), pos), arr, value, pos);
    } else if (target instanceof Expr.Name n && fb.closures.handles(n.id())) {
      fb.closures.store(n.id(), value, pos);
    } else if (target instanceof Expr.Name n && !fb.vars.containsKey(n.id()) && moduleVariable(n.id()) != null) {
      fb.module.storeVariable(moduleVariable(n.id()), value, pos);
    } else if (target instanceof Expr.Name n && !fb.vars.containsKey(n.id()) && fb.outer.info.externVariables().containsKey(n.id())) {
      dev.pyxc.sema.ModuleInfo.ExternVariable ev = fb.outer.info.externVariables().get(n.id());
      fb.call(dev.pyxc.ir.PointerPrimitives.externStore(ev.cName()), pos, fb.coerce(value, ev.type(), pos));
    } else if (target instanceof Expr.Name n && !fb.vars.containsKey(n.id())) {
      fb.module.setGlobal(n.id(), value, pos);
    } else if (target instanceof Expr.Name n && fb.vars.get(n.id()).type() instanceof CType.CArray arr) {
      fb.pointers.storeArray(fb.vars.get(n.id()), arr, value, pos);
    } else if (target instanceof Expr.Name n) {
      Register var = fb.vars.get(n.id());
      fb.buffers.assign(n.id(), var, fb.coerce(value, var.type(), pos), pos);
      fb.markAssigned(n.id());
    } else if (target instanceof Expr.Subscript s && fb.fi.cythonCalls().get(s) instanceof Expr.Attribute field) {
      store(field, value, pos); // an item of a C tuple: its field
    } else if (target instanceof Expr.Subscript s && fb.buffers.isElement(s)) {
      fb.buffers.storeElement(s, value, pos);
    } else if (target instanceof Expr.Subscript s && dev.pyxc.sema.CPointers.isPointerLike(fb.typeOf(s.obj()))) {
      fb.pointers.store(s, value, pos);
    } else if (target instanceof Expr.Subscript s && fb.typeOf(s.obj()) instanceof CType.MemView mv) {
      fb.views.storeIntoView(s, mv, value, pos);
    } else if (target instanceof Expr.Subscript s && isBytearrayItem(s)) {
      storeByte(fb.expr(s.obj()), fb.exprAs(s.index(), CType.SSIZE_T), value, s.pos());
    } else if (target instanceof Expr.Subscript s) {
      Register obj = fb.exprAs(s.obj(), CType.OBJECT);
      Register idx = fb.expressions.index(s.index());
      fb.call(Primitives.SETITEM, s.pos(), obj, idx, fb.coerce(value, CType.OBJECT, pos));
    } else if (target instanceof Expr.Attribute a && fb.typeOf(a.obj()) instanceof CType.CComplex z
        && (a.name().equals("real") || a.name().equals("imag"))) {
      // `z.imag = v`: z with that part replaced, stored back into z (sema allows only a variable's parts).
      Register part = fb.coerce(value, z.real(), pos);
      store(a.obj(), fb.call(dev.pyxc.ir.ComplexPrimitives.withPart(z, a.name().equals("imag")), pos, fb.expr(a.obj()), part), pos);
    } else if (target instanceof Expr.Attribute a && fb.structs.isField(a)) {
      fb.structs.store(a, value, pos);
    } else if (target instanceof Expr.Attribute a && fb.classes.fieldOwner(a) != null) {
      fb.classes.storeField(a, fb.classes.fieldOwner(a), value, pos);
    } else if (target instanceof Expr.Attribute a && propertyFunction(a, true) != null) {
      dev.pyxc.sema.CFunction setter = propertyFunction(a, true);
      Register obj = fb.exprAs(a.obj(), setter.params().get(0));
      fb.call(Primitives.cdefCall(setter), a.pos(), obj, fb.coerce(value, setter.params().get(1), pos));
    } else if (target instanceof Expr.Attribute a) {
      Register obj = fb.exprAs(a.obj(), CType.OBJECT);
      Register name = fb.constant(new Const.PyStr(a.name()), CType.OBJECT);
      fb.call(Primitives.SETATTR, a.pos(), obj, name, fb.coerce(value, CType.OBJECT, pos));
    } else if (Exprs.elements(target) != null && Exprs.hasStarred(Exprs.elements(target))) {
      List<Expr> targets = Exprs.elements(target);
      int star = 0;
      while (!(targets.get(star) instanceof Expr.Starred)) star++;
      Register tuple = fb.call(Primitives.unpackStarred(star, targets.size() - star - 1), target.pos(),
          fb.coerce(value, CType.OBJECT, pos));
      for (int i = 0; i < targets.size(); i++) {
        Expr t = targets.get(i) instanceof Expr.Starred s ? s.value() : targets.get(i);
        store(t, fb.call(Primitives.tupleItem(i), pos, tuple), pos);
      }
    } else if (Exprs.elements(target) != null) {
      List<Expr> targets = Exprs.elements(target);
      Register tuple = fb.call(Primitives.unpack(targets.size()), target.pos(), fb.coerce(value, CType.OBJECT, pos));
      // As in Cython, every item is converted to its C variable's type before any is assigned: a
      // failing conversion leaves all the targets as they were.
      List<Register> items = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        Register item = fb.call(Primitives.tupleItem(i), pos, tuple);
        CType cType = cVariableType(targets.get(i));
        items.add(cType != null ? fb.coerce(item, cType, pos) : item);
      }
      for (int i = 0; i < targets.size(); i++) store(targets.get(i), items.get(i), pos);
    } else {
      throw new AssertionError("unsupported assignment target reached the IR builder: " + target);
    }
  }

  /** The type of a target that is a local C variable (not an object, not an array), else null. */
  private CType cVariableType(Expr target) {
    if (!(target instanceof Expr.Name n) || fb.closures.handles(n.id()) || !fb.vars.containsKey(n.id())) return null;
    CType t = fb.vars.get(n.id()).type();
    return t instanceof CType.PyObject || t instanceof CType.CArray ? null : t;
  }

  private static boolean pairsUp(Expr target, Expr value) {
    List<Expr> t = Exprs.elements(target);
    List<Expr> v = Exprs.elements(value);
    return t != null && v != null && t.size() == v.size() && !Exprs.hasStarred(t) && !Exprs.hasStarred(v);
  }

  /**
   * {@code a, b = x, y}: every value first, left to right, then every target; a variable read
   * on the right is copied first, so {@code a, b = b, a} swaps.
   */
  private void assignPairs(List<Expr> targets, List<Expr> values) {
    List<Register> regs = new ArrayList<>();
    // A literal is made in its C variable's type (`p, n = "s", 1` with `char *p`: a C string).
    List<CType> wants = targets.stream().map(this::cVariableType).toList();
    for (Register r : fb.expressions.evalAll(values, wants)) {
      if (r != null && r.isVariable()) {
        Register copy = fb.temp(r.type());
        fb.add(new Op.Assign(copy, r));
        r = copy;
      }
      regs.add(r);
    }
    for (int i = 0; i < targets.size(); i++) store(targets.get(i), regs.get(i), values.get(i).pos());
  }

  void augAssign(Stmt.AugAssign a) {
    if (a.target() instanceof Expr.Name n && fb.closures.handles(n.id())) {
      Register old = fb.closures.read(n.id(), n.pos());
      Register result = fb.operators.binary(a.op(), old, operand(a.value(), old.type(), a.op()), a.pos(), true);
      fb.closures.store(n.id(), result, a.pos());
    } else if (a.target() instanceof Expr.Name n && !fb.vars.containsKey(n.id()) && moduleVariable(n.id()) != null) {
      Register old = fb.module.readVariable(moduleVariable(n.id()), n.pos());
      Register result = fb.operators.binary(a.op(), old, operand(a.value(), old.type(), a.op()), a.pos(), true);
      fb.module.storeVariable(moduleVariable(n.id()), result, a.pos());
    } else if (a.target() instanceof Expr.Name n && !fb.vars.containsKey(n.id())) {
      Register old = fb.module.global(n.id(), n.pos());
      fb.module.setGlobal(n.id(), fb.operators.binary(a.op(), old, fb.exprAs(a.value(), CType.OBJECT), a.pos(), true), a.pos());
    } else if (a.target() instanceof Expr.Name n) {
      Register var = fb.vars.get(n.id());
      Register old = fb.expressions.readVar(n.id(), n.pos());
      Register result = fb.operators.binary(a.op(), old, operand(a.value(), old.type(), a.op()), a.pos(), true);
      fb.buffers.assign(n.id(), var, fb.coerce(result, var.type(), a.pos()), a.pos());
      fb.markAssigned(n.id());
    } else if (a.target() instanceof Expr.Subscript s && fb.fi.cythonCalls().get(s) instanceof Expr.Attribute field) {
      fb.structs.augAssign(a, field); // an item of a C tuple: its field
    } else if (a.target() instanceof Expr.Subscript s && fb.buffers.isElement(s)) {
      fb.buffers.augAssignElement(a, s);
    } else if (a.target() instanceof Expr.Subscript s && fb.typeOf(s.obj()) instanceof CType.MemView mv) {
      fb.views.augAssignElement(a, s, mv);
    } else if (a.target() instanceof Expr.Subscript s && dev.pyxc.sema.CPointers.isPointerLike(fb.typeOf(s.obj()))) {
      fb.pointers.augAssign(a, s);
    } else if (a.target() instanceof Expr.Subscript s && isBytearrayItem(s)) {
      // The byte read and stored in C, the result converted back to an unsigned char (OverflowError outside one).
      Register obj = fb.expr(s.obj());
      Register idx = fb.exprAs(s.index(), CType.SSIZE_T);
      boolean wrap = fb.directives.get("wraparound");
      boolean bounds = fb.directives.get("boundscheck");
      CType uchar = new CType.CInt(CType.IntKind.UCHAR);
      Register old = fb.coerce(fb.call(Primitives.itemInC("bytearray", wrap, bounds), s.pos(), obj, idx), uchar, s.pos());
      storeByte(obj, idx, fb.operators.binary(a.op(), old, operand(a.value(), uchar, a.op()), a.pos(), true), s.pos());
    } else if (a.target() instanceof Expr.Subscript s) {
      Register obj = fb.exprAs(s.obj(), CType.OBJECT);
      Register idx = fb.expressions.index(s.index());
      Register old = fb.call(Primitives.GETITEM, s.pos(), obj, idx);
      Register result = fb.operators.binary(a.op(), old, operand(a.value(), old.type(), a.op()), a.pos(), true);
      fb.call(Primitives.SETITEM, s.pos(), obj, idx, fb.coerce(result, CType.OBJECT, a.pos()));
    } else if (a.target() instanceof Expr.Attribute at && fb.structs.isField(at)) {
      fb.structs.augAssign(a, at);
    } else if (a.target() instanceof Expr.Attribute at && fb.classes.fieldOwner(at) != null) {
      fb.classes.augAssignField(a, at, fb.classes.fieldOwner(at));
    } else if (a.target() instanceof Expr.Attribute at && propertyFunction(at, true) != null) {
      // An extern class's C property: read by its getter, stored by its setter, the instance evaluated once.
      dev.pyxc.sema.CFunction getter = propertyFunction(at, false);
      dev.pyxc.sema.CFunction setter = propertyFunction(at, true);
      Register obj = fb.exprAs(at.obj(), setter.params().get(0));
      Register old = fb.call(Primitives.cdefCall(getter), at.pos(), obj);
      Register result = fb.operators.binary(a.op(), old, operand(a.value(), old.type(), a.op()), a.pos(), true);
      fb.call(Primitives.cdefCall(setter), at.pos(), obj, fb.coerce(result, setter.params().get(1), a.pos()));
    } else if (a.target() instanceof Expr.Attribute at) {
      Register obj = fb.exprAs(at.obj(), CType.OBJECT);
      Register name = fb.constant(new Const.PyStr(at.name()), CType.OBJECT);
      Register old = fb.call(Primitives.GETATTR, at.pos(), obj, name);
      Register result = fb.operators.binary(a.op(), old, operand(a.value(), old.type(), a.op()), a.pos(), true);
      fb.call(Primitives.SETATTR, at.pos(), obj, name, fb.coerce(result, CType.OBJECT, a.pos()));
    } else {
      throw new AssertionError(a.target());
    }
  }

  /** The getter or ({@code setter}) the setter of extern class C property {@code a}, or null when {@code a} has none. */
  private dev.pyxc.sema.CFunction propertyFunction(Expr.Attribute a, boolean setter) {
    dev.pyxc.sema.ClassInfo cls = fb.outer.info.classOf(fb.typeOf(a.obj()));
    String name = cls == null ? null : setter ? cls.inlineSetter(a.name()) : cls.inlineProperty(a.name());
    return name == null ? null : fb.outer.info.cfunctions().get(name);
  }

  /** The right operand of an augmented assignment whose target has type {@code targetType}. */
  private Register operand(Expr value, CType targetType, dev.pyxc.ast.BinaryOp op) {
    if (targetType instanceof CType.PyObject) {
      Register lit = fb.expressions.literal(value, CType.OBJECT);
      if (lit != null) return lit;
    }
    CType type = fb.typeOf(value);
    CType want = dev.pyxc.sema.CPointers.inPlaceOperandType(targetType, op, type);
    return want == type ? fb.expr(value) : fb.exprAs(value, want);
  }

  /**
   * {@code (y := v)}: the variable is assigned as by {@code y = v}, and the expression's value
   * is the variable itself (borrowed from it), so ownership stays with {@code y}.
   */
  Register walrus(Expr.NamedExpr ne) {
    if (fb.closures.handles(ne.target().id())) {
      String name = ne.target().id();
      fb.closures.store(name, fb.exprAs(ne.value(), fb.fi.symbol(name).type()), ne.pos());
      return fb.closures.read(name, ne.pos());
    }
    Register var = fb.vars.get(ne.target().id());
    if (var == null) {
      Register v = fb.exprAs(ne.value(), CType.OBJECT);
      fb.module.setGlobal(ne.target().id(), v, ne.pos());
      return v;
    }
    fb.buffers.assign(ne.target().id(), var, fb.exprAs(ne.value(), var.type()), ne.pos());
    fb.markAssigned(ne.target().id());
    return var;
  }
}
