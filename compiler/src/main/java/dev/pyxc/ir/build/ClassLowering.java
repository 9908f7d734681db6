package dev.pyxc.ir.build;

import dev.pyxc.ast.Expr;
import dev.pyxc.ast.Stmt;
import dev.pyxc.diag.Pos;
import dev.pyxc.ir.ClassPrimitives;
import dev.pyxc.ir.Const;
import dev.pyxc.ir.Primitives;
import dev.pyxc.ir.Register;
import dev.pyxc.sema.CFunction;
import dev.pyxc.sema.CType;
import dev.pyxc.sema.ClassInfo;
import dev.pyxc.sema.ModuleGlobals;
import dev.pyxc.sema.PyClassInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Extension-type instances: C-level attribute reads and stores, direct calls of cdef methods,
 * and constructor calls. The instance is tested for None first (Python's AttributeError), except
 * a method's {@code self} while the method never rebinds it.
 */
final class ClassLowering {
  private final FunctionBuilder fb;
  /** The names the function's body binds, computed once (whether a parameter is ever rebound). */
  private java.util.Set<String> rebound;

  ClassLowering(FunctionBuilder fb) {
    this.fb = fb;
  }

  /** The extension type whose C attribute {@code a} names, or null for a Python attribute. */
  ClassInfo fieldOwner(Expr.Attribute a) {
    ClassInfo cls = fb.outer.info.classOf(fb.typeOf(a.obj()));
    return cls != null && cls.field(a.name()) != null ? cls : null;
  }

  Register readField(Expr.Attribute a, ClassInfo cls) {
    Register obj = instance(a.obj(), a.name(), a.pos());
    if (fb.withoutGil && cls.field(a.name()).type() instanceof CType.PyObject) {
      return fb.call(ClassPrimitives.getObjectFieldBorrowed(cls, a.name()), a.pos(), obj);
    }
    return fb.call(ClassPrimitives.getField(cls, a.name()), a.pos(), obj);
  }

  Register fieldAddress(Expr.Attribute a, ClassInfo cls, CType.Pointer t) {
    Register obj = instance(a.obj(), a.name(), a.pos());
    return fb.call(ClassPrimitives.fieldAddress(cls, a.name(), t), a.pos(), obj);
  }

  /**
   * The view an element access {@code obj.f[...]} indexes: a view attribute of a parameter the
   * function never rebinds (self, typically) is read borrowed when the rest of the access ({@code rest}: its indices, and for an augmented
   * assignment the value) cannot run Python code, so that the attribute cannot be rebound and its
   * buffer released before the element is reached. Otherwise the view is read as any value.
   */
  Register viewOperand(Expr obj, List<Expr> rest) {
    if (obj instanceof Expr.Attribute a && fieldOwner(a) != null && a.obj() instanceof Expr.Name n && isFixedParam(n.id())
        && fb.typeOf(a) instanceof CType.MemView && rest.stream().allMatch(this::pure)) {
      Register inst = instance(a.obj(), a.name(), a.pos());
      return fb.call(ClassPrimitives.getViewFieldBorrowed(fieldOwner(a), a.name()), a.pos(), inst);
    }
    return fb.expr(obj);
  }

  /**
   * A parameter the function never rebinds: the caller's reference keeps the instance, and so its
   * attributes' buffers, alive for the whole call (a local may be rebound and release it).
   */
  private boolean isFixedParam(String name) {
    Register r = fb.vars.get(name);
    return r != null && r.kind() == Register.Kind.PARAM && !rebound().contains(name);
  }

  private java.util.Set<String> rebound() {
    if (rebound == null) rebound = ModuleGlobals.boundBy(fb.fi.def().body());
    return rebound;
  }

  /** An expression that runs no Python code: C literals, C variables, C attributes of variables, C arithmetic. */
  private boolean pure(Expr e) {
    if (e instanceof Expr.IntLit || e instanceof Expr.FloatLit || e instanceof Expr.BoolLit) return true;
    if (!dev.pyxc.sema.Types.isCNumeric(fb.typeOf(e))) return false;
    if (e instanceof Expr.Name n) return fb.vars.containsKey(n.id());
    if (e instanceof Expr.Attribute a) return fieldOwner(a) != null && a.obj() instanceof Expr.Name n && fb.vars.containsKey(n.id());
    if (e instanceof Expr.BinOp b) return pure(b.left()) && pure(b.right());
    if (e instanceof Expr.UnaryOp u) return pure(u.operand());
    return false;
  }

  /** {@code obj.f = value}: the value is made as the field's type first, then the instance evaluated. */
  void storeField(Expr.Attribute a, ClassInfo cls, Register value, Pos pos) {
    CType t = cls.field(a.name()).type();
    if (t instanceof CType.CArray array) {
      // An array attribute is filled in place, element by element, as a C array variable is.
      Register obj = instance(a.obj(), a.name(), a.pos());
      fb.pointers.storeArray(fb.call(ClassPrimitives.getField(cls, a.name()), a.pos(), obj), array, value, pos);
      return;
    }
    Register v = fb.coerce(value, t, pos);
    Register obj = instance(a.obj(), a.name(), a.pos());
    fb.call(ClassPrimitives.setField(cls, a.name()), a.pos(), obj, v);
  }

  /** {@code obj.f op= value} on a C attribute: the instance is evaluated once. */
  void augAssignField(Stmt.AugAssign s, Expr.Attribute a, ClassInfo cls) {
    CType t = cls.field(a.name()).type();
    Register obj = instance(a.obj(), a.name(), a.pos());
    Register old = fb.call(ClassPrimitives.getField(cls, a.name()), a.pos(), obj);
    Register rhs = t instanceof CType.PyObject ? fb.exprAs(s.value(), CType.OBJECT) : fb.expr(s.value());
    Register result = fb.operators.binary(s.op(), old, rhs, s.pos(), true);
    fb.call(ClassPrimitives.setField(cls, a.name()), a.pos(), obj, fb.coerce(result, t, s.pos()));
  }

  /** {@code obj.m(args)} for a cdef method: a direct C call with the instance as self. */
  Register callMethod(Expr.Call c, Expr.Attribute a, ClassInfo cls, CFunction m) {
    Register obj = instance(a.obj(), a.name(), a.pos());
    Register[] rest = fb.calls.cArguments(c, m, 1);
    Register[] args = new Register[rest.length + 1];
    args[0] = obj;
    System.arraycopy(rest, 0, args, 1, rest.length);
    return fb.call(ClassPrimitives.methodCall(cls, m), c.pos(), args);
  }

  /** {@code obj.m} (or {@code obj.m[double]}) as a C function pointer: the function the instance's vtable holds for the method. */
  Register methodPointer(Expr e, CFunction m) {
    Expr.Attribute a = (Expr.Attribute) (e instanceof Expr.Subscript s ? s.obj() : e);
    ClassInfo cls = fb.outer.info.classOf(fb.typeOf(a.obj()));
    return fb.call(ClassPrimitives.methodPointer(cls, m), e.pos(), instance(a.obj(), a.name(), a.pos()));
  }

  /**
   * {@code Base.m(self, args)} or {@code super().m(args)}: that implementation, called directly.
   * Through super() the instance is the method's own self.
   */
  Register callUnbound(Expr.Call c, CFunction m) {
    dev.pyxc.ir.Primitive body = ClassPrimitives.implementationCall(fb.outer.info.classes().get(m.owner()), m);
    if (((Expr.Attribute) c.func()).obj() instanceof Expr.Name) {
      return fb.call(body, c.pos(), fb.calls.cArguments(c, m, 0));
    }
    Register[] rest = fb.calls.cArguments(c, m, 1);
    Register[] args = new Register[rest.length + 1];
    args[0] = fb.firstParameter();
    System.arraycopy(rest, 0, args, 1, rest.length);
    return fb.call(body, c.pos(), args);
  }

  /**
   * {@code super()} in a method: {@code super(Type, self)}, as Python's compiler makes it from the
   * class cell (for a Python class, the class its statement made).
   */
  Register zeroArgumentSuper(Expr.Call c) {
    Register superType = fb.module.global("super", c.pos());
    Register type = fb.fi.owner() != null ? fb.call(ClassPrimitives.typeObject(fb.fi.owner()), c.pos())
        : fb.closures.classFromCell(c.pos());
    return fb.calls.callPy(superType, List.of(type, fb.firstParameter()), List.of(), c.pos());
  }

  /**
   * {@code Point(args)}: a call of the type object itself (not of the module global, which code
   * may rebind), whose result is known to be a Point.
   */
  Register construct(Expr.Call c, ClassInfo cls) {
    Register type = fb.call(ClassPrimitives.typeObject(cls), c.pos());
    List<Expr> values = c.args().stream().map(Expr.Arg::value).toList();
    Register[] args = fb.expressions.objects(values);
    List<String> kw = c.args().stream().filter(x -> x.keyword() != null).map(Expr.Arg::keyword).toList();
    Register made = fb.calls.callPy(type, List.of(args), kw, c.pos());
    return fb.call(Primitives.retype(cls.type()), c.pos(), made);
  }

  /**
   * A Python {@code class} statement, as CPython runs one: the bases and keywords evaluated, the
   * body run by {@code pyxc_build_class} into a namespace from the metaclass's
   * {@code __prepare__}, the metaclass called (filling the {@code __class__} cell its methods'
   * {@code super()} reads), the decorators applied bottom-up, and the name bound.
   */
  void classStatement(Stmt.ClassDef c) {
    PyClassInfo py = fb.outer.info.pyClasses().get(c);
    if (c.extensionType()) {
      // The type exists since module init; here its methods' evaluated defaults are stored and
      // its body's statements run into its dict.
      // (a fused method's are its specializations', each a method of its own)
      ClassInfo cls = fb.outer.info.classes().get(c.name());
      for (Stmt m : c.body()) {
        if (m instanceof Stmt.FuncDef f) for (Stmt.FuncDef d : cls.compiledAs(f)) fb.statements.storeDefaults(c.name(), d);
      }
      if (py != null) fb.call(ClassPrimitives.extensionBody(fb.outer.info.classes().get(c.name()), py), c.pos());
      return;
    }
    List<Register> decorators = decorators(c.decorators());
    Register bases;
    Register keywords;
    if (c.hasStarredArguments()) {
      // class K(*bases, **kw): gathered as a call's arguments are.
      Register[] arguments = fb.starCalls.arguments(c.arguments(), c.pos());
      bases = arguments[0];
      keywords = arguments[1] != null ? arguments[1] : fb.constant(new Const.PyNone(), CType.OBJECT);
    } else if (c.keywords().isEmpty()) {
      bases = fb.call(Primitives.TUPLE_PACK, c.pos(), fb.expressions.objects(c.bases()));
      keywords = fb.constant(new Const.PyNone(), CType.OBJECT);
    } else {
      bases = fb.call(Primitives.TUPLE_PACK, c.pos(), fb.expressions.objects(c.bases()));
      List<Expr> kv = new ArrayList<>();
      for (Expr.Arg a : c.keywords()) {
        kv.add(new Expr.StrLit(a.keyword(), a.pos()));
        kv.add(a.value());
      }
      Register[] regs = new Register[kv.size()];
      for (int i = 0; i < regs.length; i++) {
        regs[i] = i % 2 == 0 ? fb.constant(new Const.PyStr(((Expr.StrLit) kv.get(i)).value()), CType.OBJECT)
            : fb.exprAs(kv.get(i), CType.OBJECT);
      }
      keywords = fb.call(Primitives.DICT_PACK, c.pos(), regs);
    }
    Register name = fb.constant(new Const.PyStr(c.name()), CType.OBJECT);
    Register doc = fb.constant(c.docstring() == null ? new Const.PyNone() : new Const.PyStr(c.docstring()), CType.OBJECT);
    Register qualname = fb.constant(new Const.PyStr(qualname(c)), CType.OBJECT);
    Register scope = fb.closures.scope();
    Register cls = scope == null ? fb.call(ClassPrimitives.buildClass(py, false), c.pos(), bases, keywords, name, qualname, doc)
        : fb.call(ClassPrimitives.buildClass(py, true), c.pos(), bases, keywords, name, qualname, doc, scope);
    fb.assignments.store(new Expr.Name(c.name(), c.namePos()), decorate(decorators, c.decorators(), cls), c.pos());
  }

  /** The class's {@code __qualname__}: its name, after {@code f.<locals>.} inside a function. */
  private String qualname(Stmt.ClassDef c) {
    for (dev.pyxc.sema.Closure k : fb.fi.closure().children) if (k.classStatement == c) return k.qualname;
    return c.name();
  }

  /** The decorators that run: sema typed those that are not compiler directives. */
  List<Stmt.Decorator> nonDirectives(List<Stmt.Decorator> decorators) {
    return decorators.stream().filter(d -> fb.fi.exprTypes().containsKey(d.expr())).toList();
  }

  /** Decorators are evaluated top-down before what they decorate is made. */
  List<Register> decorators(List<Stmt.Decorator> decorators) {
    List<Register> callables = new ArrayList<>();
    for (Stmt.Decorator d : decorators) callables.add(fb.exprAs(d.expr(), CType.OBJECT));
    return callables;
  }

  /** ... and applied from the one nearest the definition up, each called with what the last gave. */
  Register decorate(List<Register> callables, List<Stmt.Decorator> decorators, Register value) {
    for (int i = callables.size() - 1; i >= 0; i--) {
      value = fb.calls.callPy(callables.get(i), List.of(value), List.of(), decorators.get(i).pos());
    }
    return value;
  }

  /** The instance a C attribute is read from or written into, checked not None unless it is known not to be. */
  Register instance(Expr obj, String attribute, Pos pos) {
    Register r = fb.expr(obj);
    if (!knownNotNone(obj)) fb.call(ClassPrimitives.attrNotNone(attribute), pos, r);
    return r;
  }

  /**
   * An unrebound parameter that cannot be None: a method's self, or a cdef function's {@code not
   * None} parameter (FunctionBuilder checks it on entry; a buffer method's self is one).
   */
  private boolean knownNotNone(Expr obj) {
    if (!(obj instanceof Expr.Name n) || fb.fn.params.isEmpty() || !isFixedParam(n.id())) return false;
    if (fb.fi.owner() != null) return n.id().equals(fb.fn.params.get(0).name());
    return fb.fi.def().isCdef() && fb.fi.def().params().stream().anyMatch(p -> p.notNone() && p.name().equals(n.id()));
  }
}
